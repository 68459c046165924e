// Package handlers feeds the configured gateway.
package handlers

import (
	"net/http"

	"example.com/moderation/configured/gateway"
	"example.com/moderation/configured/safety"
	"example.com/moderation/configured/web"
)

type server struct{ gw *gateway.Client }

func (s *server) fromConfiguredSource(w http.ResponseWriter, r *http.Request) {
	s.gw.Complete(r.Context(), web.Param(r, "q")) // want `^user input from web.Param\("q"\) reaches the prompt with no moderation`
}

func (s *server) fromRequest(w http.ResponseWriter, r *http.Request) {
	s.gw.Complete(r.Context(), r.FormValue("q")) // want `user input from r.FormValue\("q"\) reaches the prompt`
}

func (s *server) screened(w http.ResponseWriter, r *http.Request) {
	s.gw.Complete(r.Context(), safety.Screen(r.FormValue("q")))
}

func (s *server) notAPrompt(w http.ResponseWriter, r *http.Request) {
	s.gw.Describe(r.Context(), r.FormValue("q"))
}

func (s *server) constant(w http.ResponseWriter, r *http.Request) {
	s.gw.Complete(r.Context(), web.Constant(r))
}
