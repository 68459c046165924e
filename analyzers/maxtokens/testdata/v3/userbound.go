package v3

import (
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/openai/openai-go/v3"
)

type server struct{ client openai.Client }

func (s *server) unclamped(w http.ResponseWriter, r *http.Request) {
	n, _ := strconv.Atoi(r.FormValue("max"))
	s.client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{
		Model:               openai.ChatModelGPT4o,
		MaxCompletionTokens: openai.Int(int64(n)), // want `^the output token bound comes from user input \(r.FormValue\("max"\)\) with no clamp: clamp it, as in min\(n, limit\)$`
	})
}

func (s *server) clampedWithMin(w http.ResponseWriter, r *http.Request) {
	n, _ := strconv.Atoi(r.FormValue("max"))
	s.client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{
		Model:               openai.ChatModelGPT4o,
		MaxCompletionTokens: openai.Int(int64(min(n, 2048))),
	})
}

func (s *server) clampedWithCheck(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.ParseInt(r.FormValue("max"), 10, 64)
	if err != nil || n > 2048 {
		http.Error(w, "max too large", http.StatusBadRequest)
		return
	}
	s.client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{
		Model:               openai.ChatModelGPT4o,
		MaxCompletionTokens: openai.Int(n),
	})
}

func (s *server) lowered(w http.ResponseWriter, r *http.Request) {
	n, _ := strconv.ParseInt(r.FormValue("max"), 10, 64)
	if n > 2048 {
		n = 2048
	}
	s.client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{
		Model:               openai.ChatModelGPT4o,
		MaxCompletionTokens: openai.Int(n),
	})
}

// clamp keeps n between lo and hi.
func clamp(n, lo, hi int64) int64 {
	if n < lo {
		return lo
	}
	if n > hi {
		return hi
	}
	return n
}

// between is clamp written with min and max.
func between(n, lo, hi int64) int64 { return max(lo, min(n, hi)) }

func (s *server) clampedByHelper(w http.ResponseWriter, r *http.Request) {
	n, _ := strconv.ParseInt(r.FormValue("max"), 10, 64)
	s.client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{
		Model:               openai.ChatModelGPT4o,
		MaxCompletionTokens: openai.Int(clamp(n, 1, 2048)),
	})
	s.client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{
		Model:               openai.ChatModelGPT4o,
		MaxCompletionTokens: openai.Int(between(n, 1, 2048)),
	})
}

func (s *server) clampedToUserValue(w http.ResponseWriter, r *http.Request) {
	n, _ := strconv.ParseInt(r.FormValue("max"), 10, 64)
	hi, _ := strconv.ParseInt(r.FormValue("hi"), 10, 64)
	s.client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{
		Model:               openai.ChatModelGPT4o,
		MaxCompletionTokens: openai.Int(clamp(n, 1, hi)), // want `output token bound comes from user input \(r.FormValue\("max"\)\) with no clamp`
	})
}

type limits struct{ maxTokens int64 }

type configured struct {
	client openai.Client
	limits limits
}

func (s *configured) configuredCeiling(w http.ResponseWriter, r *http.Request) {
	n, _ := strconv.ParseInt(r.FormValue("max"), 10, 64)
	s.client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{
		Model:               openai.ChatModelGPT4o,
		MaxCompletionTokens: openai.Int(min(n, s.limits.maxTokens)),
	})
	if n > s.limits.maxTokens {
		n = s.limits.maxTokens
	}
	s.client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{
		Model:               openai.ChatModelGPT4o,
		MaxCompletionTokens: openai.Int(n),
	})
}

func (s *configured) ceilingFromTheRequest(w http.ResponseWriter, r *http.Request) {
	var req struct{ Max, Ceiling int64 }
	json.NewDecoder(r.Body).Decode(&req)
	s.client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{
		Model:               openai.ChatModelGPT4o,
		MaxCompletionTokens: openai.Int(min(req.Max, req.Ceiling)), // want `output token bound comes from user input \(r.Body\) with no clamp`
	})
}

// max raises a bound; it does not lower one.
func (s *server) floorIsNoClamp(w http.ResponseWriter, r *http.Request) {
	n, _ := strconv.ParseInt(r.FormValue("max"), 10, 64)
	s.client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{
		Model:               openai.ChatModelGPT4o,
		MaxCompletionTokens: openai.Int(max(n, 256)), // want `output token bound comes from user input \(r.FormValue\("max"\)\) with no clamp`
	})
	s.client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{
		Model:               openai.ChatModelGPT4o,
		MaxCompletionTokens: openai.Int(max(min(n, 2048), 256)),
	})
}
