package rawhttp

import (
	"bytes"
	"encoding/json"
	"net/http"
)

// post marshals what it is given and posts it to a path of the API: its
// calls are the requests, moderations among them.
func post(path string, payload any) (*http.Response, error) {
	data, err := json.Marshal(payload)
	if err != nil {
		return nil, err
	}
	return http.Post("https://api.openai.com/v1"+path, "application/json", bytes.NewReader(data))
}

func screenedPosted(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	resp, err := post("/moderations", map[string]any{"input": q})
	if err != nil {
		return
	}
	defer resp.Body.Close()
	var verdict moderationResult
	if err := json.NewDecoder(resp.Body).Decode(&verdict); err != nil || verdict.Results[0].Flagged {
		http.Error(w, "rejected", http.StatusBadRequest)
		return
	}
	post("/responses", map[string]any{"model": "gpt-4o-mini", "input": q})
}

func unscreenedPosted(w http.ResponseWriter, r *http.Request) {
	post("/responses", map[string]any{"model": "gpt-4o-mini", "input": r.FormValue("q")}) // want `reaches the prompt with no moderation`
}
