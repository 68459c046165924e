// Package handlers holds promptinject cases for net/http and openai-go v3.
package handlers

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"slices"
	"strings"
	"text/template"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/responses"
)

type server struct{ client openai.Client }

func (s *server) formValueInSystem(w http.ResponseWriter, r *http.Request) {
	persona := r.FormValue("persona")
	s.client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{ // want `^user input from r.FormValue\("persona"\) reaches the system prompt: put it in a user message$`
		Model: openai.ChatModelGPT4o,
		Messages: []openai.ChatCompletionMessageParamUnion{
			openai.SystemMessage("You are " + persona),
			openai.UserMessage("hello"),
		},
	})
}

func (s *server) userMessageOnly(w http.ResponseWriter, r *http.Request) {
	s.client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{
		Model: openai.ChatModelGPT4o,
		Messages: []openai.ChatCompletionMessageParamUnion{
			openai.SystemMessage("You are a support agent."),
			openai.UserMessage(r.FormValue("question")),
		},
	})
}

func (s *server) developerMessage(w http.ResponseWriter, r *http.Request) {
	var b strings.Builder
	b.WriteString("Answer in the style of ")
	b.WriteString(r.Header.Get("X-Style"))
	msgs := []openai.ChatCompletionMessageParamUnion{openai.DeveloperMessage(b.String())}
	s.client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, Messages: msgs}) // want `user input from r.Header reaches the system prompt`
}

type chatRequest struct {
	Question string `json:"question"`
	Tone     string `json:"tone"`
}

func (s *server) decodedBody(w http.ResponseWriter, r *http.Request) {
	var req chatRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		return
	}
	params := openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o}
	params.Messages = append(params.Messages, openai.SystemMessage("Use a "+req.Tone+" tone."))
	params.Messages = append(params.Messages, openai.UserMessage(req.Question))
	s.client.Chat.Completions.New(r.Context(), params) // want `user input from r.Body reaches the system prompt`
}

func (s *server) readAll(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	s.client.Responses.New(r.Context(), responses.ResponseNewParams{ // want `reaches the system prompt`
		Model:        openai.ChatModelGPT4o,
		Instructions: openai.String(string(body)),
	})
}

func (s *server) instructionsFixed(w http.ResponseWriter, r *http.Request) {
	s.client.Responses.New(r.Context(), responses.ResponseNewParams{
		Model:        openai.ChatModelGPT4o,
		Instructions: openai.String("Summarize the user's text."),
		Input:        responses.ResponseNewParamsInputUnion{OfString: openai.String(r.FormValue("text"))},
	})
}

func (s *server) switchAllowlist(w http.ResponseWriter, r *http.Request) {
	lang := r.FormValue("lang")
	switch lang {
	case "English", "French", "German":
	default:
		return
	}
	s.client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{
		Model:    openai.ChatModelGPT4o,
		Messages: []openai.ChatCompletionMessageParamUnion{openai.SystemMessage("Answer in " + lang)},
	})
}

func (s *server) comparisonAllowlist(w http.ResponseWriter, r *http.Request) {
	mode := r.FormValue("mode")
	if mode != "brief" && mode != "detailed" {
		http.Error(w, "bad mode", http.StatusBadRequest)
		return
	}
	s.client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{
		Model:    openai.ChatModelGPT4o,
		Messages: []openai.ChatCompletionMessageParamUnion{openai.SystemMessage("Be " + mode)},
	})
}

func (s *server) checkedOnOneBranchOnly(w http.ResponseWriter, r *http.Request, strict bool) {
	mode := r.FormValue("mode")
	if strict && mode != "brief" {
		return
	}
	s.client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{ // want `user input from r.FormValue\("mode"\) reaches the system prompt`
		Model:    openai.ChatModelGPT4o,
		Messages: []openai.ChatCompletionMessageParamUnion{openai.SystemMessage("Be " + mode)},
	})
}

var personas = map[string]bool{"pirate": true, "poet": true}

func (s *server) mapAllowlist(w http.ResponseWriter, r *http.Request) {
	p := r.FormValue("persona")
	if !personas[p] {
		return
	}
	s.client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{
		Model:    openai.ChatModelGPT4o,
		Messages: []openai.ChatCompletionMessageParamUnion{openai.SystemMessage("You are a " + p)},
	})
}

func (s *server) closure() http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		s.client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{ // want `user input from r.PathValue\("role"\) reaches the system prompt`
			Model:    openai.ChatModelGPT4o,
			Messages: []openai.ChatCompletionMessageParamUnion{openai.SystemMessage(r.PathValue("role"))},
		})
	}
}

func (s *server) notUserInput(w http.ResponseWriter, r *http.Request, configured string) {
	s.client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{
		Model:    openai.ChatModelGPT4o,
		Messages: []openai.ChatCompletionMessageParamUnion{openai.SystemMessage(configured + r.Method)},
	})
}

func (s *server) promptTemplate(w http.ResponseWriter, r *http.Request) {
	s.client.Responses.New(r.Context(), responses.ResponseNewParams{ // want `user input from r.FormValue\("product"\) reaches the system prompt`
		Model: openai.ChatModelGPT4o,
		Prompt: responses.ResponsePromptParam{
			ID: "pmpt_support",
			Variables: map[string]responses.ResponsePromptVariableUnionParam{
				"product": {OfString: openai.String(r.FormValue("product"))},
			},
		},
	})
}

func (s *server) textTemplate(w http.ResponseWriter, r *http.Request) {
	var buf strings.Builder
	systemTmpl.Execute(&buf, map[string]string{"Name": r.FormValue("name")})
	s.client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{ // want `user input from r.FormValue\("name"\) reaches the system prompt`
		Messages: []openai.ChatCompletionMessageParamUnion{openai.SystemMessage(buf.String())},
	})
}

var systemTmpl = template.Must(template.New("system").Parse("You are helping {{.Name}}."))

var tones = []string{"formal", "casual"}

func (s *server) sliceAllowlist(w http.ResponseWriter, r *http.Request) {
	tone := r.FormValue("tone")
	if !slices.Contains(tones, tone) {
		return
	}
	lang := r.FormValue("lang")
	if !slices.Contains([]string{"en", "fr"}, lang) {
		return
	}
	s.client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{
		Messages: []openai.ChatCompletionMessageParamUnion{openai.SystemMessage("Be " + tone + " in " + lang)},
	})
}

func (s *server) sliceOfInput(w http.ResponseWriter, r *http.Request) {
	tone := r.FormValue("tone")
	if !slices.Contains([]string{r.FormValue("allowed")}, tone) {
		return
	}
	s.client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{ // want `user input from r.FormValue\("tone"\) reaches the system prompt`
		Messages: []openai.ChatCompletionMessageParamUnion{openai.SystemMessage("Be " + tone)},
	})
}

func (s *server) capturedByClosure(w http.ResponseWriter, r *http.Request) {
	persona := r.FormValue("persona")
	done := make(chan struct{})
	go func() {
		defer close(done)
		s.client.Chat.Completions.New(context.Background(), openai.ChatCompletionNewParams{ // want `user input from r.FormValue\("persona"\) reaches the system prompt`
			Messages: []openai.ChatCompletionMessageParamUnion{openai.SystemMessage(persona)},
		})
	}()
	<-done
}
