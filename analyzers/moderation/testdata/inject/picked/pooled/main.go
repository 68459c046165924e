// Command pooled wires an asker that a helper of the constructor makes.
package main

import (
	"net/http"

	"example.com/moderation/inject/picked/ask"
	"example.com/moderation/inject/picked/backends"
)

func main() {
	srv := &ask.Server{AI: backends.NewPooled()} // want `^user input from r.FormValue\("q"\) reaches the prompt .* \(read at ask/ask.go:13; sent by model.Ask \(wired here as the ports.Asker called at ask/ask.go:13\)\)`
	http.HandleFunc("/q", srv.Question)
	http.ListenAndServe(":8080", nil)
}
