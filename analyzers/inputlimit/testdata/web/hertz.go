package web

import (
	"context"

	"github.com/cloudwego/hertz/pkg/app"
)

// Hertz bounds a body to 4 MB by default, far more text than a prompt
// should take: only the handler's own check counts.
func (s *server) hertzChat(ctx context.Context, c *app.RequestContext) {
	var req struct{ Question string }
	if err := c.BindJSON(&req); err != nil {
		return
	}
	s.client.Chat.Completions.New(ctx, ask(req.Question)) // want `user input from c.BindJSON\(\) reaches the prompt with no length limit`
}

func (s *server) hertzChatChecked(ctx context.Context, c *app.RequestContext) {
	var req struct{ Question string }
	if err := c.BindJSON(&req); err != nil || len(req.Question) > 2000 {
		return
	}
	s.client.Chat.Completions.New(ctx, ask(req.Question))
}
