// Package goopenai holds promptinject cases for go-openai.
package goopenai

import (
	"encoding/json"
	"fmt"
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

type generateRequest struct {
	Count  int    `json:"count"`
	Topic  string `json:"topic"`
	Prompt string `json:"prompt"`
}

// A number from the request cannot carry instructions, even where text of
// the same request fills a user message beside it.
func counted(client *openai.Client) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var req generateRequest
		json.NewDecoder(r.Body).Decode(&req)
		client.CreateChatCompletion(r.Context(), openai.ChatCompletionRequest{
			Model: openai.GPT4o,
			Messages: []openai.ChatCompletionMessage{
				{Role: openai.ChatMessageRoleSystem, Content: fmt.Sprintf("Generate %d records.", req.Count)},
				{Role: openai.ChatMessageRoleUser, Content: req.Prompt},
			},
		})
	}
}

func topical(client *openai.Client) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var req generateRequest
		json.NewDecoder(r.Body).Decode(&req)
		client.CreateChatCompletion(r.Context(), openai.ChatCompletionRequest{ // want `user input from r.Body reaches the system prompt`
			Model: openai.GPT4o,
			Messages: []openai.ChatCompletionMessage{
				{Role: openai.ChatMessageRoleSystem, Content: fmt.Sprintf("Generate %d records about %s.", req.Count, req.Topic)},
				{Role: openai.ChatMessageRoleUser, Content: req.Prompt},
			},
		})
	}
}
