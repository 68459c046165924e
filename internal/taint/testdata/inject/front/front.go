// Package front passes user input to what the factory picks: the
// implementations it wires are followed from here, and the flows
// reported here.
package front

import (
	"net/http"

	"example.com/taint/inject/factory"
)

func Ask(w http.ResponseWriter, r *http.Request) {
	a := factory.New(r.FormValue("kind"))
	a.Answer(r.Context(), r.FormValue("q")) // want `^flow from r.FormValue\("q"\) to a chat completion request sent by OpenAI.Answer \(wired as the ports.Answerer at factory/factory.go:21\) \[system\]$`
	a.Answer(r.Context(), "hello")
	factory.Echo().Answer(r.Context(), r.FormValue("q"))
}

func Title(w http.ResponseWriter, r *http.Request) {
	t := factory.NewTools()
	t.Title(r.Context(), r.FormValue("doc")) // want `^flow from r.FormValue\("doc"\) to a chat completion request sent by llm.Title \(wired as the factory.Tools.Title at factory/factory.go:36\)$`
	t.Upper(r.Context(), r.FormValue("doc"))
}
