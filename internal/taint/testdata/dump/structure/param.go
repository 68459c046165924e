package structure

import (
	"context"
	"encoding/json"
	"net/http"

	"github.com/openai/openai-go/v3"
)

// askWith calls an interface it is given. It is unexported: only this
// package calls it, so its summary counts on the types the package
// converts to asker.
func askWith(ctx context.Context, a asker, q string) string { // want `^summary taint\(returns=\[\] requests=\[2\] verdicts=\[\]\) request 2 to chat completion$`
	return a.Ask(ctx, q)
}

// AskWith is exported: other packages may pass other askers, so its
// summary does not count on this package's.
func AskWith(ctx context.Context, a asker, q string) string {
	return a.Ask(ctx, q)
}

func askThroughParam(w http.ResponseWriter, r *http.Request, s *server) {
	askWith(r.Context(), s.ai, r.FormValue("param")) // want `^flow from r.FormValue\("param"\) to a chat completion request sent by structure.askWith$`
	askWith(r.Context(), s.ai, "fixed")
	AskWith(r.Context(), s.ai, r.FormValue("exported"))
}

// prompt has parts that go to different messages: the summary of a
// function given one says which field reached the system message, and
// the caller knows what it put there.
type prompt struct{ User, System string }

func askPrompt(ctx context.Context, client openai.Client, p prompt) { // want `^summary taint\(returns=\[\] requests=\[2\] verdicts=\[\]\) request 2 to chat completion system-fields\[1\]$`
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Messages: []openai.ChatCompletionMessageParamUnion{
		openai.SystemMessage(p.System), openai.UserMessage(p.User),
	}})
}

// persona is one piece of text, placed in the system message.
func askAs(ctx context.Context, client openai.Client, persona string) { // want `^summary taint\(returns=\[\] requests=\[2\] verdicts=\[\]\) request 2 to chat completion system$`
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Messages: []openai.ChatCompletionMessageParamUnion{
		openai.SystemMessage(persona), openai.UserMessage("hello"),
	}})
}

func askParts(w http.ResponseWriter, r *http.Request, client openai.Client) {
	askPrompt(r.Context(), client, prompt{System: "You help.", User: r.FormValue("part")}) // want `^flow from r.FormValue\("part"\) to a chat completion request sent by structure.askPrompt$`
	askAs(r.Context(), client, r.FormValue("persona"))                                     // want `^flow from r.FormValue\("persona"\) to a chat completion request sent by structure.askAs \[system\]$`
	askPrompt(r.Context(), client, prompt{System: r.FormValue("system"), User: "hello"})   // want `^flow from r.FormValue\("system"\) to a chat completion request sent by structure.askPrompt \[system\]$`
	var decoded prompt
	json.NewDecoder(r.Body).Decode(&decoded)
	askPrompt(r.Context(), client, decoded)                                                   // want `^flow from r.Body to a chat completion request sent by structure.askPrompt \[system\]$`
	askPromptAt(r.Context(), client, &prompt{User: r.FormValue("user"), System: "You help."}) // want `^flow from r.FormValue\("user"\) to a chat completion request sent by structure.askPromptAt$`
	askPromptAt(r.Context(), client, &decoded)                                                // want `^flow from r.Body to a chat completion request sent by structure.askPromptAt \[system\]$`
}

// A field set after the decode holds what was set.
func askDecoded(w http.ResponseWriter, r *http.Request, client openai.Client) {
	var p prompt
	json.NewDecoder(r.Body).Decode(&p)
	p.System = "You help."
	askPrompt(r.Context(), client, p) // want `^flow from r.Body to a chat completion request sent by structure.askPrompt$`
}

// One set before the decode, or on one way only, may hold the input.
func askDecodedAfter(w http.ResponseWriter, r *http.Request, client openai.Client) {
	var p prompt
	p.System = "You help."
	json.NewDecoder(r.Body).Decode(&p)
	askPrompt(r.Context(), client, p) // want `^flow from r.Body to a chat completion request sent by structure.askPrompt \[system\]$`
	var q prompt
	json.NewDecoder(r.Body).Decode(&q)
	if q.User == "" {
		q.System = "You help."
	}
	askPrompt(r.Context(), client, q) // want `^flow from r.Body to a chat completion request sent by structure.askPrompt \[system\]$`
}

// askPromptAt is given the prompt by pointer.
func askPromptAt(ctx context.Context, client openai.Client, p *prompt) { // want `^summary taint\(returns=\[\] requests=\[2\] verdicts=\[\]\) request 2 to chat completion system-fields\[1\]$`
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Messages: []openai.ChatCompletionMessageParamUnion{
		openai.SystemMessage("Answer as " + p.System), openai.UserMessage(p.User),
	}})
}
