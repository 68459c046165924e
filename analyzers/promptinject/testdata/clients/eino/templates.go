package eino

import (
	"net/http"

	"github.com/cloudwego/eino/components/prompt"
	"github.com/cloudwego/eino/schema"
)

// A chat template keeps each message's role when Format fills it in: the
// values its system message reads are in the system prompt.
func (s *server) templatedRole(w http.ResponseWriter, r *http.Request) {
	tpl := prompt.FromMessages(schema.FString,
		schema.SystemMessage("You are a {role}. Answer in {language}."),
		schema.MessagesPlaceholder("history", true),
		schema.UserMessage("{question}"))
	msgs, _ := tpl.Format(r.Context(), map[string]any{
		"role":     r.FormValue("role"),
		"language": "English",
		"question": r.FormValue("q"),
		"history":  []*schema.Message{},
	})
	s.model.Generate(r.Context(), msgs) // want `^user input from r.FormValue\("role"\) reaches the system prompt`
}

// The user's question fills the user message: what it is for.
func (s *server) templatedQuestion(w http.ResponseWriter, r *http.Request) {
	tpl := prompt.FromMessages(schema.FString,
		schema.SystemMessage("You are a {role}. Answer in {language}."),
		schema.UserMessage("{question}"))
	msgs, _ := tpl.Format(r.Context(), map[string]any{
		"role":     "librarian",
		"language": "English",
		"question": r.FormValue("q"),
	})
	s.model.Generate(r.Context(), msgs)
}

// A template kept in a field, behind eino's interface, in Go template
// syntax.
type templated struct {
	tpl   prompt.ChatTemplate
	model *server
}

func newTemplated(s *server) *templated {
	return &templated{model: s, tpl: prompt.FromMessages(schema.GoTemplate,
		schema.SystemMessage("Reply in the tone of {{.tone}}."),
		schema.UserMessage("{{.text}}"))}
}

func (t *templated) reply(w http.ResponseWriter, r *http.Request) {
	values := map[string]any{"text": r.FormValue("text")}
	values["tone"] = r.FormValue("tone")
	msgs, _ := t.tpl.Format(r.Context(), values)
	t.model.model.Generate(r.Context(), msgs) // want `user input from r.FormValue\("tone"\) reaches the system prompt`
}

func (t *templated) replyPlainly(w http.ResponseWriter, r *http.Request) {
	values := map[string]any{"text": r.FormValue("text"), "tone": "a friendly clerk"}
	msgs, _ := t.tpl.Format(r.Context(), values)
	t.model.model.Generate(r.Context(), msgs)
}

// "{{" in a format string is a brace, not a variable.
func (s *server) escapedBraces(w http.ResponseWriter, r *http.Request) {
	tpl := prompt.FromMessages(schema.FString,
		schema.SystemMessage("Reply with JSON like {{\"answer\": ...}}."),
		schema.UserMessage("{answer}"))
	msgs, _ := tpl.Format(r.Context(), map[string]any{"answer": r.FormValue("q")})
	s.model.Generate(r.Context(), msgs)
}
