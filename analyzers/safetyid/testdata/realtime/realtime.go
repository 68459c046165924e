// Package realtime opens Realtime sessions over a WebSocket itself.
package realtime

import (
	"context"
	"fmt"
	"net/http"
	"os"

	coder "github.com/coder/websocket"
	"github.com/gorilla/websocket"
)

const realtimeURL = "wss://api.openai.com/v1/realtime?model=gpt-realtime"

func anonymous() (*websocket.Conn, error) {
	h := http.Header{}
	h.Set("Authorization", "Bearer "+os.Getenv("OPENAI_API_KEY"))
	conn, _, err := websocket.DefaultDialer.Dial(realtimeURL, h) // want `^realtime session is opened without the OpenAI-Safety-Identifier header: set it in the handshake's headers$`
	return conn, err
}

func identified(userHash string) (*websocket.Conn, error) {
	h := http.Header{}
	h.Set("Authorization", "Bearer "+os.Getenv("OPENAI_API_KEY"))
	h.Set("OpenAI-Safety-Identifier", userHash)
	conn, _, err := websocket.DefaultDialer.Dial(realtimeURL, h)
	return conn, err
}

func oneForAll(ctx context.Context, model string) (*websocket.Conn, error) {
	h := http.Header{"OpenAI-Safety-Identifier": {"my-app"}}
	conn, _, err := websocket.DefaultDialer.DialContext(ctx, "wss://api.openai.com/v1/realtime?model="+model, h) // want `realtime session is opened with a constant OpenAI-Safety-Identifier`
	return conn, err
}

func coderDial(ctx context.Context, model string) (*coder.Conn, error) {
	conn, _, err := coder.Dial(ctx, "wss://api.openai.com/v1/realtime?model="+model, &coder.DialOptions{ // want `realtime session is opened without the OpenAI-Safety-Identifier header`
		HTTPHeader: http.Header{"Authorization": {"Bearer " + os.Getenv("OPENAI_API_KEY")}},
	})
	return conn, err
}

func coderIdentified(ctx context.Context, userHash string) (*coder.Conn, error) {
	conn, _, err := coder.Dial(ctx, realtimeURL, &coder.DialOptions{
		HTTPHeader: http.Header{"Openai-Safety-Identifier": {userHash}},
	})
	return conn, err
}

// The session's URL formatted from the Realtime endpoint and a query.
const sessionsURL = "wss://api.openai.com/v1/realtime"

func formatted(ctx context.Context, model string) (*websocket.Conn, error) {
	conn, _, err := websocket.DefaultDialer.DialContext(ctx, fmt.Sprintf("%s?model=%s", sessionsURL, model), nil) // want `realtime session is opened without the OpenAI-Safety-Identifier header`
	return conn, err
}

func formattedIdentified(ctx context.Context, model, userHash string) (*websocket.Conn, error) {
	h := http.Header{}
	h.Set("OpenAI-Safety-Identifier", userHash)
	conn, _, err := websocket.DefaultDialer.DialContext(ctx, fmt.Sprintf("%s?model=%s", sessionsURL, model), h)
	return conn, err
}

func formattedElsewhere(ctx context.Context, model string) (*websocket.Conn, error) {
	conn, _, err := websocket.DefaultDialer.DialContext(ctx, fmt.Sprintf("%s?model=%s", "wss://example.com/chat", model), nil)
	return conn, err
}

// Headers from the caller may hold the identifier; another server is
// not OpenAI's.
func given(h http.Header) (*websocket.Conn, error) {
	conn, _, err := websocket.DefaultDialer.Dial(realtimeURL, h)
	return conn, err
}

func elsewhere() (*websocket.Conn, error) {
	conn, _, err := websocket.DefaultDialer.Dial("ws://localhost:8080/v1/realtime", nil)
	return conn, err
}

func chat() (*websocket.Conn, error) {
	conn, _, err := websocket.DefaultDialer.Dial("wss://example.com/chat", nil)
	return conn, err
}
