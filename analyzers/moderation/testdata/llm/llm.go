// Package llm wraps the client: SafeAsk moderates first, Ask does not.
package llm

import (
	"context"
	"errors"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
)

func Ask(ctx context.Context, client openai.Client, q string) error {
	_, err := client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(q)},
	})
	return err
}

func SafeAsk(ctx context.Context, client openai.Client, q string) error {
	mod, err := client.Moderations.New(ctx, openai.ModerationNewParams{
		Input: openai.ModerationNewParamsInputUnion{OfString: openai.String(q)},
	})
	if err != nil {
		return err
	}
	if mod.Results[0].Flagged {
		return errors.New("flagged")
	}
	_, err = client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(q)},
	})
	return err
}

// Check moderates text and returns an error when it is flagged.
func Check(ctx context.Context, client openai.Client, text string) error {
	mod, err := client.Moderations.New(ctx, openai.ModerationNewParams{
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

// Embed returns the embedding of text.
func Embed(ctx context.Context, client openai.Client, text string) ([]float64, error) {
	resp, err := client.Embeddings.New(ctx, openai.EmbeddingNewParams{
		Model: openai.EmbeddingModelTextEmbedding3Small,
		Input: openai.EmbeddingNewParamsInputUnion{OfString: openai.String(text)},
	})
	if err != nil {
		return nil, err
	}
	return resp.Data[0].Embedding, nil
}

// Assistant asks the model what it is given; Guarded moderates it first.
type Assistant struct{ Client openai.Client }

func (a *Assistant) Ask(ctx context.Context, q string) error {
	return Ask(ctx, a.Client, q)
}

type Guarded struct{ Client openai.Client }

func (g *Guarded) Ask(ctx context.Context, q string) error {
	return SafeAsk(ctx, g.Client, q)
}

// Allowed reports whether text passed moderation: false when the call
// failed or the text was flagged.
func Allowed(ctx context.Context, client openai.Client, text string) bool {
	mod, err := client.Moderations.New(ctx, openai.ModerationNewParams{
		Input: openai.ModerationNewParamsInputUnion{OfString: openai.String(text)},
	})
	return err == nil && !mod.Results[0].Flagged
}

// AllowedUnlessDown lets text through when the moderation call fails.
func AllowedUnlessDown(ctx context.Context, client openai.Client, text string) bool {
	mod, err := client.Moderations.New(ctx, openai.ModerationNewParams{
		Input: openai.ModerationNewParamsInputUnion{OfString: openai.String(text)},
	})
	return err != nil || !mod.Results[0].Flagged
}

// Flagged returns the verdict, and true when the call failed.
func Flagged(ctx context.Context, client openai.Client, text string) (bool, error) {
	mod, err := client.Moderations.New(ctx, openai.ModerationNewParams{
		Input: openai.ModerationNewParamsInputUnion{OfString: openai.String(text)},
	})
	if err != nil {
		return true, err
	}
	return mod.Results[0].Flagged, nil
}

// Passes says true on a clean text, with a branch of its own for each way.
func Passes(ctx context.Context, client openai.Client, text string) bool {
	mod, err := client.Moderations.New(ctx, openai.ModerationNewParams{
		Input: openai.ModerationNewParamsInputUnion{OfString: openai.String(text)},
	})
	if err != nil {
		return false
	}
	if mod.Results[0].Flagged {
		return false
	}
	return true
}

// PassesUnlessDown says true on a clean text, and when the call fails.
func PassesUnlessDown(ctx context.Context, client openai.Client, text string) bool {
	mod, err := client.Moderations.New(ctx, openai.ModerationNewParams{
		Input: openai.ModerationNewParamsInputUnion{OfString: openai.String(text)},
	})
	if err != nil {
		return true
	}
	return !mod.Results[0].Flagged
}

// AskLocal asks a model that a local server runs, through an OpenAI
// client; AskOpenAI the same question of OpenAI's.
func AskLocal(ctx context.Context, q string) error {
	client := openai.NewClient(option.WithBaseURL("http://localhost:11434/v1"))
	_, err := client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(q)},
	})
	return err
}

func AskOpenAI(ctx context.Context, q string) error {
	client := openai.NewClient()
	_, err := client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(q)},
	})
	return err
}
