// Package lambda is a Lambda function behind API Gateway whose persona
// is a query parameter.
package lambda

import (
	"context"

	"example.com/bots/llm"
	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

type fn struct{ ai *llm.Assistant }

func (f *fn) handle(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	err := f.ai.Ask(ctx, req.QueryStringParameters["persona"], req.Body) // want `^user input from req.QueryStringParameters reaches the system prompt`
	return events.APIGatewayProxyResponse{StatusCode: 200}, err
}

func (f *fn) checked(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	persona := req.QueryStringParameters["persona"]
	if persona != "pirate" && persona != "poet" {
		persona = "a helpful assistant"
	}
	err := f.ai.Ask(ctx, persona, req.Body)
	return events.APIGatewayV2HTTPResponse{StatusCode: 200}, err
}

func main() {
	f := new(fn)
	lambda.Start(f.handle)
}
