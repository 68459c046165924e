// Package web serves the service's answers.
package web

import (
	"net/http"

	"example.com/moderation/inject/layer/service"
)

type Server struct{ svc *service.Service }

func (s *Server) Answer(w http.ResponseWriter, r *http.Request) {
	s.svc.Answer(r.Context(), r.FormValue("q")) // want `user input from r.FormValue\("q"\) reaches the prompt with no moderation`
}

func (s *Server) Greet(w http.ResponseWriter, r *http.Request) {
	s.svc.Greet(r.Context(), r.FormValue("name"))
}
