// Package langchaingo gives langchaingo's OpenAI model its key.
package langchaingo

import (
	"os"

	"github.com/tmc/langchaingo/llms/openai"
)

func models() {
	openai.New(openai.WithToken("@@proj-30@@")) // want `^OpenAI project key written in the source .*load it from OPENAI_API_KEY or a secret manager$`

	openai.New(openai.WithModel("gpt-4o"), openai.WithToken("@@user-31@@")) // want `OpenAI user key`

	openai.New(openai.WithToken(os.Getenv("OPENAI_API_KEY")))
	openai.New(openai.WithToken("not-a-key"))
}
