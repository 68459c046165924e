// Command offline gives the use cases canned answers.
package main

import (
	"net/http"

	"example.com/moderation/inject/layers/model"
	"example.com/moderation/inject/usecase/api"
	"example.com/moderation/inject/usecase/usecase"
)

func main() {
	h := &api.Handler{Usecases: usecase.NewModule(model.Canned{})}
	http.HandleFunc("/ask", h.Ask)
	http.ListenAndServe(":8080", nil)
}
