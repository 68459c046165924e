// Package einomodels makes the chat models a program's main gives its
// services.
package einomodels

import (
	"context"
	"os"

	"github.com/cloudwego/eino-ext/components/model/openai"
	"github.com/cloudwego/eino/components/model"
	"github.com/cloudwego/eino/compose"
	"github.com/cloudwego/eino/schema"
)

// Chat makes an OpenAI model with no settings of its own.
func Chat(ctx context.Context) (model.ToolCallingChatModel, error) {
	return openai.NewChatModel(ctx, &openai.ChatModelConfig{Model: "gpt-4o-mini", APIKey: os.Getenv("OPENAI_API_KEY")})
}

// BoundedChat bounds every request of its model.
func BoundedChat(ctx context.Context) (model.ToolCallingChatModel, error) {
	limit := 512
	return openai.NewChatModel(ctx, &openai.ChatModelConfig{Model: "gpt-4o-mini", MaxCompletionTokens: &limit})
}

// TaggedChat names one caller for its model's requests, and sets no
// bound.
func TaggedChat(ctx context.Context) (*openai.ChatModel, error) {
	user := "nightly-digest"
	return openai.NewChatModel(ctx, &openai.ChatModelConfig{Model: "gpt-4o-mini", User: &user})
}

// TaggedBoundedChat sets both.
func TaggedBoundedChat(ctx context.Context) (*openai.ChatModel, error) {
	user, limit := "nightly-digest", 512
	return openai.NewChatModel(ctx, &openai.ChatModelConfig{Model: "gpt-4o-mini", User: &user, MaxCompletionTokens: &limit})
}

// LocalChat points its model at a local server.
func LocalChat(ctx context.Context) (model.ToolCallingChatModel, error) {
	return openai.NewChatModel(ctx, &openai.ChatModelConfig{Model: "llama3", BaseURL: "http://localhost:11434/v1"})
}

// Graph compiles a graph over a model with no settings of its own.
func Graph(ctx context.Context) (compose.Runnable[[]*schema.Message, *schema.Message], error) {
	cm, err := Chat(ctx)
	if err != nil {
		return nil, err
	}
	g := compose.NewGraph[[]*schema.Message, *schema.Message]()
	if err := g.AddChatModelNode("model", cm); err != nil {
		return nil, err
	}
	return g.Compile(ctx)
}

// BoundedGraph compiles one over a model bounded in its config.
func BoundedGraph(ctx context.Context) (compose.Runnable[[]*schema.Message, *schema.Message], error) {
	cm, err := BoundedChat(ctx)
	if err != nil {
		return nil, err
	}
	g := compose.NewGraph[[]*schema.Message, *schema.Message]()
	if err := g.AddChatModelNode("model", cm); err != nil {
		return nil, err
	}
	return g.Compile(ctx)
}
