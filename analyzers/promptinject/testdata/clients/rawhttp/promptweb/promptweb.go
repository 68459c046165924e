// Package promptweb writes its system prompts with another package's
// helpers.
package promptweb

import (
	"bytes"
	"encoding/json"
	"net/http"

	"example.com/promptinject/clients/rawhttp/prompts"
)

type message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

type request struct {
	Model    string    `json:"model"`
	Messages []message `json:"messages"`
}

func send(system, question string) {
	body, _ := json.Marshal(request{Model: "gpt-4o-mini", Messages: []message{{Role: "system", Content: system}, {Role: "user", Content: question}}})
	http.Post("https://api.openai.com/v1/chat/completions", "application/json", bytes.NewReader(body))
}

func persona(w http.ResponseWriter, r *http.Request) {
	send(prompts.Persona(r.FormValue("persona")), r.FormValue("q")) // want `^user input from r.FormValue\("persona"\) reaches the system prompt`
}

func greeting(w http.ResponseWriter, r *http.Request) {
	send(prompts.Greeting(r.FormValue("name")), r.FormValue("q")) // want `^user input from r.FormValue\("name"\) reaches the system prompt`
}

// The safe twins: helpers whose text does not carry what they are given.
func fixed(w http.ResponseWriter, r *http.Request) {
	send(prompts.Fixed(r.FormValue("topic")), r.FormValue("q"))
}

func digest(w http.ResponseWriter, r *http.Request) {
	send("Session "+prompts.Digest(r.FormValue("session")), r.FormValue("q"))
}
