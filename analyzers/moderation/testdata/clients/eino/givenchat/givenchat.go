// Package givenchat serves users with the chat models its constructors
// are given: whether each is OpenAI's is known where a caller gives it.
package givenchat

import (
	"net/http"

	"github.com/cloudwego/eino/components/model"
	"github.com/cloudwego/eino/schema"
	"github.com/openai/openai-go/v3"
)

type Chat struct{ model model.BaseChatModel }

func New(m model.BaseChatModel) *Chat { return &Chat{model: m} } // want New:`givenFindings\(givenchat/givenchat.go:18\)`

func (c *Chat) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	c.model.Generate(r.Context(), []*schema.Message{schema.UserMessage(r.FormValue("q"))})
}

// The safe twin asks for a verdict first.
type Moderated struct {
	model     model.BaseChatModel
	moderator openai.Client
}

func NewModerated(m model.BaseChatModel, moderator openai.Client) *Moderated {
	return &Moderated{model: m, moderator: moderator}
}

func (c *Moderated) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	mod, err := c.moderator.Moderations.New(r.Context(), openai.ModerationNewParams{Input: openai.ModerationNewParamsInputUnion{OfString: openai.String(q)}})
	if err != nil || mod.Results[0].Flagged {
		http.Error(w, "rejected", http.StatusBadRequest)
		return
	}
	c.model.Generate(r.Context(), []*schema.Message{schema.UserMessage(q)})
}
