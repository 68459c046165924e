package rawhttp

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"strings"
)

// A body fmt.Sprintf writes is read by the keys of its format's object.
func formatted(ctx context.Context, model, messages string) (*http.Request, error) {
	body := []byte(fmt.Sprintf(`{"model": "%s", "messages": %s}`, model, messages))
	return http.NewRequestWithContext(ctx, http.MethodPost, chatURL, bytes.NewBuffer(body)) // want `^chat completion request has no output token limit: set a max_completion_tokens key in the body$`
}

func formattedBounded(ctx context.Context, q string) (*http.Request, error) {
	body := fmt.Sprintf(`{"model":"gpt-4o-mini","max_completion_tokens":%d,"messages":[{"role":"user","content":%q}]}`, 256, q)
	return http.NewRequestWithContext(ctx, http.MethodPost, chatURL, strings.NewReader(body))
}

func formattedLegacy(ctx context.Context, q string) (*http.Request, error) {
	body := fmt.Sprintf(`{"model":"gpt-4o-mini","max_tokens":256,"messages":[{"role":"user","content":"%s"}]}`, q)
	return http.NewRequestWithContext(ctx, http.MethodPost, chatURL, strings.NewReader(body)) // want `chat completion request uses the deprecated "max_tokens": use a max_completion_tokens key in the body`
}

// Text that is no JSON object, or goes to no endpoint, is no request.
func formattedText(ctx context.Context, q string) (*http.Request, error) {
	body := fmt.Sprintf("messages=%s", q)
	return http.NewRequestWithContext(ctx, http.MethodPost, chatURL, strings.NewReader(body))
}

func formattedElsewhere(ctx context.Context, q string) (*http.Request, error) {
	body := fmt.Sprintf(`{"model":"gpt-4o-mini","messages":[{"role":"user","content":%q}]}`, q)
	return http.NewRequestWithContext(ctx, http.MethodPost, "https://example.com/archive", strings.NewReader(body))
}
