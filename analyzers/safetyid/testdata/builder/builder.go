// Package builder builds chat params for package app.
package builder

import "github.com/openai/openai-go/v3"

func Chat(userID, question string) openai.ChatCompletionNewParams {
	return openai.ChatCompletionNewParams{
		Model:            openai.ChatModelGPT4o,
		Messages:         []openai.ChatCompletionMessageParamUnion{openai.UserMessage(question)},
		SafetyIdentifier: openai.String(userID),
	}
}

func Anonymous(question string) openai.ChatCompletionNewParams {
	p := Bare(question)
	p.SafetyIdentifier = openai.String("anonymous")
	return p
}

func Bare(question string) openai.ChatCompletionNewParams {
	return openai.ChatCompletionNewParams{
		Model:    openai.ChatModelGPT4o,
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(question)},
	}
}

func WithDefaults(p openai.ChatCompletionNewParams) openai.ChatCompletionNewParams {
	p.Model = openai.ChatModelGPT4o
	return p
}

func Tagged(userID string, tenant string) (openai.ChatCompletionNewParams, error) {
	if tenant == "" {
		return openai.ChatCompletionNewParams{}, nil
	}
	return Chat(userID, tenant), nil
}
