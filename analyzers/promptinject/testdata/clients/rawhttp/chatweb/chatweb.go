// Package chatweb serves users through another package's client.
package chatweb

import (
	"net/http"

	"example.com/promptinject/clients/rawhttp/chatapi"
)

func persona(w http.ResponseWriter, r *http.Request) {
	chatapi.Complete(r.Context(), &chatapi.Request{Model: "gpt-4o-mini", Messages: []chatapi.Message{ // want `^user input from r.FormValue\("persona"\) reaches the system prompt`
		{Role: "system", Content: "You are " + r.FormValue("persona")},
		{Role: "user", Content: r.FormValue("q")},
	}})
}

// The safe twin: the persona goes in the user's message.
func question(w http.ResponseWriter, r *http.Request) {
	chatapi.Complete(r.Context(), &chatapi.Request{Model: "gpt-4o-mini", Messages: []chatapi.Message{
		{Role: "system", Content: "You answer questions about our product."},
		{Role: "user", Content: "As " + r.FormValue("persona") + ": " + r.FormValue("q")},
	}})
}
