// Package plain reads user input but sends nothing to OpenAI.
package plain

import (
	"fmt"
	"net/http"
)

func Handle(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintln(w, r.FormValue("q"))
}
