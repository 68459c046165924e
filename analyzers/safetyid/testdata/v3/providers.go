package v3

import (
	"cmp"
	"context"
	"net/http"
	"net/http/httptest"
	"os"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
	"github.com/openai/openai-go/v3/realtime"
)

// grok talks to xAI's OpenAI-compatible API: OpenAI's fields do not apply.
type grok struct{ client openai.Client }

func newGrok() *grok {
	endpoint := "https://api.x.ai/v1"
	if e := os.Getenv("GROK_ENDPOINT"); e != "" {
		endpoint = e
	}
	return &grok{client: openai.NewClient(option.WithBaseURL(endpoint))}
}

func (g *grok) ask(ctx context.Context) {
	g.client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: "grok-3"})
}

// proxied may point at a proxy of OpenAI's API: it is checked.
type proxied struct{ client openai.Client }

func newProxied(base string) *proxied {
	return &proxied{client: openai.NewClient(option.WithBaseURL(base))}
}

func (p *proxied) ask(ctx context.Context) {
	p.client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o}) // want `has no safety_identifier`
}

func localModel(ctx context.Context) {
	c := openai.NewClient(option.WithBaseURL("http://localhost:11434/v1/"))
	c.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: "llama3"})
}

func azure(ctx context.Context) {
	c := openai.NewClient(option.WithBaseURL("https://contoso.openai.azure.com/openai/v1/"))
	c.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o}) // want `has no safety_identifier`
}

// minter keeps its client in a field; the header is set where it is made.
type minter struct{ client openai.Client }

func newMinter(userHash string) *minter {
	return &minter{client: openai.NewClient(option.WithHeader("OpenAI-Safety-Identifier", userHash))}
}

func (m *minter) mint(ctx context.Context) {
	m.client.Realtime.ClientSecrets.New(ctx, realtime.ClientSecretNewParams{})
}

type bareMinter struct{ client openai.Client }

func newBareMinter() *bareMinter { return &bareMinter{client: openai.NewClient()} }

func (m *bareMinter) mint(ctx context.Context) {
	m.client.Realtime.ClientSecrets.New(ctx, realtime.ClientSecretNewParams{}) // want `minted without the OpenAI-Safety-Identifier header`
}

// Shared is exported: another package may store any client in it.
type Shared struct{ Client openai.Client }

func (s *Shared) mint(ctx context.Context) {
	s.Client.Realtime.ClientSecrets.New(ctx, realtime.ClientSecretNewParams{})
}

// lender keeps the client its maker was given, which serves the maker's
// other users too.
type lender struct{ client openai.Client }

func newLender(c openai.Client) *lender { return &lender{client: c} }

func (l *lender) mint(ctx context.Context) {
	l.client.Realtime.ClientSecrets.New(ctx, realtime.ClientSecretNewParams{}) // want `minted without the OpenAI-Safety-Identifier header on the call: set it per call`
}

// Its negative twin: the header is on the call.
func (l *lender) mintWithCallHeader(ctx context.Context, userHash string) {
	l.client.Realtime.ClientSecrets.New(ctx, realtime.ClientSecretNewParams{}, option.WithHeader("OpenAI-Safety-Identifier", userHash))
}

// A test's stand-in server is not OpenAI.
func againstTestServer(ctx context.Context) {
	srv := httptest.NewServer(http.NotFoundHandler())
	defer srv.Close()
	c := openai.NewClient(option.WithBaseURL(srv.URL + "/v1"))
	c.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o})
}

// A local model server unless the environment says otherwise.
func localByDefault(ctx context.Context) {
	c := openai.NewClient(option.WithBaseURL(cmp.Or(os.Getenv("LLM_URL"), "http://localhost:11434/v1")))
	c.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: "llama3"})
}

// A local model server reached through a configuration helper.
func localThroughHelper(ctx context.Context) {
	c := openai.NewClient(option.WithBaseURL(setting("LLM_URL", "http://127.0.0.1:8080/v1")))
	c.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: "llama3"})
}

func setting(key, fallback string) string {
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return fallback
}

// Their positive twins: OpenAI unless the environment says otherwise.
func openAIByDefault(ctx context.Context) {
	c := openai.NewClient(option.WithBaseURL(cmp.Or(os.Getenv("OPENAI_BASE_URL"), "https://api.openai.com/v1")))
	c.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o}) // want `has no safety_identifier`
}

func openAIThroughHelper(ctx context.Context) {
	c := openai.NewClient(option.WithBaseURL(setting("OPENAI_BASE_URL", "https://api.openai.com/v1")))
	c.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o}) // want `has no safety_identifier`
}

// A plugin makes its client once and keeps its address; an exported
// constructor's generators use it. This one points at another
// provider's server unless configured otherwise.
type inferencePlugin struct {
	BaseURL string
	client  *openai.Client
}

func (p *inferencePlugin) init() {
	var opts []option.RequestOption
	base := p.BaseURL
	if base == "" {
		base = "https://inference.example.com/v1"
	}
	opts = append(opts, option.WithBaseURL(base))
	client := openai.NewClient(opts...)
	p.client = &client
}

func (p *inferencePlugin) generator() *Generator { return NewGenerator(p.client) }

type Generator struct{ client *openai.Client }

func NewGenerator(client *openai.Client) *Generator { return &Generator{client: client} }

func (g *Generator) complete(ctx context.Context) {
	g.client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: "inference-small"})
}

// The same shape over OpenAI's API is checked.
type openAIPlugin struct{ client *openai.Client }

func (p *openAIPlugin) init() {
	client := openai.NewClient()
	p.client = &client
}

func (p *openAIPlugin) generator() *OpenAIGenerator { return NewOpenAIGenerator(p.client) }

type OpenAIGenerator struct{ client *openai.Client }

func NewOpenAIGenerator(client *openai.Client) *OpenAIGenerator {
	return &OpenAIGenerator{client: client}
}

func (g *OpenAIGenerator) complete(ctx context.Context) {
	g.client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o}) // want `has no safety_identifier`
}
