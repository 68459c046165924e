// Package requests shows what the knowledge layer resolves for the client
// versions that have no safety_identifier: openai-go v1.10 and go-openai
// v1.40, where user is the per-user identifier.
package requests

import (
	"context"

	"github.com/openai/openai-go"
	"github.com/openai/openai-go/responses"
	goopenai "github.com/sashabaranov/go-openai"
)

func identifiedEndpoints(ctx context.Context, c *openai.Client, g *goopenai.Client, userID string) {
	c.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{User: openai.String(userID)}) // want `^chat completion \[text\] user:literal \(identifier=user\)$`
	c.Responses.New(ctx, responses.ResponseNewParams{})                                      // want `^response \[text\] \(identifier=user\)$`
	c.Images.Generate(ctx, openai.ImageGenerateParams{User: openai.String("svc")})           // want `^image generation \[image\] user:literal=const \(identifier=user moderated\)$`
	g.CreateChatCompletion(ctx, goopenai.ChatCompletionRequest{User: userID})                // want `^chat completion \[text\] user:literal \(identifier=user\)$`
	// No version of go-openai can send safety_identifier with an image,
	// though the API takes it: user is the identifier there.
	g.CreateImage(ctx, goopenai.ImageRequest{Prompt: "a cat"}) // want `^image generation \[image\] prompt:literal=const \(identifier=user moderated\)$`
}

// Endpoints that take no safety_identifier in any version: user is no
// identifier the checks ask for there.
func otherEndpoints(ctx context.Context, c *openai.Client, g *goopenai.Client) {
	c.Completions.New(ctx, openai.CompletionNewParams{})  // want `^completion \[text\]$`
	c.Embeddings.New(ctx, openai.EmbeddingNewParams{})    // want `^embedding \[embeddings\] \(moderated\)$`
	g.CreateCompletion(ctx, goopenai.CompletionRequest{}) // want `^completion \[text\]$`
}
