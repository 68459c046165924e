package v3

import (
	"net/http"
	"strconv"

	"github.com/openai/openai-go/v3"
)

type server struct{ client openai.Client }

func (s *server) unclamped(w http.ResponseWriter, r *http.Request) {
	n, _ := strconv.Atoi(r.FormValue("max"))
	s.client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{
		Model:               openai.ChatModelGPT4o,
		MaxCompletionTokens: openai.Int(int64(n)), // want `^the output token bound comes from user input \(r.FormValue\("max"\)\) with no clamp: a user can ask for as many tokens as the model allows; clamp it, as in min\(n, limit\)$`
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
