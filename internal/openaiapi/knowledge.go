package openaiapi

import (
	"go/types"
	"strings"

	"github.com/openaivet/openaivet/internal/names"
)

// Wire fields, by the JSON tag a request struct gives them.
const (
	FieldSafetyIdentifier    = "safety_identifier"
	FieldUser                = "user"
	FieldMaxCompletionTokens = "max_completion_tokens"
	FieldMaxOutputTokens     = "max_output_tokens"
	FieldMaxTokens           = "max_tokens"
	FieldModeration          = "moderation"
	FieldMessages            = "messages"
	FieldInput               = "input"
	FieldInstructions        = "instructions"
	FieldPrompt              = "prompt"
)

// HeaderSafetyIdentifier is the header that carries the safety identifier
// where a request has no body field for it (the Realtime API).
const HeaderSafetyIdentifier = "OpenAI-Safety-Identifier"

// OutputBoundFields are the fields that bound how many tokens a request may
// generate, in order of preference for a new request.
var OutputBoundFields = []string{FieldMaxCompletionTokens, FieldMaxOutputTokens, FieldMaxTokens}

// Kind is what an endpoint does.
type Kind int

const (
	OtherKind Kind = iota
	TextGeneration
	ImageGeneration
	RealtimeClientSecret
	Moderation
	Embeddings
)

// Endpoint names an API method for messages and says what it does.
type Endpoint struct {
	Name string // as a user would say it: "chat completion"
	Kind Kind
}

// endpoints holds what the types of a request method cannot say: its name in
// messages and what kind of endpoint it is. A method missing here still
// counts as a request when its params struct has the fields a check asks
// about; it is then named after its params type, and counted as text
// generation when its params take an output token bound.
var endpoints = map[Library]names.Table[Endpoint]{
	OpenAIGo: names.NewRelativeTable(map[string]Endpoint{
		"(ChatCompletionService).New":              {"chat completion", TextGeneration},
		"(ChatCompletionService).NewStreaming":     {"chat completion", TextGeneration},
		"(CompletionService).New":                  {"completion", TextGeneration},
		"(CompletionService).NewStreaming":         {"completion", TextGeneration},
		"(BetaThreadRunService).New":               {"assistants run", TextGeneration},
		"(BetaThreadRunService).NewStreaming":      {"assistants run", TextGeneration},
		"(BetaThreadService).NewAndRun":            {"assistants run", TextGeneration},
		"(BetaThreadService).NewAndRunStreaming":   {"assistants run", TextGeneration},
		"(BetaResponseService).New":                {"response", TextGeneration},
		"(BetaResponseService).NewStreaming":       {"response", TextGeneration},
		"(responses.ResponseService).New":          {"response", TextGeneration},
		"(responses.ResponseService).NewStreaming": {"response", TextGeneration},
		"(ImageService).Generate":                  {"image generation", ImageGeneration},
		"(ImageService).GenerateStreaming":         {"image generation", ImageGeneration},
		"(ImageService).Edit":                      {"image edit", ImageGeneration},
		"(ImageService).EditStreaming":             {"image edit", ImageGeneration},
		"(ImageService).NewVariation":              {"image variation", ImageGeneration},
		"(realtime.ClientSecretService).New":       {"realtime client secret", RealtimeClientSecret},
		"(ModerationService).New":                  {"moderation", Moderation},
		"(EmbeddingService).New":                   {"embedding", Embeddings},
	}),
	GoOpenAI: names.NewRelativeTable(map[string]Endpoint{
		"(Client).CreateChatCompletion":       {"chat completion", TextGeneration},
		"(Client).CreateChatCompletionStream": {"chat completion", TextGeneration},
		"(Client).CreateCompletion":           {"completion", TextGeneration},
		"(Client).CreateCompletionStream":     {"completion", TextGeneration},
		"(Client).CreateResponse":             {"response", TextGeneration},
		"(Client).CreateResponseStream":       {"response", TextGeneration},
		"(Client).CreateRun":                  {"assistants run", TextGeneration},
		"(Client).CreateThreadAndRun":         {"assistants run", TextGeneration},
		"(Client).CreateImage":                {"image generation", ImageGeneration},
		"(Client).CreateEditImage":            {"image edit", ImageGeneration},
		"(Client).CreateVariImage":            {"image variation", ImageGeneration},
		"(Client).Moderations":                {"moderation", Moderation},
	}),
}

// Identification is how the requests to an endpoint can name their user.
type Identification int

const (
	// Unidentified endpoints take no identifier safetyid asks for.
	Unidentified Identification = iota
	// BySafetyIdentifier endpoints take safety_identifier in the current
	// versions of their library; older versions have only user.
	BySafetyIdentifier
	// ByUserOnly endpoints take safety_identifier on the wire, but no
	// version of their library has the field: user is the identifier a
	// request there can send, and upgrading brings nothing.
	ByUserOnly
)

// identifiedEndpoints say how the requests to each endpoint name their
// user. A request to a BySafetyIdentifier endpoint whose params have no
// such field comes from an older version (openai-go v1.11 and earlier,
// go-openai v1.40 and earlier), where the user field is the only per-user
// identifier. The test of this table holds it to the current versions:
// an endpoint is BySafetyIdentifier exactly when its params there have the
// field, and ByUserOnly when they have user and not it.
var identifiedEndpoints = map[Library]names.Table[Identification]{
	OpenAIGo: names.NewRelativeTable(map[string]Identification{
		"(ChatCompletionService).New":              BySafetyIdentifier,
		"(ChatCompletionService).NewStreaming":     BySafetyIdentifier,
		"(responses.ResponseService).New":          BySafetyIdentifier,
		"(responses.ResponseService).NewStreaming": BySafetyIdentifier,
		"(BetaResponseService).New":                BySafetyIdentifier,
		"(BetaResponseService).NewStreaming":       BySafetyIdentifier,
		"(ImageService).Generate":                  BySafetyIdentifier,
		"(ImageService).GenerateStreaming":         BySafetyIdentifier,
		"(ImageService).Edit":                      BySafetyIdentifier,
		"(ImageService).EditStreaming":             BySafetyIdentifier,
	}),
	GoOpenAI: names.NewRelativeTable(map[string]Identification{
		"(Client).CreateChatCompletion":       BySafetyIdentifier,
		"(Client).CreateChatCompletionStream": BySafetyIdentifier,
		"(Client).CreateResponse":             BySafetyIdentifier,
		"(Client).CreateResponseStream":       BySafetyIdentifier,
		"(Client).CreateImage":                ByUserOnly,
		"(Client).CreateEditImage":            ByUserOnly,
	}),
}

// sendsRequests reports whether methods on the named receiver type send API
// requests: openai-go's services, go-openai's Client.
func sendsRequests(lib Library, receiver string) bool {
	switch lib {
	case OpenAIGo:
		return strings.HasSuffix(receiver, "Service")
	case GoOpenAI:
		return receiver == "Client"
	}
	return false
}

// Per-call and client-wide options of openai-go that set part of a request.
var (
	jsonFieldOptions = names.NewRelativeTable(map[string]bool{"option.WithJSONSet": true})
	headerOptions    = names.NewRelativeTable(map[string]bool{"option.WithHeader": true, "option.WithHeaderAdd": true})
)

// optionalConstructors lift a plain value into the optional type of
// openai-go's params (param.Opt[T]); a field set through one of them is set
// to its argument.
var optionalConstructors = names.NewRelativeTable(map[string]bool{
	"String":                true,
	"Int":                   true,
	"Float":                 true,
	"Bool":                  true,
	"Opt":                   true,
	"packages/param.NewOpt": true,
})

// optionalConstructorFor names the root-package function that makes an
// optional value of the given element type, for fixes that add a field.
var optionalConstructorFor = map[types.BasicKind]string{
	types.Int64:   "Int",
	types.String:  "String",
	types.Float64: "Float",
	types.Bool:    "Bool",
}

// optionalType is openai-go's optional field type, param.Opt[T].
var optionalType = names.Name{Pkg: "packages/param", Member: "Opt"}

// setExtraFieldsMethod sets raw JSON fields on openai-go params.
const setExtraFieldsMethod = "SetExtraFields"

// isClientConstructor reports whether a function of a client library makes a
// client or a service from options: openai-go's NewClient and New*Service.
func isClientConstructor(lib Library, key names.Name) bool {
	if lib != OpenAIGo || key.Type != "" {
		return false
	}
	return key == names.Name{Member: "NewClient"} ||
		strings.HasPrefix(key.Member, "New") && strings.HasSuffix(key.Member, "Service")
}

// replacedFields maps a wire field to the field that replaced it. The old
// field is deprecated on the endpoints whose params have both: chat's
// max_tokens is, legacy completions' is not.
var replacedFields = map[string]string{
	FieldMaxTokens: FieldMaxCompletionTokens,
	FieldUser:      FieldSafetyIdentifier,
}

// keyTakers are the functions that take an API key, by library, with the
// argument that carries it and the environment variable to read it from
// instead.
var keyTakers = map[Library]names.Table[KeyArgument]{
	OpenAIGo: names.NewRelativeTable(map[string]KeyArgument{
		"option.WithAPIKey":      {Index: 0, EnvVar: "OPENAI_API_KEY", ClientReadsEnv: true},
		"option.WithAdminAPIKey": {Index: 0, EnvVar: "OPENAI_ADMIN_KEY"},
	}),
	GoOpenAI: names.NewRelativeTable(map[string]KeyArgument{
		"NewClient":          {Index: 0, EnvVar: "OPENAI_API_KEY"},
		"DefaultConfig":      {Index: 0, EnvVar: "OPENAI_API_KEY"},
		"DefaultAzureConfig": {Index: 0, EnvVar: "AZURE_OPENAI_API_KEY"},
	}),
}

// Outside the client libraries a key is taken by an Authorization header
// and by the environment variable the libraries read.
const (
	authorizationHeader = "Authorization"
	APIKeyEnvVar        = "OPENAI_API_KEY"
)

// baseURLOptions point an openai-go client at another server.
var baseURLOptions = names.NewRelativeTable(map[string]bool{"option.WithBaseURL": true})

// go-openai makes a client from a ClientConfig, whose BaseURL field says
// where the client sends its requests.
const (
	goOpenAIConfigConstructor = "NewClientWithConfig"
	goOpenAIBaseURLField      = "BaseURL"
)

// testServerPackage serves a test's stand-in for the API, on a local
// address; its Server's URL field is where a client under test points.
const (
	testServerPackage  = "net/http/httptest"
	testServerURLField = "URL"
)

// openAIHostSuffixes are the hosts that serve OpenAI's API, directly or
// through Azure. A client pointed elsewhere talks to another provider
// through an OpenAI-compatible API, where OpenAI's request fields may not
// apply.
var openAIHostSuffixes = []string{"openai.com", "openai.azure.com", "cognitiveservices.azure.com", "services.ai.azure.com"}
