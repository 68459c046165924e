// Command server gives the service the model, and the handlers the
// service: the question reaches the model through both.
package main

import (
	"net/http"

	"example.com/moderation/inject/layers/model"
	"example.com/moderation/inject/layers/service"
	"example.com/moderation/inject/layers/web"
	"github.com/openai/openai-go/v3"
)

func main() {
	svc := service.New(&model.OpenAI{Client: openai.NewClient()})
	h := web.New(svc) // want `^user input from r.FormValue\("q"\) reaches the prompt with no moderation: .* \(read at web/web.go:19; sent by OpenAI.Complete \(wired here as the web.Service called at web/web.go:19, whose Svc.Ask passes it to the service.Model called at service/service.go:17, wired at server/main.go:15\)\)`
	http.HandleFunc("/ask", h.Ask)
	http.HandleFunc("/title", h.Title)
	http.ListenAndServe(":8080", nil)
}
