// Package sends sends user input to OpenAI.
package sends

import (
	"net/http"

	"github.com/openai/openai-go/v3"
)

func Handle(client openai.Client) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{
			Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(r.FormValue("q"))},
		})
	}
}
