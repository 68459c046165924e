// Package goopenai holds promptinject cases for go-openai.
package goopenai

import (
	"net/http"

	openai "github.com/sashabaranov/go-openai"
)

func handle(client *openai.Client) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		topic := r.URL.Query().Get("topic")
		client.CreateChatCompletion(r.Context(), openai.ChatCompletionRequest{ // want `user input from r.URL reaches the system prompt`
			Model: openai.GPT4o,
			Messages: []openai.ChatCompletionMessage{
				{Role: openai.ChatMessageRoleSystem, Content: "Only discuss " + topic},
			},
		})
		client.CreateChatCompletion(r.Context(), openai.ChatCompletionRequest{
			Model: openai.GPT4o,
			Messages: []openai.ChatCompletionMessage{
				{Role: openai.ChatMessageRoleSystem, Content: "Only discuss cooking."},
				{Role: openai.ChatMessageRoleUser, Content: topic},
			},
		})
	}
}
