// Package flows sends user input through functions that take the params
// and send them. A call of such a function is a request for the checks
// that read the params, and a call into a wrapper for those that follow
// the input: each check that follows input reports it once, at the call,
// as the comment after it lists.
package flows

import (
	"context"
	"net/http"

	"github.com/openai/openai-go/v3"
	goopenai "github.com/sashabaranov/go-openai"
)

type bot struct {
	client *openai.Client
	g      *goopenai.Client
}

func (b *bot) send(ctx context.Context, p openai.ChatCompletionNewParams) {
	p.Model = openai.ChatModelGPT4o
	b.client.Chat.Completions.New(ctx, p)
}

func (b *bot) create(ctx context.Context, req *goopenai.ChatCompletionRequest) {
	b.g.CreateChatCompletion(ctx, *req)
}

func (b *bot) handle(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	b.send(r.Context(), openai.ChatCompletionNewParams{Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(q)}})                       // reports: inputlimit moderation
	b.send(r.Context(), openai.ChatCompletionNewParams{Messages: []openai.ChatCompletionMessageParamUnion{openai.SystemMessage(q)}})                     // reports: inputlimit moderation promptinject
	b.create(r.Context(), &goopenai.ChatCompletionRequest{Messages: []goopenai.ChatCompletionMessage{{Role: goopenai.ChatMessageRoleUser, Content: q}}}) // reports: inputlimit moderation
	b.send(r.Context(), openai.ChatCompletionNewParams{Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage("hello")}})
}
