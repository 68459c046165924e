// Package desk passes user input to an Answerer of the ports package,
// which main fills with what a constructor of another package returns.
package desk

import (
	"net/http"
	"os/exec"

	"example.com/taint/inject/ports"
)

type Desk struct{ AI ports.Answerer }

func (d *Desk) Serve(w http.ResponseWriter, r *http.Request) {
	d.AI.Answer(r.Context(), r.FormValue("q"))
	exec.Command("sh", "-c", d.AI.Answer(r.Context(), "a command")).Run()
}
