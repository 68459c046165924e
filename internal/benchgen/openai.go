package benchgen

import "github.com/openaivet/openaivet/internal/secret/fakekey"

// openaiData fills the templates of the packages that reach the model.
type openaiData struct {
	Service, Module string
	// Key is the project key written into the command, made when the
	// module is written.
	Key string
}

// serviceKey returns the key written into service i's command: a seed per
// service, so that each has a key of its own.
func serviceKey(i int) string { return fakekey.New("sk-proj-", 74, uint64(1000+i)) }

// writeOpenAI writes the packages of service i that reach the model: the
// two wrappers, the handlers that feed them and the command.
func writeOpenAI(w *writer, i int) {
	data := openaiData{
		Service: serviceName(i),
		Module:  Module,
		Key:     serviceKey(i),
	}
	dir := serviceName(i) + "/"
	w.goFile(dir+"llm/llm.go", execute(llmTemplate, data))
	w.goFile(dir+"assist/assist.go", execute(assistTemplate, data))
	w.goFile(dir+"api/api.go", execute(apiTemplate, data))
	w.goFile(dir+"cmd/"+serviceName(i)+"d/main.go", execute(mainTemplate, data))
}

// llm's wrappers are clean: the findings of Ask sit at its caller.
var llmTemplate = parse("llm", `// Package llm is service [[.Service]]'s door to the model for answers and
// summaries.
package llm

import (
	"context"
	"errors"

	"github.com/openai/openai-go/v3"
)

// ErrFlagged is returned for input the Moderation endpoint flags.
var ErrFlagged = errors.New("llm: input flagged by moderation")

// Client sends the service's requests.
type Client struct{ client openai.Client }

// New returns a Client on client.
func New(client openai.Client) *Client { return &Client{client: client} }

// Ask answers a question in the given tone.
func (c *Client) Ask(ctx context.Context, userHash, tone, question string) (string, error) {
	resp, err := c.client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Model: openai.ChatModelGPT5_4Mini,
		Messages: []openai.ChatCompletionMessageParamUnion{
			openai.SystemMessage("You are a support agent. Answer in a " + tone + " tone."),
			openai.UserMessage(question),
		},
		MaxCompletionTokens: openai.Int(512),
		SafetyIdentifier:    openai.String(userHash),
	})
	if err != nil {
		return "", err
	}
	return resp.Choices[0].Message.Content, nil
}

// SafeSummary moderates the text, then summarizes it.
func (c *Client) SafeSummary(ctx context.Context, userHash, text string) (string, error) {
	mod, err := c.client.Moderations.New(ctx, openai.ModerationNewParams{
		Input: openai.ModerationNewParamsInputUnion{OfString: openai.String(text)},
	})
	if err != nil {
		return "", err
	}
	if mod.Results[0].Flagged {
		return "", ErrFlagged
	}
	resp, err := c.client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Model:               openai.ChatModelGPT5_4Mini,
		Messages:            []openai.ChatCompletionMessageParamUnion{openai.UserMessage("Summarize:\n" + text)},
		MaxCompletionTokens: openai.Int(256),
		SafetyIdentifier:    openai.String(userHash),
	})
	if err != nil {
		return "", err
	}
	return resp.Choices[0].Message.Content, nil
}

// Health sends a fixed prompt to check that the model answers.
func (c *Client) Health(ctx context.Context, userHash string) error {
	_, err := c.client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Model:               openai.ChatModelGPT5_4Mini,
		Messages:            []openai.ChatCompletionMessageParamUnion{openai.UserMessage("ping")},
		MaxCompletionTokens: openai.Int(5),
		SafetyIdentifier:    openai.String(userHash),
	})
	return err
}
`)

// assist's wrappers each break a practice where they are written.
var assistTemplate = parse("assist", `// Package assist drafts, classifies and suggests for service [[.Service]].
package assist

import (
	"context"
	"os/exec"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/responses"
)

// Client sends the service's requests.
type Client struct{ client openai.Client }

// New returns a Client on client.
func New(client openai.Client) *Client { return &Client{client: client} }

// Draft drafts a reply on a topic: no safety identifier, no output bound.
func (c *Client) Draft(ctx context.Context, topic string) (string, error) {
	resp, err := c.client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Model: openai.ChatModelGPT5_4Mini,
		Messages: []openai.ChatCompletionMessageParamUnion{
			openai.SystemMessage("Draft a short, polite reply."),
			openai.UserMessage(topic),
		},
	})
	if err != nil {
		return "", err
	}
	return resp.Choices[0].Message.Content, nil
}

// Classify labels a message on behalf of its author, identified by a raw
// e-mail address.
func (c *Client) Classify(ctx context.Context, email, text string) (string, error) {
	resp, err := c.client.Responses.New(ctx, responses.ResponseNewParams{
		Model:            openai.ChatModelGPT5_4Mini,
		Input:            responses.ResponseNewParamsInputUnion{OfString: openai.String("Classify this message: " + text)},
		MaxOutputTokens:  openai.Int(50),
		SafetyIdentifier: openai.String(email),
	})
	if err != nil {
		return "", err
	}
	return resp.OutputText(), nil
}

// Legacy summarizes a report with the fields of older API versions.
func (c *Client) Legacy(ctx context.Context, userHash, report string) (string, error) {
	resp, err := c.client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Model:     openai.ChatModelGPT5_4Mini,
		Messages:  []openai.ChatCompletionMessageParamUnion{openai.UserMessage("Summarize this report:\n" + report)},
		MaxTokens: openai.Int(400),
		User:      openai.String(userHash),
	})
	if err != nil {
		return "", err
	}
	return resp.Choices[0].Message.Content, nil
}

// Suggest asks for a maintenance command and runs it, unreviewed.
func (c *Client) Suggest(ctx context.Context, userHash string) error {
	resp, err := c.client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Model:               openai.ChatModelGPT5_4Mini,
		Messages:            []openai.ChatCompletionMessageParamUnion{openai.UserMessage("Suggest one shell command that frees disk space.")},
		MaxCompletionTokens: openai.Int(100),
		SafetyIdentifier:    openai.String(userHash),
	})
	if err != nil {
		return err
	}
	return exec.CommandContext(ctx, "sh", "-c", resp.Choices[0].Message.Content).Run()
}
`)

// api's handlers carry user input into the wrappers of both packages.
var apiTemplate = parse("api", `// Package api serves service [[.Service]]'s HTTP endpoints.
package api

import (
	"encoding/json"
	"net/http"

	"[[.Module]]/[[.Service]]/assist"
	"[[.Module]]/[[.Service]]/auth"
	"[[.Module]]/[[.Service]]/llm"
	"[[.Module]]/[[.Service]]/model"
)

// API routes the endpoints.
type API struct {
	llm    *llm.Client
	assist *assist.Client
	orders *model.OrderRepo
	mux    *http.ServeMux
}

// New returns an API on the two wrappers.
func New(l *llm.Client, a *assist.Client) *API {
	api := &API{llm: l, assist: a, orders: model.NewOrderRepo(), mux: http.NewServeMux()}
	api.mux.HandleFunc("POST /ask", api.ask)
	api.mux.HandleFunc("POST /summary", api.summary)
	api.mux.HandleFunc("POST /classify", api.classify)
	api.mux.HandleFunc("POST /draft", api.draft)
	api.mux.HandleFunc("GET /health", api.health)
	api.mux.HandleFunc("GET /orders", api.listOrders)
	return api
}

func (a *API) ServeHTTP(w http.ResponseWriter, r *http.Request) { a.mux.ServeHTTP(w, r) }

// ask takes the tone from the query string, into the system prompt, and
// neither bounds nor moderates the question.
func (a *API) ask(w http.ResponseWriter, r *http.Request) {
	answer, err := a.llm.Ask(r.Context(), r.Header.Get("X-User-Hash"), r.URL.Query().Get("tone"), r.FormValue("question"))
	if err != nil {
		http.Error(w, "upstream error", http.StatusBadGateway)
		return
	}
	w.Write([]byte(answer))
}

// summary bounds the text, and SafeSummary moderates it.
func (a *API) summary(w http.ResponseWriter, r *http.Request) {
	text := r.FormValue("text")
	if len(text) > 8000 {
		http.Error(w, "text too long", http.StatusRequestEntityTooLarge)
		return
	}
	sum, err := a.llm.SafeSummary(r.Context(), r.Header.Get("X-User-Hash"), text)
	if err != nil {
		http.Error(w, "cannot summarize", http.StatusBadRequest)
		return
	}
	w.Write([]byte(sum))
}

// classify neither bounds nor moderates the text.
func (a *API) classify(w http.ResponseWriter, r *http.Request) {
	label, err := a.assist.Classify(r.Context(), r.FormValue("email"), r.FormValue("text"))
	if err != nil {
		http.Error(w, "upstream error", http.StatusBadGateway)
		return
	}
	json.NewEncoder(w).Encode(label)
}

type draftRequest struct {
	Topic string `+"`json:\"topic\"`"+`
}

// draft bounds the body but does not moderate the topic.
func (a *API) draft(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
	var req draftRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	text, err := a.assist.Draft(r.Context(), req.Topic)
	if err != nil {
		http.Error(w, "upstream error", http.StatusBadGateway)
		return
	}
	json.NewEncoder(w).Encode(text)
}

// health sends a fixed prompt with the caller's hashed ID.
func (a *API) health(w http.ResponseWriter, r *http.Request) {
	if err := a.llm.Health(r.Context(), auth.HashUser(r.Header.Get("X-User-ID"))); err != nil {
		http.Error(w, "model unavailable", http.StatusServiceUnavailable)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// listOrders is plain: no model on the way.
func (a *API) listOrders(w http.ResponseWriter, r *http.Request) {
	json.NewEncoder(w).Encode(a.orders.Top(10))
}
`)

// main wires the service up, with a key written into the source.
var mainTemplate = parse("main", `// Command [[.Service]]d serves service [[.Service]].
package main

import (
	"context"
	"log"
	"net/http"
	"os"
	"time"

	"[[.Module]]/[[.Service]]/api"
	"[[.Module]]/[[.Service]]/assist"
	"[[.Module]]/[[.Service]]/auth"
	"[[.Module]]/[[.Service]]/billing"
	"[[.Module]]/[[.Service]]/llm"
	"[[.Module]]/[[.Service]]/report"
	"[[.Module]]/[[.Service]]/web"
	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
)

func main() {
	client := openai.NewClient(option.WithAPIKey("[[.Key]]"))
	batch := openai.NewClient(option.WithAPIKey(os.Getenv("OPENAI_API_KEY")))
	go nightly(context.Background(), assist.New(batch))

	mux := http.NewServeMux()
	mux.Handle("/api/", http.StripPrefix("/api", api.New(llm.New(client), assist.New(client))))
	mux.Handle("/", web.NewServer())
	log.Fatal(http.ListenAndServe("localhost:8080", mux))
}

// nightly summarizes the day's invoices: no user input on the way.
func nightly(ctx context.Context, a *assist.Client) {
	invoices := billing.NewInvoiceRepo()
	metrics := report.NewMetricRepo()
	for range time.Tick(24 * time.Hour) {
		text := billing.SummarizeInvoices(invoices.List()) + report.SummarizeMetrics(metrics.List())
		if _, err := a.Legacy(ctx, auth.HashUser("nightly"), text); err != nil {
			log.Print(err)
		}
		if err := a.Suggest(ctx, auth.HashUser("ops")); err != nil {
			log.Print(err)
		}
	}
}
`)
