// Command local wires the fixed asker only: nothing it serves reaches a
// model, though its package makes one that would.
package main

import (
	"net/http"

	"example.com/moderation/inject/picked/ask"
	"example.com/moderation/inject/picked/backends"
)

func main() {
	ai, err := backends.NewFixed()
	if err != nil {
		panic(err)
	}
	srv := &ask.Server{AI: ai}
	http.HandleFunc("/q", srv.Question)
	http.ListenAndServe(":8080", nil)
}
