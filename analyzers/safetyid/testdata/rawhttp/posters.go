package rawhttp

import (
	"bytes"
	"encoding/json"
	"net/http"
)

// post marshals what it is given and posts it to a path of the API: its
// calls are the requests.
func post(path string, payload any) (*http.Response, error) {
	body, err := json.Marshal(payload)
	if err != nil {
		return nil, err
	}
	return http.Post("https://api.openai.com/v1"+path, "application/json", bytes.NewReader(body))
}

func askAnonymous(q string) (*http.Response, error) {
	return post("/chat/completions", anonymousRequest{Model: "gpt-4o-mini", Messages: []message{{Role: "user", Content: q}}, MaxTokens: 300}) // want `^chat completion request has no safety_identifier: send a hashed per-user ID$`
}

func askIdentified(q, userHash string) (*http.Response, error) {
	req := identifiedRequest{Model: "gpt-4o-mini", Messages: []message{{Role: "user", Content: q}}}
	req.SafetyIdentifier = userHash
	return post("/chat/completions", req)
}

// An embedding takes no identifier.
func embedPosted(q string) (*http.Response, error) {
	return post("/embeddings", embeddingRequest{Model: "text-embedding-3-small", Input: q})
}
