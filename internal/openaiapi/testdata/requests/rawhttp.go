package requests

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
)

type rawMessage struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

type rawChat struct {
	Model     string       `json:"model"`
	Messages  []rawMessage `json:"messages"`
	MaxTokens int          `json:"max_completion_tokens,omitempty"`
	User      string       `json:"safety_identifier,omitempty"`
}

type rawModeration struct {
	Input string `json:"input"`
}

func rawRequests(base, id string, n int) {
	b, _ := json.Marshal(rawChat{Model: "gpt-4o", MaxTokens: n, User: id})
	http.NewRequest("POST", "https://api.openai.com/v1/chat/completions", bytes.NewReader(b)) // want `^chat completion \[text\] max_completion_tokens:literal model:literal=const safety_identifier:literal$`
	http.Post(base+"/v1/chat/completions/", "application/json", strings.NewReader(string(b))) // want `^chat completion \[text\] max_completion_tokens:literal model:literal=const safety_identifier:literal$`
	mb, _ := json.Marshal(rawModeration{Input: "hi"})
	http.Post(fmt.Sprintf("%s/moderations", base), "application/json", bytes.NewBuffer(mb)) // want `^moderation \[moderation\]`
	// A body without the endpoint's input is some other API's.
	http.Post(fmt.Sprintf("%s/moderations", base), "application/json", bytes.NewBuffer(b))
	http.Post(base+"/v1/models", "application/json", bytes.NewReader(b))
	http.Post("https://api.openai.com/v1/chat/completions", "application/json", nil)
	var anything any = rawChat{}
	m, _ := json.Marshal(anything)
	http.Post("https://api.openai.com/v1/chat/completions", "application/json", bytes.NewReader(m))
}
