package wrappers

import (
	"context"
	"os"

	"github.com/openai/openai-go/v3"
	goopenai "github.com/sashabaranov/go-openai"
)

// Params kept in fields, maps and slices, and sent later: what every write
// of the package stores there.
type channels struct {
	client   *goopenai.Client
	requests map[string]*goopenai.ChatCompletionRequest
	queue    []openai.ChatCompletionNewParams
	defaults openai.ChatCompletionNewParams
	Exported openai.ChatCompletionNewParams
	pending  map[string]*goopenai.ChatCompletionRequest
	shared   map[string]*goopenai.ChatCompletionRequest
}

func (c *channels) open(ch, userID string) {
	c.requests[ch] = &goopenai.ChatCompletionRequest{Model: goopenai.GPT4o, SafetyIdentifier: userID}
}

func (c *channels) say(ctx context.Context, ch, text string) {
	r := c.requests[ch]
	r.Messages = append(r.Messages, goopenai.ChatCompletionMessage{Role: goopenai.ChatMessageRoleUser, Content: text})
	c.client.CreateChatCompletion(ctx, *r) // want `^chat completion \[text\] messages:assignment model:literal=const safety_identifier:literal$`
}

func newChannels() *channels {
	return &channels{
		requests: make(map[string]*goopenai.ChatCompletionRequest),
		defaults: openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o},
	}
}

func (c *channels) enqueue(p openai.ChatCompletionNewParams) {
	c.queue = append(c.queue, p)
}

func (c *channels) flush(ctx context.Context, client *openai.Client, userID string) {
	for i := range c.queue {
		client.Chat.Completions.New(ctx, c.queue[i]) // want `^chat completion \[text\] unknown$`
	}
	c.defaults.SafetyIdentifier = openai.String(userID)
	client.Chat.Completions.New(ctx, c.defaults) // want `^chat completion \[text\] model:literal=const safety_identifier:assignment$`
	client.Chat.Completions.New(ctx, c.Exported) // want `^chat completion \[text\] unknown$`
}

// A map local to the function.
func localMap(ctx context.Context, client *openai.Client, userID string) {
	byTier := map[string]openai.ChatCompletionNewParams{
		"free": {MaxCompletionTokens: openai.Int(100)},
	}
	byTier["pro"] = openai.ChatCompletionNewParams{MaxCompletionTokens: openai.Int(1000), SafetyIdentifier: openai.String(userID)}
	client.Chat.Completions.New(ctx, byTier["free"]) // want `^chat completion \[text\] max_completion_tokens:literal=const safety_identifier:literal$`

	loaded := map[string]openai.ChatCompletionNewParams{}
	loaded = loadAll()
	client.Chat.Completions.New(ctx, loaded["x"]) // want `^chat completion \[text\] unknown$`
}

func loadAll() map[string]openai.ChatCompletionNewParams { return nil }

// A placeholder overwritten before the params are read is not sent.
func placeholders(ctx context.Context, client *openai.Client, user string, retry bool) {
	p := openai.ChatCompletionNewParams{SafetyIdentifier: openai.String("")}
	p.SafetyIdentifier = openai.String(hash(user))
	client.Chat.Completions.New(ctx, p) // want `^chat completion \[text\] safety_identifier:assignment$`

	q := openai.ChatCompletionNewParams{SafetyIdentifier: openai.String("")}
	if retry {
		q.SafetyIdentifier = openai.String(hash(user))
	}
	client.Chat.Completions.New(ctx, q) // want `^chat completion \[text\] safety_identifier:literal=empty$`

	s := openai.ChatCompletionNewParams{SafetyIdentifier: openai.String("")}
	client.Chat.Completions.New(ctx, s) // want `^chat completion \[text\] safety_identifier:literal=empty$`
	s.SafetyIdentifier = openai.String(hash(user))

	t := openai.ChatCompletionNewParams{SafetyIdentifier: openai.String("")}
	go func() { t.SafetyIdentifier = openai.String(hash(user)) }()
	client.Chat.Completions.New(ctx, t) // want `^chat completion \[text\] safety_identifier:literal=empty$`
}

func hash(s string) string { return os.ExpandEnv(s) }

// A map given to a function may be filled there.
func (c *channels) handOff(ctx context.Context) {
	fill(c.pending)
	c.client.CreateChatCompletion(ctx, *c.pending["a"]) // want `^chat completion \[text\] unknown$`
}

func fill(map[string]*goopenai.ChatCompletionRequest) {}

// A pointer to stored params copied elsewhere may be changed there.
func (c *channels) share(ctx context.Context, ch string) {
	c.shared[ch] = &goopenai.ChatCompletionRequest{Model: goopenai.GPT4o}
	keepRequest(c.shared[ch])
	c.client.CreateChatCompletion(ctx, *c.shared[ch]) // want `^chat completion \[text\] unknown$`
}

func keepRequest(r *goopenai.ChatCompletionRequest) { keptRequest = r }

var keptRequest *goopenai.ChatCompletionRequest

// Each element of a slice or map a loop ranges over.
func ranges(ctx context.Context, client *openai.Client, userID string) {
	steps := []openai.ChatCompletionNewParams{
		{MaxCompletionTokens: openai.Int(10)},
		{MaxCompletionTokens: openai.Int(20), SafetyIdentifier: openai.String(userID)},
	}
	for _, p := range steps {
		p.Model = openai.ChatModelGPT4o
		client.Chat.Completions.New(ctx, p) // want `^chat completion \[text\] max_completion_tokens:literal=const model:assignment=const safety_identifier:literal$`
	}
	byName := map[string]*openai.ChatCompletionNewParams{"a": {}}
	for _, p := range byName {
		p.User = openai.String(userID)
	}
	for name := range byName {
		client.Chat.Completions.New(ctx, *byName[name]) // want `^chat completion \[text\] user:assignment$`
	}
	for _, p := range loadAll() {
		client.Chat.Completions.New(ctx, p) // want `^chat completion \[text\] unknown$`
	}
}
