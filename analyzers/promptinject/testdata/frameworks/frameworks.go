// Package frameworks holds promptinject cases for web frameworks and
// websockets.
package frameworks

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/gorilla/mux"
	"github.com/gorilla/websocket"
	"github.com/labstack/echo/v4"
	"github.com/openai/openai-go/v3"
)

type server struct{ client openai.Client }

func system(s string) openai.ChatCompletionNewParams {
	return openai.ChatCompletionNewParams{Messages: []openai.ChatCompletionMessageParamUnion{openai.SystemMessage(s)}}
}

func user(s string) openai.ChatCompletionNewParams {
	return openai.ChatCompletionNewParams{Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(s)}}
}

func (s *server) gin(c *gin.Context) {
	s.client.Chat.Completions.New(c, system(c.Query("persona"))) // want `user input from c.Query\("persona"\) reaches the system prompt`
	s.client.Chat.Completions.New(c, user(c.Query("q")))
	var body struct{ Persona string }
	if err := c.ShouldBindJSON(&body); err != nil {
		return
	}
	s.client.Chat.Completions.New(c, system(body.Persona)) // want `user input from c.ShouldBindJSON\(\) reaches the system prompt`
}

func (s *server) echo(c echo.Context) error {
	_, err := s.client.Chat.Completions.New(c.Request().Context(), system(c.QueryParam("persona"))) // want `user input from c.QueryParam\("persona"\) reaches the system prompt`
	return err
}

func (s *server) chi(w http.ResponseWriter, r *http.Request) {
	s.client.Chat.Completions.New(r.Context(), system(chi.URLParam(r, "persona"))) // want `user input from chi.URLParam\("persona"\) reaches the system prompt`
}

func (s *server) mux(w http.ResponseWriter, r *http.Request) {
	s.client.Chat.Completions.New(r.Context(), system(mux.Vars(r)["persona"])) // want `user input from mux.Vars\(\) reaches the system prompt`
}

var upgrader websocket.Upgrader

func (s *server) websocket(w http.ResponseWriter, r *http.Request) {
	conn, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	_, msg, err := conn.ReadMessage()
	if err != nil {
		return
	}
	s.client.Chat.Completions.New(r.Context(), system(string(msg))) // want `user input from Conn.ReadMessage\(\) reaches the system prompt`
	s.client.Chat.Completions.New(r.Context(), user(string(msg)))
}
