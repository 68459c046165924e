// Package lambda is a Lambda function behind a function URL.
package lambda

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/openai/openai-go/v3"
)

type fn struct{ client openai.Client }

func (f *fn) handle(ctx context.Context, req events.LambdaFunctionURLRequest) (events.LambdaFunctionURLResponse, error) {
	_, err := f.client.Chat.Completions.New(ctx, chat(req.Body)) // want `^user input from req.Body reaches the prompt`
	return events.LambdaFunctionURLResponse{StatusCode: 200}, err
}

func (f *fn) handleModerated(ctx context.Context, req events.LambdaFunctionURLRequest) (events.LambdaFunctionURLResponse, error) {
	mod, err := f.client.Moderations.New(ctx, moderate(req.Body))
	if err != nil || mod.Results[0].Flagged {
		return events.LambdaFunctionURLResponse{StatusCode: 400}, nil
	}
	_, err = f.client.Chat.Completions.New(ctx, chat(req.Body))
	return events.LambdaFunctionURLResponse{StatusCode: 200}, err
}
