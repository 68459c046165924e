// Package rawhttp holds promptinject cases for requests a program writes
// itself, as structs and as maps.
package rawhttp

import (
	"bytes"
	"encoding/json"
	"net/http"
)

const chatURL = "https://api.openai.com/v1/chat/completions"

type message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

type chatRequest struct {
	Model    string    `json:"model"`
	Messages []message `json:"messages"`
}

func structSystem(w http.ResponseWriter, r *http.Request) {
	topic := r.FormValue("topic")
	body, _ := json.Marshal(chatRequest{Model: "gpt-4o-mini", Messages: []message{{Role: "system", Content: "Only discuss " + topic}}})
	http.Post(chatURL, "application/json", bytes.NewReader(body)) // want `user input from r.FormValue\("topic"\) reaches the system prompt`
}

func structUser(w http.ResponseWriter, r *http.Request) {
	topic := r.FormValue("topic")
	body, _ := json.Marshal(chatRequest{Model: "gpt-4o-mini", Messages: []message{{Role: "system", Content: "Only discuss cooking."}, {Role: "user", Content: topic}}})
	http.Post(chatURL, "application/json", bytes.NewReader(body))
}

func mapSystem(w http.ResponseWriter, r *http.Request) {
	topic := r.FormValue("topic")
	body, _ := json.Marshal(map[string]any{
		"model":    "gpt-4o-mini",
		"messages": []map[string]string{{"role": "system", "content": "Only discuss " + topic}},
	})
	http.Post(chatURL, "application/json", bytes.NewReader(body)) // want `user input from r.FormValue\("topic"\) reaches the system prompt`
}

func mapUser(w http.ResponseWriter, r *http.Request) {
	topic := r.FormValue("topic")
	body, _ := json.Marshal(map[string]any{
		"model": "gpt-4o-mini",
		"messages": []map[string]string{
			{"role": "system", "content": "Only discuss cooking."},
			{"role": "user", "content": topic},
		},
	})
	http.Post(chatURL, "application/json", bytes.NewReader(body))
}

// A Responses request's instructions are system text.
func encodedInstructions(w http.ResponseWriter, r *http.Request) {
	persona := r.FormValue("persona")
	var buf bytes.Buffer
	json.NewEncoder(&buf).Encode(map[string]any{"model": "gpt-4o-mini", "instructions": "You are " + persona, "input": "Hello"})
	http.Post("https://api.openai.com/v1/responses", "application/json", &buf) // want `user input from r.FormValue\("persona"\) reaches the system prompt`
}

func encodedInput(w http.ResponseWriter, r *http.Request) {
	persona := r.FormValue("persona")
	var buf bytes.Buffer
	json.NewEncoder(&buf).Encode(map[string]any{"model": "gpt-4o-mini", "instructions": "You are a helpful assistant.", "input": persona})
	http.Post("https://api.openai.com/v1/responses", "application/json", &buf)
}
