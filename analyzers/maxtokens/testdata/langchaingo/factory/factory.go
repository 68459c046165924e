// Package factory makes the models the rest of the program uses.
package factory

import (
	"github.com/tmc/langchaingo/llms"
	"github.com/tmc/langchaingo/llms/ollama"
	"github.com/tmc/langchaingo/llms/openai"
)

// OpenAI makes OpenAI's model, behind langchaingo's interface.
func OpenAI() (llms.Model, error) {
	return openai.New(openai.WithModel("gpt-4o-mini"))
}

// DeepSeek points langchaingo's OpenAI model at another provider.
func DeepSeek() (llms.Model, error) {
	return openai.New(openai.WithModel("deepseek-chat"), openai.WithBaseURL("https://api.deepseek.com/v1"))
}

// Local makes a local model.
func Local() (llms.Model, error) {
	return ollama.New(ollama.WithModel("llama3"))
}
