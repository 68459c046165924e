// Package twoclients holds two clients with different keys, and an admin
// key beside a project key: moving both of a pair to one environment
// variable would give both clients one key, so neither is fixed.
package twoclients

import (
	"os"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
	goopenai "github.com/sashabaranov/go-openai"
)

var (
	billing  = openai.NewClient(option.WithAPIKey("@@proj-50@@")) // want `OpenAI project key`
	research = openai.NewClient(option.WithAPIKey("@@proj-51@@")) // want `OpenAI project key`
)

// go-openai reads every key from the one variable it is given.
var (
	admin   = goopenai.NewClient("@@admin-52@@") // want `OpenAI admin key`
	project = goopenai.NewClient("@@proj-53@@")  // want `OpenAI project key`
)

// Alone in its variable: fixed.
var azure = goopenai.DefaultAzureConfig("@@shaped-54@@", "https://example.openai.azure.com") // want `use AZURE_OPENAI_API_KEY`

func env() string { return os.Getenv("HOME") }
