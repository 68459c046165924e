package optclient

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func newTestClient(url string) *Client { return New(WithBaseURL(url)) }

// The client of the tests posts to their server.
func TestChat(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	defer srv.Close()
	newTestClient(srv.URL).Chat(ChatRequest{Model: "gpt-4o-mini", Messages: []Message{{Role: "user", Content: "hi"}}})
}

func TestPinned(t *testing.T) {
	NewPinned(Pin("https://api.openai.com/v1")).Chat(ChatRequest{Model: "gpt-4o-mini", Messages: []Message{{Role: "user", Content: "hi"}}}) // want `^chat completion request has no output token limit: set MaxCompletionTokens$`
}
