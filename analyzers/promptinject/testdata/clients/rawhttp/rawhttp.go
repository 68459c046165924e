// Package rawhttp writes its own chat messages, roles included.
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

type chatRequest struct {
	Model    string    `json:"model"`
	Messages []message `json:"messages"`
}

const chatURL = "https://api.openai.com/v1/chat/completions"

func persona(w http.ResponseWriter, r *http.Request) {
	body, _ := json.Marshal(chatRequest{Model: "gpt-4o-mini", Messages: []message{
		{Role: "system", Content: "You are " + r.FormValue("persona")},
		{Role: "user", Content: r.FormValue("q")},
	}})
	http.Post(chatURL, "application/json", bytes.NewReader(body)) // want `^user input from r.FormValue\("persona"\) reaches the system prompt`
}

func question(w http.ResponseWriter, r *http.Request) {
	body, _ := json.Marshal(chatRequest{Model: "gpt-4o-mini", Messages: []message{
		{Role: "system", Content: "You answer questions about our product."},
		{Role: "user", Content: r.FormValue("persona")},
	}})
	http.Post(chatURL, "application/json", bytes.NewReader(body))
}
