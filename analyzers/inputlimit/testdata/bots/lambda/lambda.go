// Package lambda is a Lambda function behind API Gateway.
package lambda

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/openai/openai-go/v3"
)

type fn struct{ client openai.Client }

func (f *fn) handle(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	_, err := f.client.Chat.Completions.New(ctx, chat(req.Body)) // want `^user input from req.Body reaches the prompt`
	return events.APIGatewayProxyResponse{StatusCode: 200}, err
}

func (f *fn) handleChecked(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	if len(req.Body) > 8000 {
		return events.APIGatewayProxyResponse{StatusCode: 413}, nil
	}
	_, err := f.client.Chat.Completions.New(ctx, chat(req.Body))
	return events.APIGatewayProxyResponse{StatusCode: 200}, err
}
