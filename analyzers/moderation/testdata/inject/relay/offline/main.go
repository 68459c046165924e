// Command offline gives the routes a canned answerer.
package main

import (
	"net/http"

	"example.com/moderation/inject/llm"
	"example.com/moderation/inject/relay/routes"
)

func main() {
	http.ListenAndServe(":8080", routes.Mux(llm.Canned{}))
}

// offlineDeps gives them a canned answerer in a struct of theirs.
func offlineDeps() http.Handler {
	return routes.FromDeps(routes.Deps{AI: llm.Canned{}})
}
