// Command server wires the handler to the use case, and the use case to
// the OpenAI model: the question reaches the model through both.
package main

import (
	"net/http"
	"os"

	"example.com/moderation/inject/twohops/app"
	"example.com/moderation/inject/twohops/models"
	"example.com/moderation/inject/twohops/web"
)

func main() {
	model, err := models.NewChat(os.Getenv("OPENAI_API_KEY"))
	if err != nil {
		panic(err)
	}
	h := web.NewHandler(app.NewService(model)) // want `^user input from r.Body reaches the prompt with no moderation: .* \(read at web/web.go:17; sent by chat.Send \(wired here as the ports.Service called at web/web.go:21, whose service.Process passes it to the ports.Model called at app/app.go:16, wired at server/main.go:15\)\)`
	http.HandleFunc("/ask", h.Ask)
	http.ListenAndServe(":8080", nil)
}
