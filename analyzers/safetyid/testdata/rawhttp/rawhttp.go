// Package rawhttp posts chat requests it writes itself.
package rawhttp

import (
	"bytes"
	"encoding/json"
	"net/http"
)

type message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

type anonymousRequest struct {
	Model     string    `json:"model"`
	Messages  []message `json:"messages"`
	MaxTokens int       `json:"max_completion_tokens"`
}

type identifiedRequest struct {
	Model            string    `json:"model"`
	Messages         []message `json:"messages"`
	SafetyIdentifier string    `json:"safety_identifier,omitempty"`
}

type userRequest struct {
	Model    string    `json:"model"`
	Messages []message `json:"messages"`
	User     string    `json:"user,omitempty"`
}

const chatURL = "https://api.openai.com/v1/chat/completions"

func anonymous(q string) (*http.Request, error) {
	body, _ := json.Marshal(anonymousRequest{Model: "gpt-4o-mini", Messages: []message{{Role: "user", Content: q}}, MaxTokens: 300})
	return http.NewRequest(http.MethodPost, chatURL, bytes.NewReader(body)) // want `^chat completion request has no safety_identifier: send a hashed per-user ID$`
}

func identified(q, userHash string) (*http.Request, error) {
	body, _ := json.Marshal(identifiedRequest{Model: "gpt-4o-mini", Messages: []message{{Role: "user", Content: q}}, SafetyIdentifier: userHash})
	return http.NewRequest(http.MethodPost, chatURL, bytes.NewReader(body))
}

func oneForAll(q string) (*http.Request, error) {
	body, _ := json.Marshal(identifiedRequest{Model: "gpt-4o-mini", Messages: []message{{Role: "user", Content: q}}, SafetyIdentifier: "my-app"})
	return http.NewRequest(http.MethodPost, chatURL, bytes.NewReader(body)) // want `sends a constant safety_identifier`
}

func user(q, userHash string) (*http.Request, error) {
	body, _ := json.Marshal(userRequest{Model: "gpt-4o-mini", Messages: []message{{Role: "user", Content: q}}, User: userHash})
	return http.NewRequest(http.MethodPost, chatURL, bytes.NewReader(body)) // want `sets the deprecated user field: move the ID to a safety_identifier field in userRequest`
}

// A request to another provider, and an embedding, are not checked.
func local(q string) (*http.Request, error) {
	body, _ := json.Marshal(anonymousRequest{Model: "llama3", Messages: []message{{Role: "user", Content: q}}})
	return http.NewRequest(http.MethodPost, "http://localhost:8080/v1/chat/completions", bytes.NewReader(body))
}

type embeddingRequest struct {
	Model string `json:"model"`
	Input string `json:"input"`
}

func embed(q string) (*http.Request, error) {
	body, _ := json.Marshal(embeddingRequest{Model: "text-embedding-3-small", Input: q})
	return http.NewRequest(http.MethodPost, "https://api.openai.com/v1/embeddings", bytes.NewReader(body))
}

// An image request may leave the model to the endpoint's default.
type imageRequest struct {
	Prompt string `json:"prompt"`
	Size   string `json:"size"`
}

func draw(prompt string) (*http.Request, error) {
	body, _ := json.Marshal(imageRequest{Prompt: prompt, Size: "1024x1024"})
	return http.NewRequest(http.MethodPost, "https://api.openai.com/v1/images/generations", bytes.NewReader(body)) // want `^image generation request has no safety_identifier`
}

// A body written as a map names its user by a key.
func askMap(q string) (*http.Request, error) {
	body, _ := json.Marshal(map[string]any{"model": "gpt-4o-mini", "input": q})
	return http.NewRequest(http.MethodPost, "https://api.openai.com/v1/responses", bytes.NewReader(body)) // want `^response request has no safety_identifier`
}

func askMapIdentified(q, userHash string) (*http.Request, error) {
	body := map[string]any{"model": "gpt-4o-mini", "input": q}
	body["safety_identifier"] = userHash
	data, _ := json.Marshal(body)
	return http.NewRequest(http.MethodPost, "https://api.openai.com/v1/responses", bytes.NewReader(data))
}
