package langchaingo

import (
	"net/http"

	"github.com/tmc/langchaingo/llms"
)

// messageType maps the role names a client sends onto langchaingo's, the
// system's among them: the client chooses a system message.
func messageType(name string) llms.ChatMessageType {
	switch name {
	case "system":
		return llms.ChatMessageTypeSystem
	case "assistant":
		return llms.ChatMessageTypeAI
	}
	return llms.ChatMessageTypeHuman
}

func (s *server) mappedRole(w http.ResponseWriter, r *http.Request) {
	msgs := []llms.MessageContent{llms.TextParts(messageType(r.FormValue("as")), r.FormValue("q"))}
	s.llm.GenerateContent(r.Context(), msgs) // want `user input from r.FormValue\("q"\) reaches the system prompt`
}

// speakerType maps them onto the user's and the assistant's alone.
func speakerType(name string) llms.ChatMessageType {
	if name == "assistant" {
		return llms.ChatMessageTypeAI
	}
	return llms.ChatMessageTypeHuman
}

func (s *server) mappedSpeaker(w http.ResponseWriter, r *http.Request) {
	msgs := []llms.MessageContent{
		llms.TextParts(llms.ChatMessageTypeSystem, "You answer questions about our product."),
		llms.TextParts(speakerType(r.FormValue("as")), r.FormValue("q")),
	}
	s.llm.GenerateContent(r.Context(), msgs)
}

// A role the server chooses through the same helper is its own.
func (s *server) mappedFixed(w http.ResponseWriter, r *http.Request) {
	msgs := []llms.MessageContent{
		llms.TextParts(messageType("user"), r.FormValue("q")),
	}
	s.llm.GenerateContent(r.Context(), msgs)
}
