// Package givensvc serves users with the model its constructor is given:
// whether it is OpenAI's is known where a caller gives it.
package givensvc

import (
	"net/http"

	"github.com/tmc/langchaingo/llms"
)

// Server keeps the model in a field, and the functions it runs on.
type Server struct{ llm llms.Model }

func NewServer(llm llms.Model) *Server { return &Server{llm: llm} } // want NewServer:`givenFindings\(givensvc/givensvc.go:22\)`

func (s *Server) Routes(mux *http.ServeMux) {
	mux.HandleFunc("/ask", s.ask)
	mux.HandleFunc("/bounded", s.bounded)
}

func (s *Server) ask(w http.ResponseWriter, r *http.Request) {
	s.llm.Call(r.Context(), r.FormValue("q"), llms.WithMaxTokens(300))
}

func (s *Server) bounded(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	if len(q) > 2000 {
		http.Error(w, "too long", http.StatusRequestEntityTooLarge)
		return
	}
	s.llm.Call(r.Context(), q, llms.WithMaxTokens(300))
}
