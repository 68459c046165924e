// want package:`injected\(example.com/taint/inject/ports.Answerer.Answer:2<-r.FormValue\("q"\) example.com/taint/inject/ports.Answerer.Answer->command execution@desk/desk.go:16\)`

// Package passon uses the routes without naming the answerer: it can
// wire nothing, so it passes the calls on as they are, without building
// SSA.
package passon

import (
	"net/http"

	"example.com/taint/inject/routes"
)

func Serve() error {
	return http.ListenAndServe(":8080", routes.Health())
}
