// Command cloud picks an asker by configuration: the finding is where the
// model's asker is made, not the fixed one.
package main

import (
	"net/http"
	"os"

	"example.com/moderation/inject/picked/ask"
	"example.com/moderation/inject/picked/backends"
	"example.com/moderation/inject/picked/ports"
)

func pick() ports.Asker {
	if os.Getenv("OFFLINE") != "" {
		ai, _ := backends.NewFixed()
		return ai
	}
	ai, _ := backends.NewModel() // want `^user input from r.FormValue\("q"\) reaches the prompt with no moderation: .* \(read at ask/ask.go:13; sent by model.Ask \(wired here as the ports.Asker called at ask/ask.go:13\)\)`
	return ai
}

func main() {
	srv := &ask.Server{AI: pick()}
	http.HandleFunc("/q", srv.Question)
	http.ListenAndServe(":8080", nil)
}
