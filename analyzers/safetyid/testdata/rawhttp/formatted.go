package rawhttp

import (
	"context"
	"fmt"
	"net/http"
	"strings"
)

const completionsURL = "https://api.openai.com/v1/chat/completions"

// A body fmt.Sprintf writes is read by the keys of its format's object.
func formattedAnonymous(ctx context.Context, q string) (*http.Request, error) {
	body := fmt.Sprintf(`{"model":"gpt-4o-mini","max_completion_tokens":256,"messages":[{"role":"user","content":%q}]}`, q)
	return http.NewRequestWithContext(ctx, http.MethodPost, completionsURL, strings.NewReader(body)) // want `^chat completion request has no safety_identifier: send a hashed per-user ID$`
}

func formattedIdentified(ctx context.Context, userHash, q string) (*http.Request, error) {
	body := fmt.Sprintf(`{"model":"gpt-4o-mini","max_completion_tokens":256,"safety_identifier":%q,"messages":[{"role":"user","content":%q}]}`, userHash, q)
	return http.NewRequestWithContext(ctx, http.MethodPost, completionsURL, strings.NewReader(body))
}

func formattedOneForAll(ctx context.Context, q string) (*http.Request, error) {
	body := fmt.Sprintf(`{"model":"gpt-4o-mini","max_completion_tokens":256,"safety_identifier":"my-app","messages":[{"role":"user","content":%q}]}`, q)
	return http.NewRequestWithContext(ctx, http.MethodPost, completionsURL, strings.NewReader(body)) // want `sends a constant safety_identifier`
}
