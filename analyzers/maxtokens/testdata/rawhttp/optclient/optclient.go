// Package optclient is a hand-written client whose base URL an option
// function sets; its tests point it at a test server.
package optclient

import (
	"bytes"
	"encoding/json"
	"net/http"
)

type Message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

type ChatRequest struct {
	Model               string    `json:"model"`
	Messages            []Message `json:"messages"`
	MaxCompletionTokens int       `json:"max_completion_tokens,omitempty"`
}

type Client struct{ baseURL string }

type Option func(*Client)

func WithBaseURL(u string) Option {
	return func(c *Client) { c.baseURL = u }
}

func New(opts ...Option) *Client {
	c := &Client{baseURL: "https://api.openai.com/v1"}
	for _, o := range opts {
		o(c)
	}
	return c
}

// NewAt is given the base URL.
func NewAt(baseURL string) *Client { return &Client{baseURL: baseURL} }

func (c *Client) Chat(req ChatRequest) (*http.Response, error) {
	body, err := json.Marshal(req)
	if err != nil {
		return nil, err
	}
	return http.Post(c.baseURL+"/chat/completions", "application/json", bytes.NewReader(body))
}

// Pinned's tests give its option OpenAI's URL only.
type Pinned struct{ base string }

func Pin(u string) func(*Pinned) {
	return func(p *Pinned) { p.base = u }
}

func NewPinned(opts ...func(*Pinned)) *Pinned {
	p := &Pinned{base: "https://api.openai.com/v1"}
	for _, o := range opts {
		o(p)
	}
	return p
}

func (p *Pinned) Chat(req ChatRequest) (*http.Response, error) {
	body, err := json.Marshal(req)
	if err != nil {
		return nil, err
	}
	return http.Post(p.base+"/chat/completions", "application/json", bytes.NewReader(body))
}
