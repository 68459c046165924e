package frameworks

import (
	"context"
	"strings"

	"github.com/cloudwego/hertz/pkg/app"
)

func (s *server) hertzQuery(ctx context.Context, c *app.RequestContext) {
	s.client.Chat.Completions.New(ctx, system(c.Query("persona"))) // want `user input from c.Query\("persona"\) reaches the system prompt`
}

func (s *server) hertzParam(ctx context.Context, c *app.RequestContext) {
	s.client.Chat.Completions.New(ctx, system("You speak "+c.Param("lang"))) // want `user input from c.Param\("lang"\) reaches the system prompt`
}

func (s *server) hertzBody(ctx context.Context, c *app.RequestContext) {
	var req struct{ Persona string }
	if err := c.BindAndValidate(&req); err != nil {
		return
	}
	s.client.Chat.Completions.New(ctx, system(req.Persona)) // want `user input from c.BindAndValidate\(\) reaches the system prompt`
}

func (s *server) hertzRaw(ctx context.Context, c *app.RequestContext) {
	s.client.Chat.Completions.New(ctx, system(string(c.GetRawData()))) // want `user input from c.GetRawData\(\) reaches the system prompt`
}

// What the handler writes itself, or what the route fixes, is no user's.
func (s *server) hertzFixed(ctx context.Context, c *app.RequestContext) {
	s.client.Chat.Completions.New(ctx, system(strings.ToUpper(c.FullPath())))
	c.Header("X-Persona", "tutor")
	s.client.Chat.Completions.New(ctx, system("You are a tutor."))
}
