package rawhttp

import (
	"bytes"
	"encoding/json"
	"net/http"
)

// Messages written as maps carry their role by a key; a Responses map's
// instructions are system text.
func mapSystem(w http.ResponseWriter, r *http.Request) {
	topic := r.FormValue("topic")
	body, _ := json.Marshal(map[string]any{
		"model":    "gpt-4o-mini",
		"messages": []map[string]string{{"role": "system", "content": "Only discuss " + topic}},
	})
	http.Post(chatURL, "application/json", bytes.NewReader(body)) // want `user input from r.FormValue\("topic"\) reaches the system prompt`
}

func mapUser(w http.ResponseWriter, r *http.Request) {
	topic := r.FormValue("topic")
	body, _ := json.Marshal(map[string]any{
		"model": "gpt-4o-mini",
		"messages": []map[string]string{
			{"role": "system", "content": "Only discuss cooking."},
			{"role": "user", "content": topic},
		},
	})
	http.Post(chatURL, "application/json", bytes.NewReader(body))
}

// A Responses request's instructions are system text.
func encodedInstructions(w http.ResponseWriter, r *http.Request) {
	persona := r.FormValue("persona")
	var buf bytes.Buffer
	json.NewEncoder(&buf).Encode(map[string]any{"model": "gpt-4o-mini", "instructions": "You are " + persona, "input": "Hello"})
	http.Post("https://api.openai.com/v1/responses", "application/json", &buf) // want `user input from r.FormValue\("persona"\) reaches the system prompt`
}

func encodedInput(w http.ResponseWriter, r *http.Request) {
	persona := r.FormValue("persona")
	var buf bytes.Buffer
	json.NewEncoder(&buf).Encode(map[string]any{"model": "gpt-4o-mini", "instructions": "You are a helpful assistant.", "input": persona})
	http.Post("https://api.openai.com/v1/responses", "application/json", &buf)
}
