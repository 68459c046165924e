// Package rawhttp decodes the model's answer from a response it reads
// itself.
package rawhttp

import (
	"bytes"
	"encoding/json"
	"net/http"
	"os/exec"
)

type message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

type chatRequest struct {
	Model     string    `json:"model"`
	Messages  []message `json:"messages"`
	MaxTokens int       `json:"max_completion_tokens"`
}

type chatResponse struct {
	Choices []struct {
		Message message `json:"message"`
	} `json:"choices"`
}

func suggest() (string, error) {
	body, err := json.Marshal(chatRequest{Model: "gpt-4o-mini", Messages: []message{{Role: "user", Content: "Name one shell command."}}, MaxTokens: 50})
	if err != nil {
		return "", err
	}
	req, err := http.NewRequest(http.MethodPost, "https://api.openai.com/v1/chat/completions", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out chatResponse
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", err
	}
	return out.Choices[0].Message.Content, nil
}

func run() error {
	cmd, err := suggest()
	if err != nil {
		return err
	}
	return exec.Command("sh", "-c", cmd).Run() // want `reaches command execution unreviewed`
}

func show() (string, error) {
	return suggest()
}
