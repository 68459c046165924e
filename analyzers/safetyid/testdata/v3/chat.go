// Package v3 holds safetyid cases for openai-go v3.
package v3

import (
	"context"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
	"github.com/openai/openai-go/v3/responses"
)

var client = openai.NewClient()

const anonymous = "anonymous"

var msgs = []openai.ChatCompletionMessageParamUnion{openai.UserMessage("hello")}

func missing(ctx context.Context) {
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{ // want `^chat completion request has no safety_identifier: send a hashed per-user ID$`
		Model:    openai.ChatModelGPT4o,
		Messages: msgs,
	})
}

func withIdentifier(ctx context.Context, userID string) {
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Model:            openai.ChatModelGPT4o,
		Messages:         msgs,
		SafetyIdentifier: openai.String(userID),
	})
}

func missingWithOneCandidate(ctx context.Context, userID string) {
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{ // want `has no safety_identifier`
		Model:    openai.ChatModelGPT4o,
		Messages: msgs,
	})
}

func missingOnOneLine(ctx context.Context, sessionID string) {
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o}) // want `has no safety_identifier`
}

func missingWithTwoCandidates(ctx context.Context, userID, sessionID string) {
	// No fix: the check does not choose between two identifiers.
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o}) // want `has no safety_identifier`
}

func missingWithIntCandidate(ctx context.Context, userID int) {
	// No fix: userID is not a string.
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o}) // want `has no safety_identifier`
}

func deprecatedUser(ctx context.Context, userHash string) {
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{ // want `^chat completion request sets the deprecated user field: move the ID to SafetyIdentifier$`
		Model:    openai.ChatModelGPT4o,
		Messages: msgs,
		User:     openai.String(userHash),
	})
}

func deprecatedUserAssigned(ctx context.Context, userHash string) {
	params := openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, Messages: msgs}
	params.User = openai.String(userHash)
	client.Chat.Completions.New(ctx, params) // want `deprecated user field`
}

func deprecatedConstantUser(ctx context.Context) {
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{ // want `sets the deprecated user field to a constant value`
		Model: openai.ChatModelGPT4o,
		User:  openai.String("backend"),
	})
}

func userAndIdentifier(ctx context.Context, userHash string) {
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Model:            openai.ChatModelGPT4o,
		User:             openai.String(userHash),
		SafetyIdentifier: openai.String(userHash),
	})
}

func constantLiteral(ctx context.Context) {
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{ // want `^chat completion request sends a constant safety_identifier: send a hashed per-user or session ID$`
		Model:            openai.ChatModelGPT4o,
		SafetyIdentifier: openai.String("my-app"),
	})
}

func constantNamed(ctx context.Context) {
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{ // want `sends a constant safety_identifier`
		Model:            openai.ChatModelGPT4o,
		SafetyIdentifier: openai.String(anonymous),
	})
}

func constantExpression(ctx context.Context) {
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{ // want `sends a constant safety_identifier`
		Model:            openai.ChatModelGPT4o,
		SafetyIdentifier: openai.String("user-" + anonymous),
	})
}

func empty(ctx context.Context) {
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{ // want `sends an empty safety_identifier`
		Model:            openai.ChatModelGPT4o,
		SafetyIdentifier: openai.String(""),
	})
}

func constantOnOnePath(ctx context.Context, sessionID string, signedIn bool) {
	params := openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o}
	if signedIn {
		params.SafetyIdentifier = openai.String(sessionID)
	} else {
		params.SafetyIdentifier = openai.String(anonymous)
	}
	client.Chat.Completions.New(ctx, params) // want `sends a constant safety_identifier`
}

func stepByStep(ctx context.Context, userID string) {
	params := openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o}
	params.Messages = msgs
	params.SafetyIdentifier = openai.String(userID)
	client.Chat.Completions.New(ctx, params)
}

func stepByStepMissing(ctx context.Context) {
	params := openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o}
	params.Temperature = openai.Float(0.2)
	client.Chat.Completions.New(ctx, params) // want `has no safety_identifier`
}

func someBranches(ctx context.Context, userID string, signedIn bool) {
	var params openai.ChatCompletionNewParams
	params.Model = openai.ChatModelGPT4o
	if signedIn {
		params.SafetyIdentifier = openai.String(userID)
	}
	client.Chat.Completions.New(ctx, params)
}

func setInClosure(ctx context.Context, userID string) {
	params := openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o}
	set := func() { params.SafetyIdentifier = openai.String(userID) }
	set()
	client.Chat.Completions.New(ctx, params)
}

func viaJSONSet(ctx context.Context, userID string) {
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o},
		option.WithJSONSet("safety_identifier", userID))
}

func viaJSONSetConstant(ctx context.Context) {
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o}, // want `sends a constant safety_identifier`
		option.WithJSONSet("safety_identifier", "everyone"))
}

func viaExtraFields(ctx context.Context, userID string) {
	params := openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o}
	params.SetExtraFields(map[string]any{"safety_identifier": userID})
	client.Chat.Completions.New(ctx, params)
}

func fromParameter(ctx context.Context, params openai.ChatCompletionNewParams) {
	client.Chat.Completions.New(ctx, params) // the caller may have set it
}

type server struct {
	params openai.ChatCompletionNewParams
}

// No code of the package sets the unexported field: it holds no
// identifier (package stored has fields that are set).
func (s *server) fromField(ctx context.Context) {
	client.Chat.Completions.New(ctx, s.params) // want `has no safety_identifier`
}

// fill fills the params in from where the analysis cannot see.
func fill(p *openai.ChatCompletionNewParams) { p.UnmarshalJSON(nil) }

func addressTaken(ctx context.Context) {
	params := openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o}
	fill(&params)
	client.Chat.Completions.New(ctx, params)
}

func optionsFromCaller(ctx context.Context, opts ...option.RequestOption) {
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o}, opts...)
}

func optionsFromHelper(ctx context.Context) {
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o}, tenantOption())
}

func tenantOption() option.RequestOption { return option.WithHeader("X-Tenant", "a") }

func localOptions(ctx context.Context) {
	opts := []option.RequestOption{option.WithMaxRetries(2)}
	opts = append(opts, option.WithHeader("X-Request-Source", "chat"))
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o}, opts...) // want `has no safety_identifier`
}

func buildParams(userID string) openai.ChatCompletionNewParams {
	return openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, SafetyIdentifier: openai.String(userID)}
}

func buildBare() openai.ChatCompletionNewParams {
	return openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o}
}

func sameFileBuilders(ctx context.Context, userID string) {
	client.Chat.Completions.New(ctx, buildParams(userID))
	client.Chat.Completions.New(ctx, buildBare()) // want `has no safety_identifier`
}

func streaming(ctx context.Context) {
	client.Chat.Completions.NewStreaming(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o}) // want `chat completion request has no safety_identifier`
}

func responsesAPI(ctx context.Context) {
	client.Responses.New(ctx, responses.ResponseNewParams{Model: openai.ChatModelGPT4o}) // want `^response request has no safety_identifier`
}

func responsesAPIWithIdentifier(ctx context.Context, userID string) {
	client.Responses.New(ctx, responses.ResponseNewParams{Model: openai.ChatModelGPT4o, SafetyIdentifier: openai.String(userID)})
}

func images(ctx context.Context) {
	client.Images.Generate(ctx, openai.ImageGenerateParams{Prompt: "a cat"}) // want `^image generation request has no safety_identifier`
	client.Images.Edit(ctx, openai.ImageEditParams{Prompt: "a hat"})         // want `^image edit request has no safety_identifier`
}

func endpointsWithoutTheField(ctx context.Context) {
	client.Embeddings.New(ctx, openai.EmbeddingNewParams{Model: openai.EmbeddingModelTextEmbedding3Small, User: openai.String("batch")})
	client.Moderations.New(ctx, openai.ModerationNewParams{})
	client.Completions.New(ctx, openai.CompletionNewParams{Model: openai.CompletionNewParamsModelGPT3_5TurboInstruct})
}

func clientWide(ctx context.Context, userHash string) {
	c := openai.NewClient(option.WithJSONSet("safety_identifier", userHash)) // want `^client-wide option.WithJSONSet\("safety_identifier", ...\) is one ID for all users`
	c.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o})
}

func serviceWithOtherOptions(ctx context.Context) {
	c := openai.NewClient(option.WithMaxRetries(3))
	c.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o}) // want `has no safety_identifier`
}

var defaultParams = openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o}

var tunedParams = openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o}

func tune(userID string) { tunedParams.SafetyIdentifier = openai.String(userID) }

func packageParams(ctx context.Context) {
	client.Chat.Completions.New(ctx, defaultParams) // want `has no safety_identifier`
	client.Chat.Completions.New(ctx, tunedParams)
}
