// Package body reads a question from a request's body into a buffer.
package body

import (
	"net/http"

	"github.com/openai/openai-go/v3"
)

type server struct{ client openai.Client }

// Reads in a loop gather as much as the client sends.
func (s *server) readAll(w http.ResponseWriter, r *http.Request) {
	var q []byte
	buf := make([]byte, 4096)
	for {
		n, err := r.Body.Read(buf)
		q = append(q, buf[:n]...)
		if err != nil {
			break
		}
	}
	s.client.Chat.Completions.New(r.Context(), chat(string(q))) // want `^user input from r.Body reaches the prompt with no length limit`
}

// One read into a buffer of 4096 bytes reads at most 4096.
func (s *server) readOnce(w http.ResponseWriter, r *http.Request) {
	buf := make([]byte, 4096)
	n, _ := r.Body.Read(buf)
	s.client.Chat.Completions.New(r.Context(), chat(string(buf[:n])))
}

// A buffer as large as the client says bounds nothing.
func (s *server) readSized(w http.ResponseWriter, r *http.Request) {
	buf := make([]byte, r.ContentLength)
	n, _ := r.Body.Read(buf)
	s.client.Chat.Completions.New(r.Context(), chat(string(buf[:n]))) // want `^user input from r.Body reaches the prompt`
}
