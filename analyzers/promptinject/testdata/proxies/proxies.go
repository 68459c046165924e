// Package proxies holds promptinject cases for handlers that decode a whole
// request, or its messages, from the client and send it on: the client
// chooses every role, the system prompt included. Where the request itself
// is sent as decoded, its output token bound is the client's too; lines
// marked "user's bound" are where maxtokens says so (see the test).
package proxies

import (
	"encoding/json"
	"io"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/openai/openai-go/v3"
	goopenai "github.com/sashabaranov/go-openai"
)

type server struct {
	client openai.Client
	g      *goopenai.Client
}

func (s *server) proxy(w http.ResponseWriter, r *http.Request) {
	var params openai.ChatCompletionNewParams
	if err := json.NewDecoder(r.Body).Decode(&params); err != nil { // user's bound
		return
	}
	s.client.Chat.Completions.New(r.Context(), params) // want `user input from r.Body reaches the system prompt`
}

func (s *server) goOpenAIProxy(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	var req goopenai.ChatCompletionRequest
	if err := json.Unmarshal(body, &req); err != nil { // user's bound
		return
	}
	req.Model = goopenai.GPT4o
	s.g.CreateChatCompletion(r.Context(), req) // want `user input from r.Body reaches the system prompt`
}

func (s *server) ginProxy(c *gin.Context) {
	var req goopenai.ChatCompletionRequest
	if err := c.ShouldBindJSON(&req); err != nil { // user's bound
		return
	}
	s.g.CreateChatCompletion(c, req) // want `user input from c.ShouldBindJSON\(\) reaches the system prompt`
}

// The proxy sets a bound of its own: the client still writes the system
// prompt, but not the bound.
func (s *server) clampingProxy(w http.ResponseWriter, r *http.Request) {
	var req goopenai.ChatCompletionRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		return
	}
	req.MaxCompletionTokens = min(req.MaxCompletionTokens, 1024)
	req.MaxTokens = 0
	s.g.CreateChatCompletion(r.Context(), req) // want `user input from r.Body reaches the system prompt`
}

// The client sends the history, as the library's messages.
func (s *server) history(w http.ResponseWriter, r *http.Request) {
	var body struct {
		Messages []goopenai.ChatCompletionMessage `json:"messages"`
	}
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		return
	}
	s.g.CreateChatCompletion(r.Context(), goopenai.ChatCompletionRequest{ // want `user input from r.Body reaches the system prompt`
		Model:     goopenai.GPT4o,
		Messages:  body.Messages,
		MaxTokens: 512,
	})
}

func (s *server) unionHistory(w http.ResponseWriter, r *http.Request) {
	var msgs []openai.ChatCompletionMessageParamUnion
	if err := json.NewDecoder(r.Body).Decode(&msgs); err != nil {
		return
	}
	s.client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{ // want `user input from r.Body reaches the system prompt`
		Model:               openai.ChatModelGPT4o,
		Messages:            msgs,
		MaxCompletionTokens: openai.Int(512),
	})
}

// Their negative twins: the client sends its words, or user messages
// only, and the server writes the rest of the request.
func (s *server) userMessages(w http.ResponseWriter, r *http.Request) {
	var turns []openai.ChatCompletionUserMessageParam
	if err := json.NewDecoder(r.Body).Decode(&turns); err != nil {
		return
	}
	msgs := []openai.ChatCompletionMessageParamUnion{openai.SystemMessage("Be brief.")}
	for i := range turns {
		msgs = append(msgs, openai.ChatCompletionMessageParamUnion{OfUser: &turns[i]})
	}
	s.client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{
		Model:               openai.ChatModelGPT4o,
		Messages:            msgs,
		MaxCompletionTokens: openai.Int(512),
	})
}

type question struct {
	Text string `json:"text"`
}

func (s *server) words(w http.ResponseWriter, r *http.Request) {
	var q question
	if err := json.NewDecoder(r.Body).Decode(&q); err != nil {
		return
	}
	s.g.CreateChatCompletion(r.Context(), goopenai.ChatCompletionRequest{
		Model: goopenai.GPT4o,
		Messages: []goopenai.ChatCompletionMessage{
			{Role: goopenai.ChatMessageRoleSystem, Content: "Be brief."},
			{Role: goopenai.ChatMessageRoleUser, Content: q.Text},
		},
		MaxTokens: 512,
	})
}

// The request's own decoder is a decoder too.
func (s *server) unmarshalJSON(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	var params openai.ChatCompletionNewParams
	if err := params.UnmarshalJSON(body); err != nil { // user's bound
		return
	}
	s.client.Chat.Completions.New(r.Context(), params) // want `user input from r.Body reaches the system prompt`
}

// Its negative twin: extra fields the server sets from the user's input
// are not a request the user writes.
func (s *server) extraFields(w http.ResponseWriter, r *http.Request) {
	params := openai.ChatCompletionNewParams{
		Model:               openai.ChatModelGPT4o,
		Messages:            []openai.ChatCompletionMessageParamUnion{openai.UserMessage("hello")},
		MaxCompletionTokens: openai.Int(512),
	}
	params.SetExtraFields(map[string]any{"metadata": map[string]string{"locale": r.FormValue("locale")}})
	s.client.Chat.Completions.New(r.Context(), params)
}
