// Command offline wires the same planner to a fake model: nothing reaches
// a model.
package main

import (
	"net/http"

	"example.com/inputlimit/inject/chain/fake"
	"example.com/inputlimit/inject/chain/planner"
	"example.com/inputlimit/inject/chain/web"
)

func main() {
	h := &web.Handler{Planner: planner.New(fake.Completer{})}
	http.HandleFunc("/plan", h.Serve)
	http.ListenAndServe(":8080", nil)
}
