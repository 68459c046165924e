// Package einoapp gives chat models to the service: one bounded by its
// config, one not.
package einoapp

import (
	"context"

	"example.com/maxtokens/eino/einomodels"
	"example.com/maxtokens/eino/einosvc"
	"github.com/cloudwego/eino-ext/components/model/openai"
	"github.com/cloudwego/eino/schema"
)

func wire(ctx context.Context) error {
	m, err := openai.NewChatModel(ctx, &openai.ChatModelConfig{Model: "gpt-4o-mini"})
	if err != nil {
		return err
	}
	einosvc.New(m) // want `chat completion request has no output token limit: pass openai.WithMaxCompletionTokens\(n\) .*\(at einosvc/einosvc.go:16, through this model\)`

	limit := 512
	bounded, err := openai.NewChatModel(ctx, &openai.ChatModelConfig{Model: "gpt-4o-mini", MaxCompletionTokens: &limit})
	if err != nil {
		return err
	}
	einosvc.New(bounded)
	return nil
}

// A model made by a function of another package, with no settings of its
// own, or with a bound, or pointed at a local server.
func wireMade(ctx context.Context) error {
	m, err := einomodels.Chat(ctx)
	if err != nil {
		return err
	}
	einosvc.New(m) // want `no output token limit.*\(at einosvc/einosvc.go:16, through this model\)`
	bounded, err := einomodels.BoundedChat(ctx)
	if err != nil {
		return err
	}
	einosvc.New(bounded)
	local, err := einomodels.LocalChat(ctx)
	if err != nil {
		return err
	}
	einosvc.New(local)
	return nil
}

// A graph compiled by a function of another package runs its model.
func graphs(ctx context.Context, q string) error {
	run, err := einomodels.Graph(ctx)
	if err != nil {
		return err
	}
	run.Invoke(ctx, []*schema.Message{schema.UserMessage(q)}) // want `^chat completion request has no output token limit`
	bounded, err := einomodels.BoundedGraph(ctx)
	if err != nil {
		return err
	}
	_, err = bounded.Invoke(ctx, []*schema.Message{schema.UserMessage(q)})
	return err
}

// A model another package makes sets what its config does.
func tagged(ctx context.Context, q string) error {
	m, err := einomodels.TaggedChat(ctx)
	if err != nil {
		return err
	}
	m.Generate(ctx, []*schema.Message{schema.UserMessage(q)}) // want `^chat completion request has no output token limit`
	bounded, err := einomodels.TaggedBoundedChat(ctx)
	if err != nil {
		return err
	}
	_, err = bounded.Generate(ctx, []*schema.Message{schema.UserMessage(q)})
	return err
}
