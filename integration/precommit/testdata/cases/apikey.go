package consumer

import (
	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
)

// NewClient hard-codes an API key. The test puts a generated key in place
// of the placeholder (see internal/secret/fakekey).
func NewClient() openai.Client {
	return openai.NewClient(option.WithAPIKey("@@proj-7@@"))
}
