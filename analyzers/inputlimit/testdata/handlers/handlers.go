// Package handlers holds inputlimit cases.
package handlers

import (
	"encoding/json"
	"io"
	"net/http"

	"github.com/openai/openai-go/v3"
)

type server struct{ client openai.Client }

func ask(q string) openai.ChatCompletionNewParams {
	return openai.ChatCompletionNewParams{Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(q)}}
}

func (s *server) unbounded(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	s.client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{ // want `^user input from r.FormValue\("q"\) reaches the prompt with no length limit: cap its length$`
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(q)},
	})
}

func (s *server) rejected(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	if len(q) > 4000 {
		http.Error(w, "too long", http.StatusRequestEntityTooLarge)
		return
	}
	s.client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(q)},
	})
}

func (s *server) rejectedOtherWay(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	if 4000 < len(q) {
		return
	}
	s.client.Chat.Completions.New(r.Context(), ask(q))
}

func (s *server) truncated(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	if len(q) > 4000 {
		q = q[:4000]
	}
	s.client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(q)},
	})
}

func (s *server) sliced(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	q = q[:min(len(q), 4000)]
	s.client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(q)},
	})
}

func (s *server) checkedOnOneBranch(w http.ResponseWriter, r *http.Request, strict bool) {
	q := r.FormValue("q")
	if strict && len(q) > 4000 {
		return
	}
	s.client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{ // want `user input from r.FormValue\("q"\) reaches the prompt`
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(q)},
	})
}

func (s *server) maxBytes(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 1<<16)
	var req struct{ Question string }
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		return
	}
	s.client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(req.Question)},
	})
}

func (s *server) limitReader(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(io.LimitReader(r.Body, 1<<16))
	s.client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(string(body))},
	})
}

func (s *server) wholeBody(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	s.client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{ // want `user input from r.Body reaches the prompt`
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(string(body))},
	})
}

func (s *server) oneBoundedOneNot(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	if len(q) > 100 {
		return
	}
	s.client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{ // want `user input from r.FormValue\("context"\) reaches the prompt`
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(q), openai.UserMessage(r.FormValue("context"))},
	})
}

var sizes = map[string]bool{"short": true, "long": true}

func (s *server) allowlisted(w http.ResponseWriter, r *http.Request) {
	size := r.FormValue("size")
	if !sizes[size] {
		return
	}
	s.client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage("Write a " + size + " poem")},
	})
}
