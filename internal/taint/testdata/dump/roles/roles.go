// Package roles places user input in messages whose role is fixed, chosen
// by the user, or decoded with the message, and moderates it.
package roles

import (
	"context"
	"encoding/json"
	"errors"
	"log"
	"net/http"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/responses"
	goopenai "github.com/sashabaranov/go-openai"
)

type proxy struct {
	client openai.Client
	legacy *goopenai.Client
}

func (p *proxy) legacyRoles(w http.ResponseWriter, r *http.Request) {
	p.legacy.CreateChatCompletion(r.Context(), goopenai.ChatCompletionRequest{ // want `^flow from r.FormValue\("persona"\) to this chat completion request \[system\]$` `^flow from r.FormValue\("q"\) to this chat completion request$` `^flow from r.FormValue\("role"\) to this chat completion request \[system\]$`
		Messages: []goopenai.ChatCompletionMessage{
			{Role: goopenai.ChatMessageRoleSystem, Content: r.FormValue("persona")},
			{Role: goopenai.ChatMessageRoleUser, Content: r.FormValue("q")},
			{Role: r.FormValue("role"), Content: "hello"},
		},
	})
}

func (p *proxy) chosenRole(w http.ResponseWriter, r *http.Request) {
	p.client.Responses.New(r.Context(), responses.ResponseNewParams{ // want `^flow from r.FormValue\("role"\) to this response request \[system\]$` `^flow from r.FormValue\("text"\) to this response request \[system\]$`
		Input: responses.ResponseNewParamsInputUnion{OfInputItemList: responses.ResponseInputParam{
			responses.ResponseInputItemParamOfMessage(r.FormValue("text"), responses.EasyInputMessageRole(r.FormValue("role"))),
		}},
	})
}

func (p *proxy) forward(w http.ResponseWriter, r *http.Request) {
	var params openai.ChatCompletionNewParams
	if err := json.NewDecoder(r.Body).Decode(&params); err != nil { // want `^bound from r.Body$`
		return
	}
	p.client.Chat.Completions.New(r.Context(), params) // want `^flow from r.Body to this chat completion request \[system\]$`
}

// moderate reports a flagged text through its error.
func (p *proxy) moderate(ctx context.Context, text string) error { // want `^summary taint\(returns=\[\] requests=\[\] verdicts=\[2\]\)$`
	mod, err := p.client.Moderations.New(ctx, openai.ModerationNewParams{
		Input: openai.ModerationNewParamsInputUnion{OfString: openai.String(text)},
	})
	if err != nil {
		return err
	}
	if mod.Results[0].Flagged {
		return errors.New("flagged")
	}
	return nil
}

func user(q string) openai.ChatCompletionNewParams { // want `^summary taint\(returns=\[0\] requests=\[\] verdicts=\[\]\)$`
	return openai.ChatCompletionNewParams{Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(q)}}
}

func (p *proxy) moderated(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	if err := p.moderate(r.Context(), q); err != nil {
		http.Error(w, "rejected", http.StatusBadRequest)
		return
	}
	p.client.Chat.Completions.New(r.Context(), user(q)) // want `^flow from r.FormValue\("q"\) to this chat completion request \[moderated\]$`
}

func (p *proxy) failsOpen(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	mod, err := p.client.Moderations.New(r.Context(), openai.ModerationNewParams{
		Input: openai.ModerationNewParamsInputUnion{OfString: openai.String(q)},
	})
	if err == nil && mod.Results[0].Flagged {
		return
	}
	p.client.Chat.Completions.New(r.Context(), user(q)) // want `^flow from r.FormValue\("q"\) to this chat completion request$`
}

func (p *proxy) endsProgram(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	mod, err := p.client.Moderations.New(r.Context(), openai.ModerationNewParams{
		Input: openai.ModerationNewParamsInputUnion{OfString: openai.String(q)},
	})
	if err != nil || mod.Results[0].Flagged {
		log.Fatal("flagged")
	}
	p.client.Chat.Completions.New(r.Context(), user(q)) // want `^flow from r.FormValue\("q"\) to this chat completion request \[moderated\]$`
}
