// Package chatapi passes what users send through the entity package's
// constructors on to the model.
package chatapi

import (
	"fmt"
	"net/http"

	"example.com/sources/entity"
	"example.com/sources/llm"
)

type api struct{ llm *llm.Client }

func (a *api) chat(w http.ResponseWriter, r *http.Request) {
	msg, err := entity.NewMessage("user", r.FormValue("q")) // want `^source r.FormValue\("q"\)$`
	if err != nil {
		return
	}
	a.llm.Ask(r.Context(), msg.Content)
	a.llm.Ask(r.Context(), entity.Quote(r.FormValue("quote"))) // want `^source r.FormValue\("quote"\)$`
	a.llm.Ask(r.Context(), "digest "+entity.Fingerprint(r.FormValue("secret")))
	a.llm.Ask(r.Context(), fmt.Sprint(entity.Size(r.FormValue("size"))))
}
