// Package rawhttp asks for images with a request it writes itself.
package rawhttp

import (
	"bytes"
	"encoding/json"
	"net/http"
)

type imageRequest struct {
	Model  string `json:"model"`
	Prompt string `json:"prompt"`
}

// draw sends the request it is given: each caller's is checked.
func draw(ir imageRequest) (*http.Response, error) {
	body, err := json.Marshal(ir)
	if err != nil {
		return nil, err
	}
	return http.Post("https://api.openai.com/v1/images/generations", "application/json", bytes.NewReader(body))
}

func handle(w http.ResponseWriter, r *http.Request) {
	draw(imageRequest{Model: "gpt-image-1", Prompt: r.FormValue("prompt")}) // want `^user input from r.FormValue\("prompt"\) reaches the prompt with no length limit`
}

func handleShort(w http.ResponseWriter, r *http.Request) {
	prompt := r.FormValue("prompt")
	if len(prompt) > 500 {
		prompt = prompt[:500]
	}
	draw(imageRequest{Model: "gpt-image-1", Prompt: prompt})
}

type chatRequest struct {
	Model    string        `json:"model"`
	Messages []chatMessage `json:"messages"`
	User     string        `json:"safety_identifier"`
}

type chatMessage struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

func chat(cr chatRequest) (*http.Response, error) {
	body, err := json.Marshal(cr)
	if err != nil {
		return nil, err
	}
	return http.Post("https://api.openai.com/v1/chat/completions", "application/json", bytes.NewReader(body))
}

// What names the user configures the request: it is no prompt text.
func handleIdentified(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	if len(q) > 500 {
		return
	}
	chat(chatRequest{Model: "gpt-4o-mini", User: r.Header.Get("X-User-Hash"), Messages: []chatMessage{{Role: "user", Content: q}}})
}

func handleHeaderPrompt(w http.ResponseWriter, r *http.Request) {
	chat(chatRequest{Model: "gpt-4o-mini", Messages: []chatMessage{{Role: "user", Content: r.Header.Get("X-Question")}}}) // want `^user input from r.Header reaches the prompt with no length limit`
}
