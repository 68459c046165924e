// Command offline gives the service canned answers: the question reaches
// no model.
package main

import (
	"net/http"

	"example.com/moderation/inject/layers/model"
	"example.com/moderation/inject/layers/service"
	"example.com/moderation/inject/layers/web"
)

func main() {
	h := web.New(service.New(model.Canned{}))
	http.HandleFunc("/ask", h.Ask)
	http.ListenAndServe(":8080", nil)
}
