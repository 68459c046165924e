// Command deskserver wires desks with what constructors return as the
// ports' interface: the conversions are in the constructors' packages.
package main

import (
	"net/http"

	"example.com/taint/inject/canned"
	"example.com/taint/inject/desk"
	"example.com/taint/inject/factory"
)

func main() {
	d := &desk.Desk{AI: factory.New("openai")} // want `^flow from r.FormValue\("q"\) \(desk/desk.go:15\) to a chat completion request sent by OpenAI.Answer \(wired here as the ports.Answerer called at desk/desk.go:15\) \[system\]$` `^output of chat completion request reaches command execution$`
	http.HandleFunc("/ask", d.Serve)
	safe := &desk.Desk{AI: canned.New()}
	http.HandleFunc("/canned", safe.Serve)
	if err := factory.Check(); err != nil {
		return
	}
	http.ListenAndServe(":8080", nil)
}
