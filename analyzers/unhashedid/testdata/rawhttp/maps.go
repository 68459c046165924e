package rawhttp

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
)

// A map body's safety_identifier key is read as the field is.
func askMap(u user, q string) (*http.Response, error) {
	body, _ := json.Marshal(map[string]any{"model": "gpt-4o-mini", "input": q, "safety_identifier": u.Email}) // want `^safety_identifier is an e-mail address \(u.Email\) with no hash`
	return http.Post("https://api.openai.com/v1/responses", "application/json", bytes.NewReader(body))
}

func askMapHashed(u user, q string) (*http.Response, error) {
	sum := sha256.Sum256([]byte(u.Email))
	body, _ := json.Marshal(map[string]any{"model": "gpt-4o-mini", "input": q, "safety_identifier": hex.EncodeToString(sum[:])})
	return http.Post("https://api.openai.com/v1/responses", "application/json", bytes.NewReader(body))
}
