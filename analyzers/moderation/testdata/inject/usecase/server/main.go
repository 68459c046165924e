// Command server gives the use cases the model.
package main

import (
	"net/http"

	"example.com/moderation/inject/layers/model"
	"example.com/moderation/inject/usecase/api"
	"example.com/moderation/inject/usecase/usecase"
	"github.com/openai/openai-go/v3"
)

func main() {
	h := &api.Handler{Usecases: usecase.NewModule(&model.OpenAI{Client: openai.NewClient()})} // want `^user input from r.FormValue\("q"\) reaches the prompt with no moderation: .* \(read at api/api.go:13; sent by OpenAI.Complete \(wired here as the usecase.Model called at usecase/usecase.go:21\)\)`
	http.HandleFunc("/ask", h.Ask)
	http.HandleFunc("/count", h.Count)
	http.ListenAndServe(":8080", nil)
}
