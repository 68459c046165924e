package genkit

import (
	"encoding/json"
	"net/http"

	"github.com/firebase/genkit/go/ai"
	"github.com/firebase/genkit/go/genkit"
)

// chatRequest is what a client of the proxy sends.
type chatRequest struct {
	System  string `json:"system"`
	Message string `json:"message"`
}

// requestOptions turns a request into Genkit's options.
func requestOptions(req chatRequest) []ai.GenerateOption {
	opts := []ai.GenerateOption{ai.WithModelName("openai/gpt-4o-mini")}
	if req.Message != "" {
		opts = append(opts, ai.WithPrompt(req.Message))
	}
	if req.System != "" {
		opts = append(opts, ai.WithSystem(req.System))
	}
	return opts
}

// fixedOptions keeps the system text the server's own.
func fixedOptions(req chatRequest) []ai.GenerateOption {
	return []ai.GenerateOption{
		ai.WithModelName("openai/gpt-4o-mini"),
		ai.WithSystem("You answer questions about our product."),
		ai.WithPrompt(req.Message),
	}
}

func (s *server) proxied(w http.ResponseWriter, r *http.Request) {
	var req chatRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		return
	}
	opts := append(requestOptions(req), ai.WithReturnToolRequests(true))
	genkit.Generate(r.Context(), s.g, opts...) // want `^user input from r.Body reaches the system prompt`
}

func (s *server) proxiedFixed(w http.ResponseWriter, r *http.Request) {
	var req chatRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		return
	}
	opts := append(fixedOptions(req), ai.WithReturnToolRequests(true))
	genkit.Generate(r.Context(), s.g, opts...)
}
