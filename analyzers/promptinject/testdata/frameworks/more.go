package frameworks

import (
	"context"
	"io"
	"net/http"

	"github.com/coder/websocket"
	"github.com/gofiber/fiber/v2"
)

func (s *server) fiber(c *fiber.Ctx) error {
	_, err := s.client.Chat.Completions.New(c.Context(), system(c.Query("persona"))) // want `user input from c.Query\("persona"\) reaches the system prompt`
	return err
}

func (s *server) coderWebsocket(ctx context.Context, conn *websocket.Conn) {
	_, msg, err := conn.Read(ctx)
	if err != nil {
		return
	}
	s.client.Chat.Completions.New(ctx, system(string(msg))) // want `user input from conn.Read\(\) reaches the system prompt`
}

func (s *server) multipart(w http.ResponseWriter, r *http.Request) {
	file, _, err := r.FormFile("persona")
	if err != nil {
		return
	}
	persona, _ := io.ReadAll(file)
	s.client.Chat.Completions.New(r.Context(), system(string(persona))) // want `user input from r.FormFile\("persona"\) reaches the system prompt`
}
