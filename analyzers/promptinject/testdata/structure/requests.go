package structure

import (
	"context"
	"encoding/json"
	"net/http"

	"github.com/openai/openai-go/v3"
)

// chatRequest is a request body: its persona goes to the system prompt,
// its message to a user message.
type chatRequest struct {
	Message string `json:"message"`
	Persona string `json:"persona"`
}

func answer(ctx context.Context, client openai.Client, req chatRequest) {
	client.Chat.Completions.New(ctx, withSystem("You are "+req.Persona, req.Message))
}

func answerAt(ctx context.Context, client openai.Client, req *chatRequest) {
	client.Chat.Completions.New(ctx, withSystem("You are "+req.Persona, req.Message))
}

func (d *desk) chat(w http.ResponseWriter, r *http.Request) {
	var req chatRequest
	json.NewDecoder(r.Body).Decode(&req)
	answer(r.Context(), d.client, req) // want `^user input from r.Body reaches the system prompt`
}

func (d *desk) chatAt(w http.ResponseWriter, r *http.Request) {
	var req chatRequest
	json.NewDecoder(r.Body).Decode(&req)
	answerAt(r.Context(), d.client, &req) // want `^user input from r.Body reaches the system prompt`
}

// The persona is the server's: set after the decode, or built in.
func (d *desk) chatFixed(w http.ResponseWriter, r *http.Request) {
	var req chatRequest
	json.NewDecoder(r.Body).Decode(&req)
	req.Persona = "a librarian"
	answer(r.Context(), d.client, req)
}

func (d *desk) chatBuilt(w http.ResponseWriter, r *http.Request) {
	answer(r.Context(), d.client, chatRequest{Persona: "a librarian", Message: r.FormValue("q")})
	answerAt(r.Context(), d.client, &chatRequest{Persona: "a librarian", Message: r.FormValue("q")})
}
