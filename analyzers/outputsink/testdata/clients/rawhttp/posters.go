package rawhttp

import (
	"bytes"
	"encoding/json"
	"net/http"
	"os/exec"
)

// send posts the bytes its caller marshalled: the model's answer comes
// back in what it returns.
func send(body []byte) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodPost, "https://api.openai.com/v1/chat/completions", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req)
}

func suggestSent() (string, error) {
	body, err := json.Marshal(chatRequest{Model: "gpt-4o-mini", Messages: []message{{Role: "user", Content: "Name one shell command."}}, MaxTokens: 50})
	if err != nil {
		return "", err
	}
	resp, err := send(body)
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

func runSent() error {
	cmd, err := suggestSent()
	if err != nil {
		return err
	}
	return exec.Command("sh", "-c", cmd).Run() // want `reaches command execution unreviewed`
}

// The same bytes posted somewhere that is no model: what comes back is
// not model output.
func sendStatus(body []byte) (*http.Response, error) {
	return http.Post("https://status.example.com/v1/commands", "application/json", bytes.NewReader(body))
}

func runStatus() error {
	body, err := json.Marshal(chatRequest{Model: "gpt-4o-mini", Messages: []message{{Role: "user", Content: "next"}}, MaxTokens: 50})
	if err != nil {
		return err
	}
	resp, err := sendStatus(body)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var out chatResponse
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return err
	}
	return exec.Command("sh", "-c", out.Choices[0].Message.Content).Run()
}
