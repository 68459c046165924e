// Package builders builds request params for package requests; each
// builder carries a fact.
package builders

import (
	"errors"

	"github.com/openai/openai-go/v3"
	goopenai "github.com/sashabaranov/go-openai"
)

func Chat(userID string) openai.ChatCompletionNewParams { // want Chat:`paramsBuilder\(0: max_completion_tokens=const model=const safety_identifier=param0\)`
	return openai.ChatCompletionNewParams{
		Model:               openai.ChatModelGPT4o,
		SafetyIdentifier:    openai.String(userID),
		MaxCompletionTokens: openai.Int(256),
	}
}

func Layered(userID string) openai.ChatCompletionNewParams { // want Layered:`paramsBuilder\(0: max_completion_tokens=const model=const safety_identifier=param0 user=const\)`
	p := Chat(userID)
	p.User = openai.String("legacy")
	return p
}

func Checked(userID string) (openai.ChatCompletionNewParams, error) { // want Checked:`paramsBuilder\(0: model=const\)`
	if userID == "" {
		return openai.ChatCompletionNewParams{}, errors.New("no user")
	}
	return openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o}, nil
}

func Named() (p openai.ChatCompletionNewParams) { // want Named:`paramsBuilder\(0: max_completion_tokens=const\)`
	p.MaxCompletionTokens = openai.Int(10)
	return
}

func GoOpenAI(userID string) goopenai.ChatCompletionRequest { // want GoOpenAI:`paramsBuilder\(0: model=const safety_identifier=param0\)`
	return goopenai.ChatCompletionRequest{Model: goopenai.GPT4o, SafetyIdentifier: userID}
}

// Passthrough returns what its caller gave it: no fact.
func Passthrough(p openai.ChatCompletionNewParams) openai.ChatCompletionNewParams {
	return p
}

// Recursive cannot be summarized: no fact.
func Recursive(n int) openai.ChatCompletionNewParams {
	if n == 0 {
		return Recursive(n + 1)
	}
	return Recursive(n - 1)
}

// Two returns two params: not a plain builder, no fact.
func Two() (openai.ChatCompletionNewParams, openai.ChatCompletionNewParams) {
	return openai.ChatCompletionNewParams{}, openai.ChatCompletionNewParams{}
}
