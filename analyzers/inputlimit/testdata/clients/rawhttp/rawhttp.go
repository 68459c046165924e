// Package rawhttp asks for images with a request it writes itself.
package rawhttp

import (
	"bytes"
	"encoding/json"
	"net/http"
)

type imageRequest struct {
	Model  string `json:"model"`
	Prompt string `json:"prompt"`
}

// draw sends the request it is given: each caller's is checked.
func draw(ir imageRequest) (*http.Response, error) {
	body, err := json.Marshal(ir)
	if err != nil {
		return nil, err
	}
	return http.Post("https://api.openai.com/v1/images/generations", "application/json", bytes.NewReader(body))
}

func handle(w http.ResponseWriter, r *http.Request) {
	draw(imageRequest{Model: "gpt-image-1", Prompt: r.FormValue("prompt")}) // want `^user input from r.FormValue\("prompt"\) reaches the prompt with no length limit`
}

func handleShort(w http.ResponseWriter, r *http.Request) {
	prompt := r.FormValue("prompt")
	if len(prompt) > 500 {
		prompt = prompt[:500]
	}
	draw(imageRequest{Model: "gpt-image-1", Prompt: prompt})
}
