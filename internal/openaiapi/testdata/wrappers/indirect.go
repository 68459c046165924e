package wrappers

import (
	"context"

	"example.com/openaiapi/senders"
	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
	goopenai "github.com/sashabaranov/go-openai"
)

// Requests made through method values, method expressions, interfaces
// modeled on the services, and helpers that call the method they are
// given.
func methodValues(ctx context.Context, c *openai.Client, userID string) {
	send := c.Chat.Completions.New
	send(ctx, openai.ChatCompletionNewParams{SafetyIdentifier: openai.String(userID)}) // want `^chat completion \[text\] safety_identifier:literal$`

	(*openai.ChatCompletionService).New(&c.Chat.Completions, ctx, openai.ChatCompletionNewParams{}) // want `^chat completion \[text\]$`
	newChat := (*openai.ChatCompletionService).New
	newChat(&c.Chat.Completions, ctx, openai.ChatCompletionNewParams{MaxCompletionTokens: openai.Int(5)}) // want `^chat completion \[text\] max_completion_tokens:literal=const$`

	local := openai.NewClient(option.WithBaseURL("http://localhost:8080/v1")) // want `^client$`
	viaLocal := local.Chat.Completions.New
	viaLocal(ctx, openai.ChatCompletionNewParams{}) // want `^chat completion \[text\] \(other=localhost\)$`
}

// completer stores a method value in a field.
type completer struct {
	complete func(context.Context, openai.ChatCompletionNewParams, ...option.RequestOption) (*openai.ChatCompletion, error)
}

func newCompleter(c *openai.Client) *completer {
	return &completer{complete: c.Chat.Completions.New}
}

func (k *completer) ask(ctx context.Context) {
	k.complete(ctx, openai.ChatCompletionNewParams{}) // want `^chat completion \[text\]$`
}

// chatAPI is the service's method, behind an interface a test can fake.
type chatAPI interface {
	New(ctx context.Context, body openai.ChatCompletionNewParams, opts ...option.RequestOption) (*openai.ChatCompletion, error)
}

// goChatAPI is go-openai's.
type goChatAPI interface {
	CreateChatCompletion(ctx context.Context, req goopenai.ChatCompletionRequest) (goopenai.ChatCompletionResponse, error)
}

// otherAPI has a method of the same name that takes the params otherwise:
// not the service's.
type otherAPI interface {
	New(body openai.ChatCompletionNewParams) error
}

func interfaces(ctx context.Context, api chatAPI, g goChatAPI, other otherAPI, userID string) {
	api.New(ctx, openai.ChatCompletionNewParams{SafetyIdentifier: openai.String(userID)})           // want `^chat completion \[text\] safety_identifier:literal$`
	api.New(ctx, openai.ChatCompletionNewParams{}, option.WithJSONSet("max_completion_tokens", 10)) // want `^chat completion \[text\] max_completion_tokens:call-option=const$`
	g.CreateChatCompletion(ctx, goopenai.ChatCompletionRequest{})                                   // want `^chat completion \[text\]$`
	other.New(openai.ChatCompletionNewParams{})
}

func helpers(ctx context.Context, c *openai.Client, userID string) {
	senders.Retry(ctx, c.Chat.Completions.New, openai.ChatCompletionNewParams{SafetyIdentifier: openai.String(userID)}) // want `^chat completion \[text\] safety_identifier:literal$`
	p := openai.ChatCompletionNewParams{}
	senders.Retry(ctx, c.Chat.Completions.New, p)                                                          // want `^chat completion \[text\]$`
	retry(ctx, c.Chat.Completions.New, openai.ChatCompletionNewParams{MaxCompletionTokens: openai.Int(9)}) // want `^chat completion \[text\] max_completion_tokens:literal=const$`
	senders.Logged(ctx, c.Chat.Completions.New, p)
}

// The method value of an interface modeled on the service, given to a
// helper or kept in a variable: its client is whatever implements it.
func interfaceValues(ctx context.Context, api chatAPI, g goChatAPI, other otherAPI, userID string) {
	senders.Retry(ctx, api.New, openai.ChatCompletionNewParams{SafetyIdentifier: openai.String(userID)}) // want `^chat completion \[text\] safety_identifier:literal$`
	retry(ctx, api.New, openai.ChatCompletionNewParams{})                                                // want `^chat completion \[text\]$`
	create := g.CreateChatCompletion
	create(ctx, goopenai.ChatCompletionRequest{MaxCompletionTokens: 20}) // want `^chat completion \[text\] max_completion_tokens:literal=const$`
	send := other.New
	send(openai.ChatCompletionNewParams{})
}

// retry is this package's helper.
func retry[P, R any](ctx context.Context, send func(context.Context, P, ...option.RequestOption) (R, error), p P) (R, error) {
	return send(ctx, p)
}

// named: params of a type of the program's, converted to the library's.
type chatRequest goopenai.ChatCompletionRequest

func conversions(ctx context.Context, g *goopenai.Client, userID string) {
	req := chatRequest{Model: goopenai.GPT4o}
	req.SafetyIdentifier = userID
	g.CreateChatCompletion(ctx, goopenai.ChatCompletionRequest(req)) // want `^chat completion \[text\] model:literal=const safety_identifier:assignment$`
}

// request is the library's params under a name of the program's, given to
// a function that sends it.
type request openai.ChatCompletionNewParams

func sendRequest(ctx context.Context, c *openai.Client, r request) {
	c.Chat.Completions.New(ctx, openai.ChatCompletionNewParams(r)) // want `^chat completion \[text\] forwarded$`
}

func namedSender(ctx context.Context, c *openai.Client, userID string) {
	sendRequest(ctx, c, request{Model: openai.ChatModelGPT4oMini}) // want `^chat completion \[text\] via sendRequest model:literal=const$`
	r := request{SafetyIdentifier: openai.String(userID)}
	sendRequest(ctx, c, r)                                                           // want `^chat completion \[text\] via sendRequest safety_identifier:literal$`
	senders.SendRequest(ctx, c, senders.Request{MaxCompletionTokens: openai.Int(9)}) // want `^chat completion \[text\] via SendRequest max_completion_tokens:literal=const$`
}

// A local function literal that sends its parameter as it is given: each
// call of it is a request.
func closureAdapters(ctx context.Context, c *openai.Client, userID string) {
	send := func(p openai.ChatCompletionNewParams) (*openai.ChatCompletion, error) {
		return c.Chat.Completions.New(ctx, p) // want `^chat completion \[text\] unknown$`
	}
	send(openai.ChatCompletionNewParams{SafetyIdentifier: openai.String(userID)}) // want `^chat completion \[text\] safety_identifier:literal$`
	send(openai.ChatCompletionNewParams{})                                        // want `^chat completion \[text\]$`

	// One that changes the params first is not the caller's params.
	bounded := func(p openai.ChatCompletionNewParams) {
		p.MaxCompletionTokens = openai.Int(100)
		c.Chat.Completions.New(ctx, p) // want `^chat completion \[text\] unknown$`
	}
	bounded(openai.ChatCompletionNewParams{})

	// Nor is one given another value.
	other := func(p openai.ChatCompletionNewParams) { c.Chat.Completions.New(ctx, p) } // want `^chat completion \[text\] unknown$`
	other = func(openai.ChatCompletionNewParams) {}
	other(openai.ChatCompletionNewParams{})
}
