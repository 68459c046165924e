package openaiapi

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
	FieldModel               = "model"
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
	// RealtimeSession is a Realtime session a backend opens itself, over
	// a WebSocket: its user is named by a header of the handshake.
	RealtimeSession
	Moderation
	Embeddings
)

// Endpoint names an API method for messages and says what it does.
type Endpoint struct {
	Name string // as a user would say it: "chat completion"
	Kind Kind
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

// replacedFields maps a wire field to the field that replaced it. The old
// field is deprecated on the endpoints whose params have both: chat's
// max_tokens is, legacy completions' is not.
var replacedFields = map[string]string{
	FieldMaxTokens: FieldMaxCompletionTokens,
	FieldUser:      FieldSafetyIdentifier,
}

// Outside the client libraries a key is taken by an Authorization header
// and by the environment variable the libraries read.
const (
	authorizationHeader = "Authorization"
	APIKeyEnvVar        = "OPENAI_API_KEY"
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
