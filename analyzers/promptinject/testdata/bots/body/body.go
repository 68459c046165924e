// Package body reads the persona from a request's body into a buffer.
package body

import (
	"net/http"

	"example.com/bots/llm"
)

type server struct{ ai *llm.Assistant }

func (s *server) persona(w http.ResponseWriter, r *http.Request) {
	buf := make([]byte, 256)
	n, _ := r.Body.Read(buf)
	s.ai.Ask(r.Context(), string(buf[:n]), "hello") // want `^user input from r.Body reaches the system prompt`
}

func (s *server) question(w http.ResponseWriter, r *http.Request) {
	buf := make([]byte, 4096)
	n, _ := r.Body.Read(buf)
	s.ai.Ask(r.Context(), "a helpful assistant", string(buf[:n]))
}
