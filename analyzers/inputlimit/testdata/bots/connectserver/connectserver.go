// Package connectserver is a Connect handler.
package connectserver

import (
	"context"
	"net/http"

	"connectrpc.com/connect"
	"github.com/openai/openai-go/v3"
	"google.golang.org/protobuf/types/known/wrapperspb"
)

type chatServer struct{ client openai.Client }

func (c *chatServer) Ask(ctx context.Context, req *connect.Request[wrapperspb.StringValue]) (*connect.Response[wrapperspb.StringValue], error) {
	c.client.Chat.Completions.New(ctx, chat(req.Msg.GetValue())) // want `^user input from req.Msg reaches the prompt`
	return connect.NewResponse(wrapperspb.String("ok")), nil
}

func (c *chatServer) AskChecked(ctx context.Context, req *connect.Request[wrapperspb.StringValue]) (*connect.Response[wrapperspb.StringValue], error) {
	q := req.Msg.GetValue()
	if len(q) > 4000 {
		return nil, connect.NewError(connect.CodeInvalidArgument, nil)
	}
	c.client.Chat.Completions.New(ctx, chat(q))
	return connect.NewResponse(wrapperspb.String("ok")), nil
}

func mount(mux *http.ServeMux, c *chatServer) {
	mux.Handle("/chat.v1.ChatService/Ask", connect.NewUnaryHandler("/chat.v1.ChatService/Ask", c.Ask))
	mux.Handle("/chat.v1.ChatService/AskChecked", connect.NewUnaryHandler("/chat.v1.ChatService/AskChecked", c.AskChecked))
}
