package rawhttp

import (
	"bytes"
	"encoding/json"
	"net/http"
)

// A body written as a map, or with a JSON encoder, carries its input to
// the prompt too.
func askMap(w http.ResponseWriter, r *http.Request) {
	body, _ := json.Marshal(map[string]any{"model": "gpt-4o-mini", "input": r.FormValue("q")})
	http.Post("https://api.openai.com/v1/responses", "application/json", bytes.NewReader(body)) // want `^user input from r.FormValue\("q"\) reaches the prompt with no moderation`
}

func askEncoded(w http.ResponseWriter, r *http.Request) {
	buf := new(bytes.Buffer)
	enc := json.NewEncoder(buf)
	enc.Encode(map[string]any{"model": "gpt-4o-mini", "input": r.FormValue("q")})
	http.Post("https://api.openai.com/v1/responses", "application/json", buf) // want `^user input from r.FormValue\("q"\) reaches the prompt with no moderation`
}

func encodedFixed(w http.ResponseWriter, r *http.Request) {
	buf := new(bytes.Buffer)
	json.NewEncoder(buf).Encode(map[string]any{"model": "gpt-4o-mini", "input": "Tell me a joke."})
	http.Post("https://api.openai.com/v1/responses", "application/json", buf)
}

// The same map posted somewhere else is no prompt.
func archiveMap(w http.ResponseWriter, r *http.Request) {
	body, _ := json.Marshal(map[string]any{"model": "gpt-4o-mini", "input": r.FormValue("q")})
	http.Post("https://example.com/archive", "application/json", bytes.NewReader(body))
}
