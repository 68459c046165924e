package samekey

import (
	"strings"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
)

// A parameter named os hides the package the fix reads the key with: it
// imports os under a name free here.
func withOS(os []string) {
	opts := []option.RequestOption{option.WithAPIKey("@@proj-40@@")} // want `OpenAI project key`
	openai.NewClient(append(opts, option.WithHeader("X-OS", strings.Join(os, ",")))...)
}
