// Command site fills the page's summarizer with function literals: one
// asks the model, through a helper; one gives a fixed text.
package main

import (
	"context"
	"net/http"

	"example.com/outputsink/across/page"
	"github.com/openai/openai-go/v3"
)

func main() {
	client := openai.NewClient()
	ask := func(ctx context.Context, prompt string) string {
		resp, err := client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
			Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(prompt)},
		})
		if err != nil {
			return ""
		}
		return resp.Choices[0].Message.Content
	}
	live := &page.Page{Summarize: func(ctx context.Context, topic string) string { // want `model output reaches a trusted-HTML conversion unreviewed`
		return ask(ctx, "Summarize the news about "+topic)
	}}
	canned := &page.Page{Summarize: func(ctx context.Context, topic string) string {
		return "No news about " + topic
	}}
	http.HandleFunc("/refresh", live.Refresh)
	http.HandleFunc("/", live.Show)
	http.HandleFunc("/canned/refresh", canned.Refresh)
	http.HandleFunc("/canned", canned.Show)
	http.ListenAndServe(":8080", nil)
}
