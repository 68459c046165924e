// Package structure holds promptinject cases where user input travels
// through the program's structure before it reaches a system prompt:
// fields that one method writes and another reads, interfaces and
// function values, channels and goroutines, iterators.
package structure

import (
	"context"
	"net/http"

	"github.com/openai/openai-go/v3"
)

func withSystem(system, q string) openai.ChatCompletionNewParams {
	return openai.ChatCompletionNewParams{Messages: []openai.ChatCompletionMessageParamUnion{
		openai.SystemMessage(system),
		openai.UserMessage(q),
	}}
}

// session keeps the persona a user chose for the methods that ask the
// model later.
type session struct {
	client openai.Client
	// persona is stored as it was read, tone after a check against fixed
	// values, style only ever as a constant.
	persona, tone, style string
	// rules keeps each user's extra instructions.
	rules map[string][]string
}

func (s *session) choose(w http.ResponseWriter, r *http.Request) {
	s.persona = r.FormValue("persona")
	s.style = "concise"
	tone := r.FormValue("tone")
	if tone != "formal" && tone != "casual" {
		http.Error(w, "bad tone", http.StatusBadRequest)
		return
	}
	s.tone = tone
}

func (s *session) ask(ctx context.Context, q string) {
	s.client.Chat.Completions.New(ctx, withSystem("You are "+s.persona, q)) // want `^user input from r.FormValue\("persona"\) reaches the system prompt`
}

func (s *session) askInTone(ctx context.Context, q string) {
	s.client.Chat.Completions.New(ctx, withSystem("Answer in a "+s.tone+" tone, "+s.style, q))
}

func (s *session) addRule(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	s.rules[user] = append(s.rules[user], r.FormValue("rule"))
}

func (s *session) askWithRules(ctx context.Context, user, q string) {
	msgs := []openai.ChatCompletionMessageParamUnion{openai.UserMessage(q)}
	for _, rule := range s.rules[user] {
		msgs = append(msgs, openai.SystemMessage(rule))
	}
	s.client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Messages: msgs}) // want `user input from r.FormValue\("rule"\) reaches the system prompt`
}
