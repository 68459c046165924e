package rawhttp

import (
	"fmt"
	"net/http"
	"strings"
)

// A body fmt.Sprintf writes carries the input it formats to the prompt.
func askFormatted(w http.ResponseWriter, r *http.Request) {
	body := fmt.Sprintf(`{"model":"gpt-4o-mini","messages":[{"role":"user","content":%q}]}`, r.FormValue("q"))
	http.Post("https://api.openai.com/v1/chat/completions", "application/json", strings.NewReader(body)) // want `^user input from r.FormValue\("q"\) reaches the prompt with no moderation`
}

func formattedFixed(w http.ResponseWriter, r *http.Request) {
	body := fmt.Sprintf(`{"model":%q,"messages":[{"role":"user","content":"Tell me a joke."}]}`, "gpt-4o-mini")
	http.Post("https://api.openai.com/v1/chat/completions", "application/json", strings.NewReader(body))
}

// The same text posted somewhere else is no prompt.
func archiveFormatted(w http.ResponseWriter, r *http.Request) {
	body := fmt.Sprintf(`{"model":"gpt-4o-mini","messages":[{"role":"user","content":%q}]}`, r.FormValue("q"))
	http.Post("https://example.com/archive", "application/json", strings.NewReader(body))
}
