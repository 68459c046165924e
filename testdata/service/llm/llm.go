// Package llm is the service's only door to the model.
package llm

import (
	"context"
	"errors"

	"github.com/openai/openai-go/v3"
)

// ErrFlagged is returned for input the Moderation endpoint flags.
var ErrFlagged = errors.New("llm: input flagged by moderation")

type Client struct{ client openai.Client }

func New(client openai.Client) *Client { return &Client{client: client} }

// Answer answers a customer's question in the given tone.
func (c *Client) Answer(ctx context.Context, userHash, tone, question string) (string, error) {
	resp, err := c.client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Model: openai.ChatModelGPT4oMini,
		Messages: []openai.ChatCompletionMessageParamUnion{
			openai.SystemMessage("You are a support agent. Answer in a " + tone + " tone."),
			openai.UserMessage(question),
		},
		MaxCompletionTokens: openai.Int(512),
		SafetyIdentifier:    openai.String(userHash),
	})
	if err != nil {
		return "", err
	}
	return resp.Choices[0].Message.Content, nil
}

// SafeSummary moderates the text, then summarizes it.
func (c *Client) SafeSummary(ctx context.Context, userHash, text string) (string, error) {
	mod, err := c.client.Moderations.New(ctx, openai.ModerationNewParams{
		Input: openai.ModerationNewParamsInputUnion{OfString: openai.String(text)},
	})
	if err != nil {
		return "", err
	}
	if mod.Results[0].Flagged {
		return "", ErrFlagged
	}
	resp, err := c.client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Model:               openai.ChatModelGPT4oMini,
		Messages:            []openai.ChatCompletionMessageParamUnion{openai.UserMessage("Summarize:\n" + text)},
		MaxCompletionTokens: openai.Int(256),
		SafetyIdentifier:    openai.String(userHash),
	})
	if err != nil {
		return "", err
	}
	return resp.Choices[0].Message.Content, nil
}

// Reply answers a chat message. It implements support.Assistant, which it
// does not import: main wires the two together.
func (c *Client) Reply(ctx context.Context, userHash, message string) (string, error) {
	resp, err := c.client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Model: openai.ChatModelGPT4oMini,
		Messages: []openai.ChatCompletionMessageParamUnion{
			openai.SystemMessage("You are the chat desk of a support service."),
			openai.UserMessage(message),
		},
		MaxCompletionTokens: openai.Int(512),
		SafetyIdentifier:    openai.String(userHash),
	})
	if err != nil {
		return "", err
	}
	return resp.Choices[0].Message.Content, nil
}

// ModeratedReply answers a chat message that moderation lets through.
func (c *Client) ModeratedReply(ctx context.Context, userHash, message string) (string, error) {
	mod, err := c.client.Moderations.New(ctx, openai.ModerationNewParams{
		Input: openai.ModerationNewParamsInputUnion{OfString: openai.String(message)},
	})
	if err != nil {
		return "", err
	}
	if mod.Results[0].Flagged {
		return "", ErrFlagged
	}
	return c.Reply(ctx, userHash, message)
}
