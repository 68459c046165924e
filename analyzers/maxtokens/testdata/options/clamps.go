package options

import (
	"net/http"
	"strconv"

	"github.com/openai/openai-go/v3"
)

// clamp keeps n between lo and hi.
func clamp(n, lo, hi int64) int64 { return max(lo, min(n, hi)) }

// A clamp above the ceiling lets a user ask for more than it.
func clampedAboveCeiling(w http.ResponseWriter, r *http.Request, client *openai.Client) {
	n, _ := strconv.ParseInt(r.FormValue("max"), 10, 64)
	client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{
		Model:               openai.ChatModelGPT4o,
		MaxCompletionTokens: openai.Int(min(n, 100_000)), // want `^the output token bound comes from user input \(r.FormValue\("max"\)\) clamped at 100000: clamp it at 4096 \(maxtokens.ceiling\)$`
	})
	client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{
		Model:               openai.ChatModelGPT4o,
		MaxCompletionTokens: openai.Int(clamp(n, 1, 8192)), // want `clamped at 8192: clamp it at 4096`
	})
	if n > 10_000 {
		n = 10_000
	}
	client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{
		Model:               openai.ChatModelGPT4o,
		MaxCompletionTokens: openai.Int(n), // want `clamped at 10000: clamp it at 4096`
	})
}

func clampedAtCeiling(w http.ResponseWriter, r *http.Request, client *openai.Client) {
	n, _ := strconv.ParseInt(r.FormValue("max"), 10, 64)
	client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{
		Model:               openai.ChatModelGPT4o,
		MaxCompletionTokens: openai.Int(min(n, 4096)),
	})
	client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{
		Model:               openai.ChatModelGPT4o,
		MaxCompletionTokens: openai.Int(clamp(n, 1, 2048)),
	})
	if n > 4096 {
		n = 4096
	}
	client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{
		Model:               openai.ChatModelGPT4o,
		MaxCompletionTokens: openai.Int(n),
	})
}
