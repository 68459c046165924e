// Package ask serves questions through the asker it is given.
package ask

import (
	"net/http"

	"example.com/moderation/inject/picked/ports"
)

type Server struct{ AI ports.Asker }

func (s *Server) Question(w http.ResponseWriter, r *http.Request) {
	s.AI.Ask(r.Context(), r.FormValue("q"))
}
