// Package connectserver is a Connect handler whose requests carry a
// persona and a question.
package connectserver

import (
	"context"
	"net/http"

	"connectrpc.com/connect"
	"example.com/bots/llm"
	"google.golang.org/protobuf/types/known/structpb"
)

type chat struct{ ai *llm.Assistant }

func (c *chat) Ask(ctx context.Context, req *connect.Request[structpb.Struct]) (*connect.Response[structpb.Struct], error) {
	fields := req.Msg.GetFields()
	err := c.ai.Ask(ctx, fields["persona"].GetStringValue(), fields["question"].GetStringValue()) // want `^user input from req.Msg reaches the system prompt`
	return connect.NewResponse(&structpb.Struct{}), err
}

func (c *chat) AskPlain(ctx context.Context, req *connect.Request[structpb.Struct]) (*connect.Response[structpb.Struct], error) {
	err := c.ai.Ask(ctx, "a helpful assistant", req.Msg.GetFields()["question"].GetStringValue())
	return connect.NewResponse(&structpb.Struct{}), err
}

func mount(mux *http.ServeMux, c *chat) {
	mux.Handle("/chat.v1.ChatService/Ask", connect.NewUnaryHandler("/chat.v1.ChatService/Ask", c.Ask))
	mux.Handle("/chat.v1.ChatService/AskPlain", connect.NewUnaryHandler("/chat.v1.ChatService/AskPlain", c.AskPlain))
}
