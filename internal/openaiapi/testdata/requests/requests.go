// Package requests shows what the knowledge layer resolves for each way a
// request can get its fields; the test reporter prints it.
package requests

import (
	"cmp"
	"context"
	"flag"
	"net/http/httptest"
	"os"
	"strings"

	"example.com/openaiapi/builders"
	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
	"github.com/openai/openai-go/v3/realtime"
	"github.com/openai/openai-go/v3/responses"
	goopenai "github.com/sashabaranov/go-openai"
)

func literal(ctx context.Context, c *openai.Client, userID string) {
	c.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{ // want `^chat completion \[text\] max_completion_tokens:literal=const safety_identifier:literal$`
		SafetyIdentifier:    openai.String(userID),
		MaxCompletionTokens: openai.Int(100),
	})
}

func pointerLiteral(ctx context.Context, c *goopenai.Client) {
	c.CreateChatCompletion(ctx, *&goopenai.ChatCompletionRequest{User: "x"}) // want `^chat completion \[text\] user:literal=const$`
}

func assigned(ctx context.Context, c *openai.Client, userID string) {
	p := openai.ChatCompletionNewParams{}
	p.SafetyIdentifier = openai.String(userID)
	p.Messages = append(p.Messages, openai.UserMessage("hi"))
	c.Chat.Completions.New(ctx, p) // want `^chat completion \[text\] messages:assignment safety_identifier:assignment$`
}

func nestedAssignment(ctx context.Context, c *openai.Client) {
	var p responses.ResponseNewParams
	p.Input.OfString = openai.String("hi")
	c.Responses.New(ctx, p) // want `^response \[text\] input:assignment$`
}

func declaredThenAssigned(ctx context.Context, c *openai.Client, userID string) {
	var p openai.ChatCompletionNewParams
	p = builders.Chat(userID)
	c.Chat.Completions.New(ctx, p) // want `^chat completion \[text\] max_completion_tokens:builder=const model:builder=const safety_identifier:builder$`
}

// A builder of another package that sets a field to its parameter sets it
// to the argument: a constant here.
func fromBuilders(ctx context.Context, c *openai.Client, g *goopenai.Client) {
	c.Chat.Completions.New(ctx, builders.Layered("u")) // want `^chat completion \[text\] max_completion_tokens:builder=const model:builder=const safety_identifier:builder=const user:builder=const$`
	p, _ := builders.Checked("u")
	c.Chat.Completions.New(ctx, p)                       // want `^chat completion \[text\] model:builder=const$`
	c.Chat.Completions.New(ctx, builders.Named())        // want `^chat completion \[text\] max_completion_tokens:builder=const$`
	g.CreateChatCompletion(ctx, builders.GoOpenAI("u"))  // want `^chat completion \[text\] model:builder=const safety_identifier:builder=const$`
	c.Chat.Completions.New(ctx, builders.Passthrough(p)) // want `^chat completion \[text\] unknown$`
	c.Chat.Completions.New(ctx, builders.Recursive(1))   // want `^chat completion \[text\] unknown$`
	first, _ := builders.Two()
	c.Chat.Completions.New(ctx, first) // want `^chat completion \[text\] unknown$`
}

func options(ctx context.Context, c *openai.Client, userID string) {
	c.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{}, option.WithJSONSet("safety_identifier", userID)) // want `^chat completion \[text\] safety_identifier:call-option$`
	opts := []option.RequestOption{option.WithJSONSet("max_completion_tokens", 5)}
	c.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{}, opts...) // want `^chat completion \[text\] max_completion_tokens:call-option=const$`
}

func extraFields(ctx context.Context, c *openai.Client, userID string) {
	p := openai.ChatCompletionNewParams{}
	p.SetExtraFields(map[string]any{"safety_identifier": userID})
	c.Chat.Completions.New(ctx, p) // want `^chat completion \[text\] safety_identifier:extra-fields$`
}

func extraFieldsFromVariable(ctx context.Context, c *openai.Client, extra map[string]any) {
	p := openai.ChatCompletionNewParams{}
	p.SetExtraFields(extra)
	c.Chat.Completions.New(ctx, p) // want `^chat completion \[text\] unknown$`
}

func clientOptions(ctx context.Context, userID string) {
	c := openai.NewClient(option.WithJSONSet("max_completion_tokens", 9), option.WithHeader("OpenAI-Safety-Identifier", userID)) // want `^client max_completion_tokens=const header Openai-Safety-Identifier$`
	c.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{})                                                                // want `^chat completion \[text\] max_completion_tokens:client-option=const header OpenAI-Safety-Identifier$`
}

func realtimeSecrets(ctx context.Context, c *openai.Client, userID string) {
	c.Realtime.ClientSecrets.New(ctx, realtime.ClientSecretNewParams{}, option.WithHeader("openai-safety-identifier", userID)) // want `^realtime client secret \[realtime-secret\] header OpenAI-Safety-Identifier \(shared\)$`
	c.Realtime.ClientSecrets.New(ctx, realtime.ClientSecretNewParams{})                                                        // want `^realtime client secret \[realtime-secret\] headers unknown \(shared\)$`
}

// A request that sends its function's parameter is its callers' to check.
func unknowns(ctx context.Context, c *openai.Client, p openai.ChatCompletionNewParams, ps map[string]openai.ChatCompletionNewParams) {
	c.Chat.Completions.New(ctx, p)       // want `^chat completion \[text\] forwarded$`
	c.Chat.Completions.New(ctx, ps["a"]) // want `^chat completion \[text\] unknown$`
	q := p
	c.Chat.Completions.New(ctx, q) // want `^chat completion \[text\] forwarded$`
	var r openai.ChatCompletionNewParams
	load(&r)
	c.Chat.Completions.New(ctx, r) // want `^chat completion \[text\] unknown$`
	var s openai.ChatCompletionNewParams
	s.UnmarshalJSON(nil)
	c.Chat.Completions.New(ctx, s) // want `^chat completion \[text\] unknown$`
}

// load fills the params in from where the analysis cannot see.
func load(p *openai.ChatCompletionNewParams) { p.UnmarshalJSON(nil) }

func kinds(ctx context.Context, c *openai.Client, g *goopenai.Client) {
	c.Images.Generate(ctx, openai.ImageGenerateParams{})          // want `^image generation \[image\] \(moderated\)$`
	c.Moderations.New(ctx, openai.ModerationNewParams{})          // want `^moderation \[moderation\]$`
	c.Embeddings.New(ctx, openai.EmbeddingNewParams{})            // want `^embedding \[embeddings\] \(moderated\)$`
	c.Decisions.New(ctx, openai.DecisionNewParams{})              // want `^decision \[other\]$`
	g.Moderations(ctx, goopenai.ModerationRequest{Input: "text"}) // want `^moderation \[moderation\] input:literal=const$`
}

func realtimeClients(ctx context.Context, userID string) {
	local := openai.NewClient(option.WithHeader("OpenAI-Safety-Identifier", userID)) // want `^client header Openai-Safety-Identifier$`
	local.Realtime.ClientSecrets.New(ctx, realtime.ClientSecretNewParams{})          // want `^realtime client secret \[realtime-secret\] header OpenAI-Safety-Identifier$`
	shared.Realtime.ClientSecrets.New(ctx, realtime.ClientSecretNewParams{})         // want `^realtime client secret \[realtime-secret\] header OpenAI-Safety-Identifier \(shared\)$`
	h := helperClient(userID)
	h.Realtime.ClientSecrets.New(ctx, realtime.ClientSecretNewParams{}) // want `^realtime client secret \[realtime-secret\] header OpenAI-Safety-Identifier$`
}

// A package-level client serves every user: its constructor is no
// function's, so it is not listed among the clients.
var shared = openai.NewClient(option.WithHeader("OpenAI-Safety-Identifier", os.Getenv("SERVICE")))

func helperClient(userID string) openai.Client {
	return openai.NewClient(option.WithHeader("OpenAI-Safety-Identifier", userID)) // want `^client header Openai-Safety-Identifier$`
}

// Base URLs that are not OpenAI's, however the program spells them.
func baseURLs(ctx context.Context, srv *httptest.Server) {
	test := openai.NewClient(option.WithBaseURL(srv.URL + "/v1"))    // want `^client$`
	test.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{}) // want `^chat completion \[text\] \(other=an httptest server\)$`

	orDefault := openai.NewClient(option.WithBaseURL(cmp.Or(os.Getenv("LLM_URL"), "http://localhost:11434/v1"))) // want `^client$`
	orDefault.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{})                                        // want `^chat completion \[text\] \(other=localhost\)$`

	fromHelper := openai.NewClient(option.WithBaseURL(envOr("LLM_URL", "http://127.0.0.1:8080/v1"))) // want `^client$`
	fromHelper.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{})                           // want `^chat completion \[text\] \(other=127.0.0.1\)$`

	fromConfig := openai.NewClient(option.WithBaseURL(localConfig().baseURL)) // want `^client$`
	fromConfig.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{})    // want `^chat completion \[text\] \(other=ollama\)$`

	fromFlag := openai.NewClient(option.WithBaseURL(strings.TrimSuffix(*baseURLFlag, "/"))) // want `^client$`
	fromFlag.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{})                    // want `^chat completion \[text\] \(other=localhost\)$`

	local := localClient()
	local.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{}) // want `^chat completion \[text\] \(other=localhost\)$`

	g := goopenai.NewClientWithConfig(goOpenAILocal())
	g.CreateChatCompletion(ctx, goopenai.ChatCompletionRequest{}) // want `^chat completion \[text\] \(other=localhost\)$`

	var opts []option.RequestOption
	if settings.baseURL != nil {
		opts = append(opts, option.WithBaseURL(*settings.baseURL))
	}
	optional := openai.NewClient(opts...)                                // want `^client$`
	optional.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{}) // want `^chat completion \[text\] \(other=localhost\)$`
}

// settings holds an optional base URL, set to a local server by default.
var settings = struct{ baseURL *string }{baseURL: new("http://localhost:8000/v1")}

// Their negative twins: OpenAI's own URL, or one the analysis cannot see.
func openAIBaseURLs(ctx context.Context, base string) {
	explicit := openai.NewClient(option.WithBaseURL(cmp.Or(os.Getenv("OPENAI_BASE_URL"), "https://api.openai.com/v1"))) // want `^client$`
	explicit.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{})                                                // want `^chat completion \[text\]$`

	given := openai.NewClient(option.WithBaseURL(strings.TrimSuffix(base, "/"))) // want `^client$`
	given.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{})            // want `^chat completion \[text\]$`

	fromEnv := openai.NewClient(option.WithBaseURL(os.Getenv("OPENAI_BASE_URL"))) // want `^client$`
	fromEnv.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{})           // want `^chat completion \[text\]$`

	g := goopenai.NewClientWithConfig(goopenai.DefaultConfig(os.Getenv("OPENAI_API_KEY")))
	g.CreateChatCompletion(ctx, goopenai.ChatCompletionRequest{}) // want `^chat completion \[text\]$`
}

var baseURLFlag = flag.String("base-url", "http://localhost:11434/v1/", "the model server")

func envOr(key, fallback string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return fallback
}

type llmConfig struct{ baseURL string }

func localConfig() llmConfig {
	return llmConfig{baseURL: "http://ollama:11434/v1"}
}

func localClient() openai.Client {
	return openai.NewClient(option.WithBaseURL("http://localhost:1234/v1")) // want `^client$`
}

func goOpenAILocal() goopenai.ClientConfig {
	cfg := goopenai.DefaultConfig("")
	cfg.BaseURL = "http://localhost:11434/v1"
	return cfg
}
