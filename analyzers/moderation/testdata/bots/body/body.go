// Package body reads a question from a request's body into a buffer.
package body

import (
	"io"
	"net/http"

	"github.com/openai/openai-go/v3"
)

type server struct{ client openai.Client }

func (s *server) ask(w http.ResponseWriter, r *http.Request) {
	buf := make([]byte, 4096)
	n, _ := io.ReadFull(r.Body, buf)
	s.client.Chat.Completions.New(r.Context(), chat(string(buf[:n]))) // want `^user input from r.Body reaches the prompt`
}

func (s *server) askModerated(w http.ResponseWriter, r *http.Request) {
	buf := make([]byte, 4096)
	n, _ := io.ReadFull(r.Body, buf)
	q := string(buf[:n])
	mod, err := s.client.Moderations.New(r.Context(), moderate(q))
	if err != nil || mod.Results[0].Flagged {
		http.Error(w, "rejected", http.StatusBadRequest)
		return
	}
	s.client.Chat.Completions.New(r.Context(), chat(q))
}
