// Package flows sends user input to the model through the program's
// structure: functions that take the params and send them, interfaces,
// method values and retry helpers. Each check that follows input reports
// each call once, as the comment after it lists.
package flows

import (
	"context"
	"net/http"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
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

// chatAPI is the service's method, behind an interface a test can fake.
type chatAPI interface {
	New(ctx context.Context, body openai.ChatCompletionNewParams, opts ...option.RequestOption) (*openai.ChatCompletion, error)
}

func retry[P, R any](ctx context.Context, send func(context.Context, P, ...option.RequestOption) (R, error), p P) (R, error) {
	return send(ctx, p)
}

// Requests made through an interface, a method value and a retry helper.
func indirect(api chatAPI, c *openai.Client, w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	p := openai.ChatCompletionNewParams{Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(q)}}
	api.New(r.Context(), p) // reports: inputlimit moderation
	send := c.Chat.Completions.New
	send(r.Context(), p)                                   // reports: inputlimit moderation
	retry(r.Context(), c.Chat.Completions.New, p)          // reports: inputlimit moderation
	api.New(r.Context(), openai.ChatCompletionNewParams{}) // no user input
}
