// Package eino sends user input through eino's OpenAI chat model.
package eino

import (
	"net/http"

	"github.com/cloudwego/eino-ext/components/model/openai"
	"github.com/cloudwego/eino/schema"
)

type server struct{ model *openai.ChatModel }

func (s *server) ask(w http.ResponseWriter, r *http.Request) {
	s.model.Generate(r.Context(), []*schema.Message{schema.UserMessage(r.FormValue("q"))}) // want `^user input from r.FormValue\("q"\) reaches the prompt of this chat completion request with no moderation verdict on the way`
}

func (s *server) fixed(w http.ResponseWriter, r *http.Request) {
	s.model.Generate(r.Context(), []*schema.Message{schema.UserMessage("Tell me a joke.")})
}
