// Package askapi is a hand-written client: Ask posts the request its
// caller, in another package, builds, and decodes the model's answer.
package askapi

import (
	"bytes"
	"encoding/json"
	"net/http"
)

type Message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

type Request struct {
	Model     string    `json:"model"`
	Messages  []Message `json:"messages"`
	MaxTokens int       `json:"max_tokens"`
}

type Answer struct {
	Choices []struct {
		Message Message `json:"message"`
	} `json:"choices"`
}

func post[Resp any](url string, in any) (*Resp, error) {
	body, err := json.Marshal(in)
	if err != nil {
		return nil, err
	}
	resp, err := http.Post(url, "application/json", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	out := new(Resp)
	return out, json.NewDecoder(resp.Body).Decode(out)
}

func Ask(req Request) (*Answer, error) {
	return post[Answer]("https://api.openai.com/v1/chat/completions", req)
}

// Status posts to a service that is no model's.
func Status(req Request) (*Answer, error) {
	return post[Answer]("https://status.example.com/v1/commands", req)
}
