// Package connectserver is a Connect handler: a request's message and
// headers are what a client sent.
package connectserver

import (
	"context"
	"net/http"

	"connectrpc.com/connect"
	"example.com/sources/llm"
	"google.golang.org/protobuf/types/known/wrapperspb"
)

type chat struct{ llm *llm.Client }

func (c *chat) Ask(ctx context.Context, req *connect.Request[wrapperspb.StringValue]) (*connect.Response[wrapperspb.StringValue], error) {
	c.llm.Ask(ctx, req.Msg.GetValue())                  // want `^source req.Msg$`
	c.llm.Ask(ctx, req.Header().Get("X-Persona"))       // want `^source req.Header\(\)$`
	res := connect.NewResponse(wrapperspb.String("ok")) // the handler's own response
	c.llm.Ask(ctx, res.Msg.GetValue())
	return res, nil
}

func (c *chat) Stream(ctx context.Context, stream *connect.BidiStream[wrapperspb.StringValue, wrapperspb.StringValue]) error {
	msg, err := stream.Receive() // want `^source stream.Receive\(\)$`
	if err != nil {
		return err
	}
	return c.llm.Ask(ctx, msg.GetValue())
}

// Each Receive reads the next message: a check of one is no check of the
// next.
func (c *chat) Twice(ctx context.Context, stream *connect.BidiStream[wrapperspb.StringValue, wrapperspb.StringValue]) error {
	first, err := stream.Receive()
	if err != nil || len(first.GetValue()) > 100 {
		return err
	}
	second, err := stream.Receive() // want `^source stream.Receive\(\)$`
	if err != nil {
		return err
	}
	return c.llm.Ask(ctx, second.GetValue())
}

func mount(mux *http.ServeMux, c *chat) {
	mux.Handle("/chat.v1.ChatService/Ask", connect.NewUnaryHandler("/chat.v1.ChatService/Ask", c.Ask))
	mux.Handle("/chat.v1.ChatService/Stream", connect.NewBidiStreamHandler("/chat.v1.ChatService/Stream", c.Stream))
}
