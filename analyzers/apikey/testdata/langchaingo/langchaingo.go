// Package langchaingo gives langchaingo's OpenAI model its key.
package langchaingo

import (
	"os"

	"github.com/tmc/langchaingo/llms/openai"
)

func models() {
	openai.New(openai.WithToken("@@proj-30@@")) // want `^OpenAI project key in source .*use OPENAI_API_KEY$`

	openai.New(openai.WithModel("gpt-4o"), openai.WithToken("@@user-31@@")) // want `OpenAI user key`

	openai.New(openai.WithToken(os.Getenv("OPENAI_API_KEY")))
	openai.New(openai.WithToken("not-a-key"))
}
