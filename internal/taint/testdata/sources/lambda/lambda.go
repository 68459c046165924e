// Package lambda is an AWS Lambda function behind API Gateway, a function
// URL and a load balancer: request bodies, query strings, paths and
// headers are user input.
package lambda

import (
	"context"

	"example.com/sources/llm"
	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

type fn struct{ llm *llm.Client }

func (f *fn) proxy(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	f.llm.Ask(ctx, req.Body)                           // want `^source req.Body$`
	f.llm.Ask(ctx, req.QueryStringParameters["q"])     // want `^source req.QueryStringParameters$`
	f.llm.Ask(ctx, req.PathParameters["topic"])        // want `^source req.PathParameters$`
	f.llm.Ask(ctx, req.Headers["X-Persona"])           // want `^source req.Headers$`
	f.llm.Ask(ctx, req.RequestContext.Stage)           // the API's own stage
	resp := events.APIGatewayProxyResponse{Body: "ok"} // the function's own response
	f.llm.Ask(ctx, resp.Body)
	return resp, nil
}

func (f *fn) httpAPI(ctx context.Context, req events.APIGatewayV2HTTPRequest) error {
	f.llm.Ask(ctx, req.Body)              // want `^source req.Body$`
	f.llm.Ask(ctx, req.RawQueryString)    // want `^source req.RawQueryString$`
	return f.llm.Ask(ctx, req.Cookies[0]) // want `^source req.Cookies$`
}

func (f *fn) functionURL(ctx context.Context, req *events.LambdaFunctionURLRequest) error {
	return f.llm.Ask(ctx, req.Body) // want `^source req.Body$`
}

func (f *fn) loadBalancer(ctx context.Context, req events.ALBTargetGroupRequest) error {
	return f.llm.Ask(ctx, req.QueryStringParameters["q"]) // want `^source req.QueryStringParameters$`
}

func main() {
	f := new(fn)
	lambda.Start(f.proxy)
}
