// Package routes mounts the FAQ pages. Its API names the replier's
// interface and net/http, not the faq package: what faq passes to the
// replier reaches main through this package.
package routes

import (
	"net/http"

	"example.com/service/faq"
	"example.com/service/ports"
)

func FAQ(r ports.Replier) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /faq", faq.New(r).Ask)
	return mux
}
