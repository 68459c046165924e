// Command offline wires the same use case to the table: no model.
package main

import (
	"net/http"

	"example.com/moderation/inject/twohops/app"
	"example.com/moderation/inject/twohops/models"
	"example.com/moderation/inject/twohops/web"
)

func main() {
	model, _ := models.NewTable()
	h := web.NewHandler(app.NewService(model))
	http.HandleFunc("/ask", h.Ask)
	http.ListenAndServe(":8080", nil)
}
