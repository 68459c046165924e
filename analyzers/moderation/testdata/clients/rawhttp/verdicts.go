package rawhttp

import (
	"bytes"
	"encoding/json"
	"io"
	"log"
	"net/http"
)

// A program that calls /moderations itself reads the verdict from the
// response it decodes.
type moderationResult struct {
	Results []struct {
		Flagged bool `json:"flagged"`
	} `json:"results"`
}

const responsesURL = "https://api.openai.com/v1/responses"

func screenedDecoded(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	mb, _ := json.Marshal(map[string]any{"input": q})
	req, _ := http.NewRequestWithContext(r.Context(), http.MethodPost, "https://api.openai.com/v1/moderations", bytes.NewReader(mb))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return
	}
	defer resp.Body.Close()
	var verdict moderationResult
	if err := json.NewDecoder(resp.Body).Decode(&verdict); err != nil || verdict.Results[0].Flagged {
		http.Error(w, "rejected", http.StatusBadRequest)
		return
	}
	body, _ := json.Marshal(map[string]any{"model": "gpt-4o-mini", "input": q})
	http.Post(responsesURL, "application/json", bytes.NewReader(body))
}

func screenedUnmarshalled(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	mb, _ := json.Marshal(map[string]any{"input": q})
	resp, err := http.Post("https://api.openai.com/v1/moderations", "application/json", bytes.NewReader(mb))
	if err != nil {
		return
	}
	data, _ := io.ReadAll(resp.Body)
	var verdict moderationResult
	if err := json.Unmarshal(data, &verdict); err != nil || verdict.Results[0].Flagged {
		return
	}
	body, _ := json.Marshal(map[string]any{"model": "gpt-4o-mini", "input": q})
	http.Post(responsesURL, "application/json", bytes.NewReader(body))
}

// A verdict that is only logged stops nothing.
func screenedLogged(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	mb, _ := json.Marshal(map[string]any{"input": q})
	resp, err := http.Post("https://api.openai.com/v1/moderations", "application/json", bytes.NewReader(mb))
	if err != nil {
		return
	}
	var verdict moderationResult
	json.NewDecoder(resp.Body).Decode(&verdict)
	if verdict.Results[0].Flagged {
		log.Print("flagged")
	}
	body, _ := json.Marshal(map[string]any{"model": "gpt-4o-mini", "input": q})
	http.Post(responsesURL, "application/json", bytes.NewReader(body)) // want `reaches the prompt with no moderation`
}

// A flagged field of some other service's answer is no verdict.
func screenedElsewhere(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	mb, _ := json.Marshal(map[string]any{"input": q})
	resp, err := http.Post("https://filter.example.com/check", "application/json", bytes.NewReader(mb))
	if err != nil {
		return
	}
	var verdict moderationResult
	if err := json.NewDecoder(resp.Body).Decode(&verdict); err != nil || verdict.Results[0].Flagged {
		return
	}
	body, _ := json.Marshal(map[string]any{"model": "gpt-4o-mini", "input": q})
	http.Post(responsesURL, "application/json", bytes.NewReader(body)) // want `reaches the prompt with no moderation`
}
