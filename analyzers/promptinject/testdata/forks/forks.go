// Package forks holds promptinject cases for forks of the client
// libraries, which its .openaivet.yml declares.
package forks

import (
	"net/http"

	"github.com/charmbracelet/openai-go"
	gogpt "github.com/meguminnnnnnnnn/go-openai"
)

func community(client *gogpt.Client) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		topic := r.FormValue("topic")
		client.CreateChatCompletion(r.Context(), gogpt.ChatCompletionRequest{ // want `user input from r.FormValue\("topic"\) reaches the system prompt`
			Model:    gogpt.GPT4o,
			Messages: []gogpt.ChatCompletionMessage{{Role: gogpt.ChatMessageRoleSystem, Content: "Only discuss " + topic}},
		})
		client.CreateChatCompletion(r.Context(), gogpt.ChatCompletionRequest{
			Model: gogpt.GPT4o,
			Messages: []gogpt.ChatCompletionMessage{
				{Role: gogpt.ChatMessageRoleSystem, Content: "Only discuss cooking."},
				{Role: gogpt.ChatMessageRoleUser, Content: topic},
			},
		})
	}
}

func official(client openai.Client) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		topic := r.FormValue("topic")
		client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{ // want `user input from r.FormValue\("topic"\) reaches the system prompt`
			Model:    openai.ChatModelGPT4o,
			Messages: []openai.ChatCompletionMessageParamUnion{openai.SystemMessage("Only discuss " + topic)},
		})
		client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{
			Model:    openai.ChatModelGPT4o,
			Messages: []openai.ChatCompletionMessageParamUnion{openai.SystemMessage("Only discuss cooking."), openai.UserMessage(topic)},
		})
	}
}
