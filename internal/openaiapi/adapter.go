// Package openaiapi is what openaivet knows about the Go clients of the
// OpenAI API, and the one place that knows them.
//
// Every client ends in the same JSON request, so the model of a request is
// the wire request: which fields it sets (by their JSON tags), and from
// which expression. A field that a new endpoint or library version adds is
// understood the day it ships. What the types cannot say (which methods
// send requests, which functions are options that set a header or a JSON
// field, how an optional value is spelled, how a prompt's roles are
// built, how the client's server is chosen) is an adapter per client: a
// Client value in a file of its own (openaigo.go, goopenai.go,
// langchaingo.go, eino.go, genkit.go, azopenai.go), mostly
// tables keyed by names relative to the library's root package. Adding a
// client is adding such a file and its tests.
//
// The Analyzer of this package finds every request a package sends and
// answers, for each wire field, whether the request sets it and from which
// expression. Checks require it and ask; none of them matches library types
// on its own.
package openaiapi

import (
	"go/types"
	"strings"

	"github.com/openaivet/openaivet/internal/config"
	"github.com/openaivet/openaivet/internal/names"
)

// A Client is an adapter from one client library's Go API to the wire
// request. Its tables are keyed by names relative to the library's root
// package: (ChatCompletionService).New, option.WithJSONSet.
type Client struct {
	// Name is the client as its users know it, for messages.
	Name string
	// Doc says what openaivet reads of the client, for the Supported
	// clients page and -list-clients.
	Doc ClientDoc
	// path is the module path. With versioned, each major version after
	// the first is a root of its own, path/vN. corePath is a module the
	// client's types and interfaces come from, when they are not its own
	// (eino's schema and model interfaces): a root of its own too.
	path      string
	versioned bool
	corePath  string

	// endpoints are the methods that send requests, and identified how
	// the requests to each can name their user (see Identification).
	endpoints  names.Table[Endpoint]
	identified names.Table[Identification]
	// senders match the receiver types whose methods send requests; a
	// method missing from endpoints still counts when its params struct
	// has the fields a check asks about.
	senders []namePattern

	// constructors are the package-level functions that make a client or
	// service from options, and constructorPatterns match more of them by
	// name, in any package of the library; configConstructor makes one
	// from a config struct, whose configBaseURLField says where requests
	// go.
	constructors        names.Table[bool]
	constructorPatterns []namePattern
	configConstructor   names.Name
	configBaseURLField  string
	// endpointArguments are constructors that take the base URL as an
	// argument, by its index: a client of another provider's API.
	endpointArguments names.Table[int]
	// Options that set part of a request, per call or for a client: a
	// JSON field, a map of JSON fields, a header, the base URL.
	jsonFieldOptions names.Table[bool]
	jsonMapOptions   names.Table[bool]
	headerOptions    names.Table[bool]
	baseURLOptions   names.Table[bool]
	// keyTakers take an API key (see KeyArgument). credentialMakers,
	// named in full, are functions of other modules that make from a key
	// the credential the client's constructors take (azcore's
	// NewKeyCredential); their calls take a key in a package that
	// imports the client.
	keyTakers        names.Table[KeyArgument]
	credentialMakers names.Table[KeyArgument]

	// Optional fields: optionalType is the params' optional field type
	// (param.Opt[T]); optionalConstructors lift a plain value into it (a
	// field set through one is set to its argument); and
	// optionalConstructorFor names, by element type, the root-package
	// function that fixes use to make one.
	optionalType           names.Name
	optionalConstructors   names.Table[bool]
	optionalConstructorFor map[types.BasicKind]string
	// extraFieldsMethod is the params' method that sets raw JSON fields.
	extraFieldsMethod string

	// Prompts: messageConstructors make a chat message of a role from its
	// text; roleArguments make one from its text and the role their
	// caller passes, by the index of the role argument. systemRoleTypes
	// are the types of a message's role field that make it a system or
	// developer message by its type (a union member whose role the
	// caller never writes), among the types of fixedRolePackage, which
	// can each hold one role only.
	messageConstructors names.Table[Role]
	roleArguments       names.Table[int]
	systemRoleTypes     names.Table[bool]
	fixedRolePackage    string
	// fieldTags name the wire field that a field of the library's
	// structs without JSON tags stands for: (llms.MessageContent).Role
	// is a message's role. systemMessageTypes are the message types
	// that are system or developer messages by their type alone.
	fieldTags          names.Table[string]
	systemMessageTypes names.Table[bool]

	// Clients whose requests carry no params struct (langchaingo):
	// promptCalls are the methods and functions that send a prompt to a
	// model, and modelTypes the library's types of an OpenAI model; a
	// call through an interface is a request where the model is one of
	// them. fieldOptions are the call options that set a wire field to
	// their argument, optionFor the one a fix adds for a wire field, and
	// opaqueOptions those that may set any field.
	promptCalls names.Table[promptCall]
	modelTypes  names.Table[bool]
	// modelWrappers make a value that runs a model they are given (see
	// modelWrapper): a prompt call through the value is a call of the
	// model.
	modelWrappers names.Table[modelWrapper]
	// modelAdders are a builder's methods that add to it the model they
	// are given as their argument number (see modelWrapper).
	modelAdders names.Table[int]
	// nestedOptions are call options of a wrapper that pass the model
	// options they are given on to its model
	// (react.WithChatModelOptions(model.WithMaxTokens(n))): variadic, or
	// a slice.
	nestedOptions names.Table[bool]
	fieldOptions  names.Table[string]
	optionFor     map[string]names.Name
	opaqueOptions names.Table[bool]
	// Where a call option chooses the model (Genkit): modelNameOptions
	// choose it by a name, an OpenAI model's when it has the prefix
	// they map to; modelOptions by a model value, an OpenAI model's
	// when modelMakers made it. configOptions take a config whose
	// fields are wire fields (the params of openai-go, or a map), and
	// configSpelling says how a program sets a wire field there, for
	// messages. defaultModelOptions are options of what makes a call's
	// instance (see promptCall.instance) that name the model its calls
	// use when no call option chooses one, an OpenAI model's when it
	// has the prefix they map to.
	modelNameOptions    names.Table[string]
	defaultModelOptions names.Table[string]
	// promptDefiners define a prompt, with options, that a promptCall
	// with defined runs later; they map to the argument that is their
	// instance. Its texts are templates, whose variables templateInputs
	// (options of the run) give.
	promptDefiners names.Table[int]
	templateInputs names.Table[bool]
	// templateFillers fill a chat template in with the values at the
	// argument they map to (eino's template.Format(ctx, values)); the
	// template is what templateMakers make, from the messages after the
	// argument they map to, whose constant names the syntax of their
	// texts (templateSyntaxes). A system text among them that reads the
	// values puts them in the system prompt (see TemplateFill).
	templateFillers  names.Table[int]
	templateMakers   names.Table[int]
	templateSyntaxes map[int64]templateSyntax
	// pluginOptions are the client plugins that an instance is made
	// with, by the field that holds the options of their client, whose
	// base URL may point the instance's models at another provider.
	pluginOptions  names.Table[string]
	modelOptions   names.Table[bool]
	modelMakers    names.Table[bool]
	configOptions  names.Table[bool]
	configSpelling map[string]string
}

// A promptCall sends a prompt, its argument number prompt (the receiver
// not counted), to the model that is its receiver or, for a function,
// its argument number model; with byOption, to the model a call option
// chooses (see Client.modelOptions).
type promptCall struct {
	Endpoint
	prompt, model int
	byOption      bool
	// instance, when positive, is the argument whose maker names the
	// default model (genkit.Init(ctx, genkit.WithDefaultModel(name))),
	// which a byOption call uses when no option chooses one.
	instance int
	// defined, for a byOption method, says that its receiver is a
	// prompt that a promptDefiners call defined: the call runs with the
	// definition's options and then its own, and its model is the one
	// its options choose, else the definition's, else the default of
	// the definition's instance. A config the call gives replaces the
	// definition's. With input, the prompt argument is the template's
	// input (a DataPrompt's), not options.
	defined, input bool
	// optionFor names, by wire field, the option a fix adds where the
	// call takes options of its own kind (chains.WithMaxTokens on
	// chains.Run), instead of the client's optionFor.
	optionFor map[string]names.Name
	// optionWrapper, when the call's options are of its own kind, is
	// the option that passes model options on, which a fix wraps the
	// option it adds in.
	optionWrapper *optionWrapper
}

// A modelWrapper makes a value that runs the model it is given as its
// argument number arg (chains.NewLLMChain(llm, prompt)) or, with fields,
// as the first of those fields that the config struct at arg sets
// (react.NewAgent(ctx, &react.AgentConfig{ToolCallingModel: cm})). An arg
// of -1 is the receiver, a builder that modelAdders give the model
// (chain.AppendChatModel(cm), then chain.Compile(ctx)).
type modelWrapper struct {
	arg    int
	fields []string
}

// An optionWrapper is a call option that passes the model options given
// to it on (see Client.nestedOptions), by names relative to the root of
// the call it is an option of; elem is the type of the slice it takes
// them in, or none when it is variadic.
type optionWrapper struct {
	fn, elem names.Name
}

// ClientDoc is what a user reads about a client's support.
type ClientDoc struct {
	// Summary is one line: the library and which versions.
	Summary string
	// Reads lists what openaivet understands of the client; Gaps what
	// it cannot see yet.
	Reads, Gaps []string
}

// clients are the adapters, one per client library.
var clients = []*Client{openAIGo, goOpenAI, langChainGo, eino, genkit, azOpenAI}

// Clients returns the adapters, in the order their pages list them, and
// last the requests programs write with net/http.
func Clients() []*Client { return append(clients[:len(clients):len(clients)], plainHTTP) }

// Module returns the module path of the client's library (of its first
// major version, when each is a module of its own).
func (c *Client) Module() string { return c.path }

// namePattern matches a name: exact when it is set, otherwise every name
// that starts with prefix and ends with suffix.
type namePattern struct {
	exact, prefix, suffix string
}

func (p namePattern) matches(name string) bool {
	if p.exact != "" {
		return name == p.exact
	}
	return strings.HasPrefix(name, p.prefix) && strings.HasSuffix(name, p.suffix)
}

func matchesAny(patterns []namePattern, name string) bool {
	for _, p := range patterns {
		if p.matches(name) {
			return true
		}
	}
	return false
}

// Forks of a client, declared in .openaivet.yml, are read as the client.
func init() {
	for _, c := range clients {
		config.RegisterClient(c.path, c.versioned)
	}
}

// ClientOf reports which client library the package path belongs to, and
// the import path of that library's root package (where its constructors and
// helpers such as openai.String live). A package of a fork that the
// configuration declares belongs to the library it forks, and the fork's
// module is the root.
func ClientOf(pkgPath string) (c *Client, root string, ok bool) {
	if c, root, ok := clientOf(pkgPath); ok {
		return c, root, ok
	}
	if fork, original, ok := config.ForkOf(pkgPath); ok {
		c, _, ok := clientOf(original)
		return c, fork, ok
	}
	return nil, "", false
}

func clientOf(pkgPath string) (c *Client, root string, ok bool) {
	for _, c := range clients {
		if c.corePath != "" && within(pkgPath, c.corePath) {
			return c, c.corePath, true
		}
		if !within(pkgPath, c.path) {
			continue
		}
		rest := pkgPath[len(c.path):]
		if c.versioned {
			major, _, _ := strings.Cut(strings.TrimPrefix(rest, "/"), "/")
			if isMajorVersion(major) {
				return c, c.path + "/" + major, true
			}
		}
		return c, c.path, true
	}
	return nil, "", false
}

// within reports whether the package path is root or below it.
func within(pkgPath, root string) bool {
	rest, found := strings.CutPrefix(pkgPath, root)
	return found && (rest == "" || rest[0] == '/')
}

// isMajorVersion reports whether elem is a module major-version suffix
// such as "v2".
func isMajorVersion(elem string) bool {
	if len(elem) < 2 || elem[0] != 'v' {
		return false
	}
	for _, r := range elem[1:] {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// IsClientPackage reports whether the package path belongs to a client library.
func IsClientPackage(pkgPath string) bool {
	_, _, ok := ClientOf(pkgPath)
	return ok
}

// sendsRequests reports whether methods on the named receiver type send
// API requests.
func (c *Client) sendsRequests(receiver string) bool {
	return matchesAny(c.senders, receiver)
}

// isConstructor reports whether a function of the library makes a client
// or a service from options.
func (c *Client) isConstructor(key names.Name) bool {
	return key.Type == "" && (c.constructors[key] || matchesAny(c.constructorPatterns, key.Member))
}

// relativeName returns the name of a function or method of a client
// library relative to the library's root package, the key of a Client's
// tables.
func relativeName(fn *types.Func) (*Client, names.Name, bool) {
	n, ok := names.Func(fn)
	if !ok {
		return nil, names.Name{}, false
	}
	return relative(n)
}

// relativeType returns the name of a named type of a client library (or
// of the type t points to) relative to the library's root package.
func relativeType(t types.Type) (*Client, names.Name, bool) {
	n, ok := names.Type(t)
	if !ok {
		return nil, names.Name{}, false
	}
	return relative(n)
}

func relative(n names.Name) (*Client, names.Name, bool) {
	c, root, ok := ClientOf(n.Pkg)
	if !ok {
		return nil, names.Name{}, false
	}
	rel, ok := n.Relative(root)
	return c, rel, ok
}

// isExtraFieldsMethod reports whether method is a client library's method
// that sets raw JSON fields on params.
func isExtraFieldsMethod(method *types.Func) bool {
	if method.Pkg() == nil {
		return false
	}
	c, _, ok := ClientOf(method.Pkg().Path())
	return ok && c.extraFieldsMethod != "" && method.Name() == c.extraFieldsMethod
}
