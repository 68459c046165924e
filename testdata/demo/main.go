// Command chatdemo is a small chat web service on the OpenAI API. It breaks
// several of OpenAI's safety practices on purpose: it is the sample that
// openaivet's README runs on.
package main

import (
	"context"
	"encoding/json"
	"log"
	"net/http"

	"example.com/chatdemo/llm"
	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
	"github.com/openai/openai-go/v3/realtime"
	"github.com/openai/openai-go/v3/responses"
)

type server struct {
	client openai.Client
	llm    *llm.Assistant
}

type chatRequest struct {
	Message string `json:"message"`
}

// chat answers one message from a signed-in user.
func (s *server) chat(w http.ResponseWriter, r *http.Request) {
	var req chatRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	userID := r.Header.Get("X-User-ID")
	resp, err := s.client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{
		Model: openai.ChatModelGPT4oMini,
		Messages: []openai.ChatCompletionMessageParamUnion{
			openai.SystemMessage("You are a helpful support assistant. Answer in a " + r.URL.Query().Get("tone") + " tone."),
			openai.UserMessage(req.Message),
		},
	})
	if err != nil {
		http.Error(w, "upstream error", http.StatusBadGateway)
		return
	}
	_ = userID
	json.NewEncoder(w).Encode(resp.Choices[0].Message.Content)
}

// summarize shortens a document for anyone, signed in or not.
func (s *server) summarize(w http.ResponseWriter, r *http.Request) {
	text := r.FormValue("text")
	resp, err := s.client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{
		Model:            openai.ChatModelGPT4oMini,
		Messages:         []openai.ChatCompletionMessageParamUnion{openai.UserMessage("Summarize:\n" + text)},
		MaxTokens:        openai.Int(300),
		SafetyIdentifier: openai.String("anonymous"),
	})
	if err != nil {
		http.Error(w, "upstream error", http.StatusBadGateway)
		return
	}
	json.NewEncoder(w).Encode(resp.Choices[0].Message.Content)
}

// translate goes through the llm package, which builds the request.
func (s *server) translate(w http.ResponseWriter, r *http.Request) {
	answer, err := s.llm.Translate(r.Context(), r.Header.Get("X-User-ID"), r.FormValue("text"))
	if err != nil {
		http.Error(w, "upstream error", http.StatusBadGateway)
		return
	}
	json.NewEncoder(w).Encode(answer)
}

// feedback classifies feedback before it is posted, on behalf of its author.
func (s *server) feedback(w http.ResponseWriter, r *http.Request) {
	email := r.FormValue("email")
	resp, err := s.client.Responses.New(r.Context(), responses.ResponseNewParams{
		Model:            openai.ChatModelGPT4oMini,
		Input:            responses.ResponseNewParamsInputUnion{OfString: openai.String("Classify this feedback: " + r.FormValue("text"))},
		MaxOutputTokens:  openai.Int(50),
		SafetyIdentifier: openai.String(email),
	})
	if err != nil {
		http.Error(w, "upstream error", http.StatusBadGateway)
		return
	}
	json.NewEncoder(w).Encode(resp.OutputText())
}

// realtimeToken mints a short-lived client secret for the browser.
func (s *server) realtimeToken(w http.ResponseWriter, r *http.Request) {
	c := openai.NewClient()
	secret, err := c.Realtime.ClientSecrets.New(r.Context(), realtime.ClientSecretNewParams{})
	if err != nil {
		http.Error(w, "upstream error", http.StatusBadGateway)
		return
	}
	json.NewEncoder(w).Encode(secret.Value)
}

// health is done right: bounded, and identified by the caller's hashed ID.
func (s *server) health(ctx context.Context, userHash string) error {
	_, err := s.client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Model:               openai.ChatModelGPT4oMini,
		Messages:            []openai.ChatCompletionMessageParamUnion{openai.UserMessage("ping")},
		MaxCompletionTokens: openai.Int(5),
		SafetyIdentifier:    openai.String(userHash),
	})
	return err
}

func main() {
	client := openai.NewClient(option.WithMaxRetries(2), option.WithAPIKey("sk-wpc0A5SuLfmaNIddZf9nsLUzEouCjDAhCz9cDEOwd2IuRbzk"))
	s := &server{client: client, llm: llm.New(client)}
	http.HandleFunc("POST /chat", s.chat)
	http.HandleFunc("POST /summarize", s.summarize)
	http.HandleFunc("POST /translate", s.translate)
	http.HandleFunc("POST /feedback", s.feedback)
	http.HandleFunc("POST /realtime/token", s.realtimeToken)
	handleOtherClients()
	log.Fatal(http.ListenAndServe("localhost:8080", nil))
}
