// Package samekey gives every client the same key: moving it to the
// environment gives each the key it had, so every call is fixed. The fix
// that calls os.Getenv imports os in a group of its own, the standard
// library's, before the others.
package samekey

import (
	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
	goopenai "github.com/sashabaranov/go-openai"
)

func clients() {
	openai.NewClient(option.WithAPIKey("@@proj-40@@"))                           // want `use OPENAI_API_KEY$`
	openai.NewClient(option.WithMaxRetries(2), option.WithAPIKey("@@proj-40@@")) // want `OpenAI project key`
	opts := []option.RequestOption{option.WithAPIKey("@@proj-40@@")}             // want `OpenAI project key`
	openai.NewClient(opts...)
	goopenai.NewClient("@@proj-40@@")    // want `OpenAI project key`
	goopenai.DefaultConfig("@@proj-40@@") // want `OpenAI project key`
}
