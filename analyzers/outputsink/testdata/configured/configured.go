// Package configured sends model output to a sink named in .openaivet.yml.
package configured

import (
	"context"

	"example.com/outputsink/configured/deploy"
	"github.com/openai/openai-go/v3"
)

func generate(ctx context.Context, client openai.Client) {
	resp, _ := client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{})
	manifest := resp.Choices[0].Message.Content
	deploy.Apply(manifest) // want `^model output reaches deploy.Apply \(a sink named in .openaivet.yml\) unreviewed`
	deploy.Log(manifest)
	deploy.Apply(deploy.Reviewed(manifest))
}

func approved(ctx context.Context, client openai.Client) {
	resp, _ := client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{})
	manifest := resp.Choices[0].Message.Content
	if deploy.Approved(manifest) {
		deploy.Apply(manifest)
	}
}

func validated(ctx context.Context, client openai.Client) {
	resp, _ := client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{})
	manifest := resp.Choices[0].Message.Content
	if deploy.Valid(manifest) {
		deploy.Apply(manifest) // want `reaches deploy.Apply \(a sink named in .openaivet.yml\) unreviewed`
	}
}
