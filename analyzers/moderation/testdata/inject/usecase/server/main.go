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
	h := &api.Handler{Usecases: usecase.NewModule(&model.OpenAI{Client: openai.NewClient()})} // want `^user input from r.FormValue\("q"\) \(api/api.go:13\) reaches the prompt of a chat completion request sent by OpenAI.Complete \(wired here as the usecase.Model called at usecase/usecase.go:21\) with no moderation verdict on the way`
	http.HandleFunc("/ask", h.Ask)
	http.HandleFunc("/count", h.Count)
	http.ListenAndServe(":8080", nil)
}
