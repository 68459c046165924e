package eino

import (
	"context"

	"github.com/cloudwego/eino-ext/components/model/openai"
	"github.com/cloudwego/eino/components/model"
	"github.com/cloudwego/eino/components/prompt"
	"github.com/cloudwego/eino/compose"
	"github.com/cloudwego/eino/schema"
)

// A chain or graph compiled with the model runs it: Invoke and Stream of
// what Compile returns are requests, bounded by model options passed on.
func chain(ctx context.Context, q string) (*schema.Message, error) {
	cm, err := newModel(ctx)
	if err != nil {
		return nil, err
	}
	tpl := prompt.FromMessages(schema.FString, schema.SystemMessage("You are terse."), schema.UserMessage("{q}"))
	c := compose.NewChain[map[string]any, *schema.Message]()
	c.AppendChatTemplate(tpl).AppendChatModel(cm)
	r, err := c.Compile(ctx)
	if err != nil {
		return nil, err
	}
	return r.Invoke(ctx, map[string]any{"q": q}) // want `^chat completion request has no output token limit: pass compose.WithChatModelOption\(openai.WithMaxCompletionTokens\(n\)\)`
}

func chainBounded(ctx context.Context, q string) (*schema.Message, error) {
	cm, err := newModel(ctx)
	if err != nil {
		return nil, err
	}
	r, err := compose.NewChain[[]*schema.Message, *schema.Message]().AppendChatModel(cm).Compile(ctx)
	if err != nil {
		return nil, err
	}
	return r.Invoke(ctx, []*schema.Message{schema.UserMessage(q)}, compose.WithChatModelOption(openai.WithMaxCompletionTokens(256)))
}

// A graph's model node, and a runnable kept in a field.
type graphService struct {
	run compose.Runnable[[]*schema.Message, *schema.Message]
}

func newGraphService(ctx context.Context) (*graphService, error) {
	cm, err := newModel(ctx)
	if err != nil {
		return nil, err
	}
	g := compose.NewGraph[[]*schema.Message, *schema.Message]()
	if err := g.AddChatModelNode("model", cm); err != nil {
		return nil, err
	}
	g.AddEdge(compose.START, "model")
	g.AddEdge("model", compose.END)
	run, err := g.Compile(ctx)
	return &graphService{run: run}, err
}

func (s *graphService) ask(ctx context.Context, q string) {
	s.run.Stream(ctx, []*schema.Message{schema.UserMessage(q)}) // want `no output token limit`
}

func (s *graphService) askBounded(ctx context.Context, q string) {
	s.run.Invoke(ctx, []*schema.Message{schema.UserMessage(q)}, compose.WithChatModelOption(openai.WithMaxCompletionTokens(256)))
}

// A model bounded in its config bounds every run of the chain.
func chainConfigBound(ctx context.Context, q string) (*schema.Message, error) {
	limit := 512
	cm, err := openai.NewChatModel(ctx, &openai.ChatModelConfig{Model: "gpt-4o-mini", MaxCompletionTokens: &limit})
	if err != nil {
		return nil, err
	}
	r, err := compose.NewChain[[]*schema.Message, *schema.Message]().AppendChatModel(cm).Compile(ctx)
	if err != nil {
		return nil, err
	}
	return r.Invoke(ctx, []*schema.Message{schema.UserMessage(q)})
}

// A chain over a model pointed at another provider is not OpenAI's.
func chainLocal(ctx context.Context, q string) (*schema.Message, error) {
	cm, err := openai.NewChatModel(ctx, &openai.ChatModelConfig{Model: "llama3", BaseURL: "http://localhost:11434/v1"})
	if err != nil {
		return nil, err
	}
	r, err := compose.NewChain[[]*schema.Message, *schema.Message]().AppendChatModel(cm).Compile(ctx)
	if err != nil {
		return nil, err
	}
	return r.Invoke(ctx, []*schema.Message{schema.UserMessage(q)})
}

// A graph of two models: which one a run's options reach is not known.
func twoModels(ctx context.Context, q string) {
	cm, _ := newModel(ctx)
	local, _ := openai.NewChatModel(ctx, &openai.ChatModelConfig{Model: "llama3", BaseURL: "http://localhost:11434/v1"})
	g := compose.NewGraph[[]*schema.Message, *schema.Message]()
	g.AddChatModelNode("draft", local)
	g.AddChatModelNode("final", cm)
	run, _ := g.Compile(ctx)
	run.Invoke(ctx, []*schema.Message{schema.UserMessage(q)})
}

// A generic helper that compiles a graph over the model it is given.
func compileWith[I, O any](ctx context.Context, cm model.BaseChatModel) (compose.Runnable[I, O], error) {
	g := compose.NewGraph[I, O]()
	if err := g.AddChatModelNode("model", cm); err != nil {
		return nil, err
	}
	return g.Compile(ctx)
}

func generic(ctx context.Context, q string) (*schema.Message, error) {
	cm, err := newModel(ctx)
	if err != nil {
		return nil, err
	}
	r, err := compileWith[[]*schema.Message, *schema.Message](ctx, cm)
	if err != nil {
		return nil, err
	}
	return r.Invoke(ctx, []*schema.Message{schema.UserMessage(q)}) // want `no output token limit`
}
