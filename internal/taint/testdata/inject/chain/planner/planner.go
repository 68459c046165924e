// want package:`wirings\(\*planner.service as example.com/taint/inject/chain/planner.Planner in example.com/taint/inject/chain/planner.New\)`

// Package planner builds prompts from what it is asked and passes them to
// the model it is given: it reads no user input and calls no model
// itself, but forwards its parameters to an interface.
package planner

import (
	"context"
	"fmt"

	"example.com/taint/inject/chain/model"
	"github.com/openai/openai-go/v3"
)

type Planner interface {
	Plan(ctx context.Context, topic string) string
	Summarize(ctx context.Context, text string) string
	Reply(ctx context.Context, msg string) string
	Persona(ctx context.Context, persona string) string
	Note(ctx context.Context, note string)
	Ask(ctx context.Context, question string) string
}

type service struct {
	llm model.Completer
	mod openai.Client
}

func New(llm model.Completer) Planner { // want New:`^taint\(returns=\[0\] requests=\[\] verdicts=\[\]\)$`
	return &service{llm: llm, mod: openai.NewClient()}
}

func (s *service) Plan(ctx context.Context, topic string) string { // want Plan:`^taint\(returns=\[\] requests=\[\] verdicts=\[\] forwards=2:example.com/taint/inject/chain/model.Completer.Complete:3\)$`
	return s.ask(ctx, "You plan courses.", fmt.Sprintf("Plan a course on %s.", topic))
}

// ask is the one place that calls the model: Plan forwards through it.
func (s *service) ask(ctx context.Context, system, prompt string) string { // want ask:`^taint\(returns=\[\] requests=\[\] verdicts=\[\] forwards=2:example.com/taint/inject/chain/model.Completer.Complete:2 forwards=3:example.com/taint/inject/chain/model.Completer.Complete:3\)$`
	out, err := s.llm.Complete(ctx, system, prompt)
	if err != nil {
		return ""
	}
	return out
}

// Summarize bounds the text before it goes on.
func (s *service) Summarize(ctx context.Context, text string) string { // want Summarize:`^taint\(returns=\[\] requests=\[\] verdicts=\[\] forwards=2:example.com/taint/inject/chain/model.Completer.Complete:3\)$`
	if len(text) > 2000 {
		text = text[:2000]
	}
	return s.ask(ctx, "Summarize the text.", text)
}

// Reply has the message moderated before it goes on.
func (s *service) Reply(ctx context.Context, msg string) string { // want Reply:`^taint\(returns=\[\] requests=\[\] verdicts=\[\] forwards=2:example.com/taint/inject/chain/model.Completer.Complete:3\)$`
	mod, err := s.mod.Moderations.New(ctx, openai.ModerationNewParams{Input: openai.ModerationNewParamsInputUnion{OfString: openai.String(msg)}})
	if err != nil || mod.Results[0].Flagged {
		return "rejected"
	}
	return s.ask(ctx, "Reply kindly.", msg)
}

// Persona places what it is given in the system prompt.
func (s *service) Persona(ctx context.Context, persona string) string { // want Persona:`^taint\(returns=\[\] requests=\[\] verdicts=\[\] forwards=2:example.com/taint/inject/chain/model.Completer.Complete:2\)$`
	return s.ask(ctx, persona, "Introduce yourself.")
}

// Note goes to a method of the model that sends nothing.
func (s *service) Note(ctx context.Context, note string) { // want Note:`^taint\(returns=\[\] requests=\[\] verdicts=\[\] forwards=2:example.com/taint/inject/chain/model.Completer.Remember:2\)$`
	s.llm.Remember(ctx, note)
}

// Ask places the question in the user part of a prompt whose system part
// is fixed.
func (s *service) Ask(ctx context.Context, question string) string { // want Ask:`^taint\(returns=\[\] requests=\[\] verdicts=\[\] forwards=2:example.com/taint/inject/chain/model.Completer.Chat:2\)$`
	out, _ := s.llm.Chat(ctx, model.Prompt{System: "Answer briefly.", User: question})
	return out
}
