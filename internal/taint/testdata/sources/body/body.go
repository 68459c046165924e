// Package body reads requests' bodies into buffers.
package body

import (
	"bufio"
	"io"
	"net/http"

	"example.com/sources/llm"
)

type server struct{ llm *llm.Client }

// One read into a buffer of a fixed size reads at most that much.
func (s *server) read(w http.ResponseWriter, r *http.Request) {
	buf := make([]byte, 4096)
	n, _ := r.Body.Read(buf) // want `^source r.Body, bounded$`
	s.llm.Ask(r.Context(), string(buf[:n]))
}

func (s *server) readFull(w http.ResponseWriter, r *http.Request) {
	var buf [512]byte
	n, _ := io.ReadFull(r.Body, buf[:]) // want `^source r.Body, bounded$`
	s.llm.Ask(r.Context(), string(buf[:n]))
}

func (s *server) buffered(w http.ResponseWriter, r *http.Request) {
	buf := make([]byte, 4096)
	n, _ := bufio.NewReader(r.Body).Read(buf) // want `^source r.Body, bounded$`
	s.llm.Ask(r.Context(), string(buf[:n]))
}

// Reads in a loop gather as much as the client sends.
func (s *server) readAll(w http.ResponseWriter, r *http.Request) {
	var data []byte
	buf := make([]byte, 4096)
	for {
		n, err := r.Body.Read(buf) // want `^source r.Body$`
		data = append(data, buf[:n]...)
		if err != nil {
			break
		}
	}
	s.llm.Ask(r.Context(), string(data))
}

// A buffer of a size the client chooses bounds nothing.
func (s *server) sized(w http.ResponseWriter, r *http.Request) {
	buf := make([]byte, r.ContentLength)
	io.ReadFull(r.Body, buf) // want `^source r.Body$`
	s.llm.Ask(r.Context(), string(buf))
}

// Reading into a buffer that is then dropped sends nothing.
func (s *server) discarded(w http.ResponseWriter, r *http.Request) {
	buf := make([]byte, 4096)
	r.Body.Read(buf)
	s.llm.Ask(r.Context(), "hello")
}
