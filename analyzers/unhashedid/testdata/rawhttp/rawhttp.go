// Package rawhttp identifies its users in requests it writes itself.
package rawhttp

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
)

type chatRequest struct {
	Model            string `json:"model"`
	Input            string `json:"input"`
	SafetyIdentifier string `json:"safety_identifier,omitempty"`
}

type user struct{ Email string }

func ask(u user, q string) (*http.Response, error) {
	body, err := json.Marshal(chatRequest{Model: "gpt-4o-mini", Input: q, SafetyIdentifier: u.Email}) // want `^safety_identifier is an e-mail address \(u.Email\) with no hash`
	if err != nil {
		return nil, err
	}
	return http.Post("https://api.openai.com/v1/responses", "application/json", bytes.NewReader(body))
}

func askHashed(u user, q string) (*http.Response, error) {
	sum := sha256.Sum256([]byte(u.Email))
	body, err := json.Marshal(chatRequest{Model: "gpt-4o-mini", Input: q, SafetyIdentifier: hex.EncodeToString(sum[:])})
	if err != nil {
		return nil, err
	}
	return http.Post("https://api.openai.com/v1/responses", "application/json", bytes.NewReader(body))
}
