// Package kitexserver implements a Kitex service: the request of each
// method is what a client sent.
package kitexserver

import (
	"context"

	"example.com/sources/kitex_gen/echo"
	"example.com/sources/kitex_gen/echo/echoservice"
	"example.com/sources/llm"
)

type echoImpl struct{ llm *llm.Client }

func (e *echoImpl) Echo(ctx context.Context, req *echo.EchoRequest) (*echo.EchoResponse, error) { // want `^source Kitex request req$`
	if err := e.llm.Ask(ctx, req.GetMessage()); err != nil {
		return nil, err
	}
	return e.reply(ctx, &echo.EchoRequest{Message: "hello"})
}

// reply is no method of the service: its caller is the program itself.
func (e *echoImpl) reply(ctx context.Context, req *echo.EchoRequest) (*echo.EchoResponse, error) {
	return &echo.EchoResponse{Message: req.Message}, e.llm.Ask(ctx, req.Message)
}

func serve(l *llm.Client) error {
	return echoservice.NewServer(&echoImpl{llm: l}).Run()
}
