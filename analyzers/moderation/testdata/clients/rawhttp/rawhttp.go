// Package rawhttp posts what users write to the API with net/http.
package rawhttp

import (
	"bytes"
	"encoding/json"
	"net/http"
	"os"
)

type message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

type chatRequest struct {
	Model    string    `json:"model"`
	Messages []message `json:"messages"`
}

func ask(w http.ResponseWriter, r *http.Request) {
	body, err := json.Marshal(chatRequest{Model: "gpt-4o-mini", Messages: []message{{Role: "user", Content: r.FormValue("q")}}})
	if err != nil {
		return
	}
	req, err := http.NewRequestWithContext(r.Context(), http.MethodPost, os.Getenv("OPENAI_BASE_URL")+"/chat/completions", bytes.NewReader(body)) // want `^user input from r.FormValue\("q"\) reaches the prompt with no moderation`
	if err != nil {
		return
	}
	http.DefaultClient.Do(req)
}

// Posting the same input somewhere that is no endpoint of the API is not
// prompting with it.
func forward(w http.ResponseWriter, r *http.Request) {
	body, err := json.Marshal(chatRequest{Model: "gpt-4o-mini", Messages: []message{{Role: "user", Content: r.FormValue("q")}}})
	if err != nil {
		return
	}
	http.Post("https://example.com/archive", "application/json", bytes.NewReader(body))
}

func fixed(w http.ResponseWriter, r *http.Request) {
	body, err := json.Marshal(chatRequest{Model: "gpt-4o-mini", Messages: []message{{Role: "user", Content: "Tell me a joke."}}})
	if err != nil {
		return
	}
	http.Post("https://api.openai.com/v1/chat/completions", "application/json", bytes.NewReader(body))
}

// A survey's responses share a path with the Responses API; their
// request names no model.
type surveyAnswer struct {
	Question string `json:"question"`
	Answer   string `json:"answer"`
}

func answer(w http.ResponseWriter, r *http.Request) {
	body, err := json.Marshal(surveyAnswer{Question: "q1", Answer: r.FormValue("a")})
	if err != nil {
		return
	}
	http.Post(os.Getenv("SURVEY_URL")+"/responses", "application/json", bytes.NewReader(body))
}
