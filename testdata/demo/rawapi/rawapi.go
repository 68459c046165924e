// Package rawapi calls the Chat Completions API with a request it writes
// itself.
package rawapi

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

type chatResponse struct {
	Choices []struct {
		Message message `json:"message"`
	} `json:"choices"`
}

// Complete answers one message.
func Complete(w http.ResponseWriter, r *http.Request) {
	body, err := json.Marshal(chatRequest{
		Model:    "gpt-4o-mini",
		Messages: []message{{Role: "user", Content: r.FormValue("q")}},
	})
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	req, err := http.NewRequestWithContext(r.Context(), http.MethodPost, "https://api.openai.com/v1/chat/completions", bytes.NewReader(body))
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	req.Header.Set("Authorization", "Bearer "+os.Getenv("OPENAI_API_KEY"))
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		http.Error(w, "upstream error", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	var out chatResponse
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil || len(out.Choices) == 0 {
		http.Error(w, "upstream error", http.StatusBadGateway)
		return
	}
	json.NewEncoder(w).Encode(out.Choices[0].Message.Content)
}
