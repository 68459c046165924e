package openaiapi

import (
	"go/ast"
	"go/token"
	"go/types"
	"net/textproto"
	"path"
	"reflect"
	"strings"

	"github.com/openaivet/openaivet/internal/names"
)

// Request is one call that sends a request to the API.
type Request struct {
	Call *ast.CallExpr
	// Method is the library method that sends the request; nil when the
	// call is of a sender of another package.
	Method *types.Func
	// Sender is the function of the program that the call gives the
	// params to, which sends them (see ParamsSender): the request is
	// checked here, with the caller's params. nil when the call sends the
	// request itself.
	Sender   *types.Func
	Endpoint Endpoint
	// Client is the client library the request is sent with.
	Client *Client
	// Root is the import path of the library's root package, where helpers
	// such as openai.String live.
	Root string
	// Params is the request struct the call sends, and ParamsArg the
	// argument that carries it. A client without params structs sends a
	// prompt instead: Params is nil, and ParamsArg is the prompt.
	Params    *types.Named
	ParamsArg ast.Expr
	// payload is the type of what ParamsArg carries.
	payload types.Type

	fields map[string]*types.Var // the params struct's fields, by JSON tag
	// wireNames says, for each wire field the request can set other than
	// by a field of its params struct, how: the option that sets it, or
	// the field a struct of the program's lacks (see plainHTTP).
	wireNames map[string]string
	// clientSets holds when the model's config sets fields for every
	// request (see Client.configConstructor): what it sets is unknown
	// while the config is.
	clientSets bool
	body       origin // what the params carry
	options    origin // what the call's options set
	client     origin // what the client's or service's options set
	headers    map[string][]Setting
	literal    *ast.CompositeLit
	hdrKnown   bool
	// identified is how the endpoint's requests name their user.
	identified Identification
	// optionFor names, by wire field, the call option a fix adds to a
	// request of a client without params structs (see SpellOption).
	optionFor map[string]names.Name
	// optionRoots holds, by wire field, the root of the library module
	// whose package the option is in, relative to which optionFor names
	// it: the client's own, or its core module's.
	optionRoots map[string]string
	// optionWrapper is the option of the call's own kind that a fix
	// wraps the added option in (see promptCall).
	optionWrapper *optionWrapper
	// givenBy is the exported function whose callers give the model
	// the request is sent through; nil for a request through a model the
	// analysis knows.
	givenBy *types.Func
	// headerPlace says where a request the program writes itself sets
	// its headers ("the handshake's headers"); "" for a library's.
	headerPlace string
	// defined holds for the run of a prompt defined before, and input
	// when its prompt argument is the template's input (see
	// promptCall); systemTemplate is the system text of a definition
	// that the input's templateVars fill in (all of it, when none).
	defined, input bool
	systemTemplate token.Pos
	templateVars   []string
}

// PromptInReceiver reports whether the call's receiver holds a part of
// the prompt: a prompt defined before with its messages, which the call
// runs (genkit.DefinePrompt, then Execute).
func (r *Request) PromptInReceiver() bool { return r.defined }

// SystemTemplate returns where the system text of the prompt a request
// runs (see PromptInReceiver) takes the template's input in
// ("You help {{name}}"), and the input's variables it reads (all of the
// input when none); and whether the request's prompt argument is that
// input itself rather than options, one of which may give it (see
// TemplateInput). at is NoPos when no system text takes input.
func (r *Request) SystemTemplate() (at token.Pos, vars []string, promptIsInput bool) {
	return r.systemTemplate, r.templateVars, r.input
}

// TemplateInput reports whether fn, a function of a client library, is
// an option that gives a defined prompt's template its input
// (ai.WithInput).
func TemplateInput(fn *types.Func) bool {
	c, key, ok := relativeName(fn)
	return ok && c.templateInputs[key]
}

// GivenBy returns the exported function of the package whose callers
// give the model the request is sent through, for a request of
// Result.Given; nil for any other.
func (r *Request) GivenBy() *types.Func { return r.givenBy }

// HeaderPlace says where the program sets the headers of a request it
// writes itself, for messages: "the handshake's headers" of a WebSocket
// dial, "the request's headers" of a POST; "" for a client library's
// request, whose headers its options set.
func (r *Request) HeaderPlace() string { return r.headerPlace }

// Via says how a field came to be set.
type Via int

const (
	InLiteral      Via = iota // in the params' composite literal
	ByAssignment              // params.Field = value
	ByBuilder                 // in a function that builds and returns the params
	ByExtraFields             // params.SetExtraFields(map[string]any{...})
	ByCallOption              // option.WithJSONSet or option.WithHeader on the call
	ByClientOption            // the same, on the client or service the call was made from
	BySender                  // in a function that the params are given to, which sends them
)

// Setting is one place where a request field or header is set.
type Setting struct {
	Via Via
	// Pos is where the field is set, in this package; NoPos when it is set
	// in another package.
	Pos token.Pos
	// Key is the field's name as written here (a composite literal key or
	// the selector of an assignment), for fixes that rename it; nil when the
	// field is not named in this package.
	Key *ast.Ident
	// Value is the value as written here, unwrapped from optional-value
	// constructors such as openai.String; nil when the value is not visible.
	Value ast.Expr
	// Constant reports that the value is a compile-time constant: the same
	// for every call.
	Constant bool
	// Empty reports that the value is the empty string.
	Empty bool
	// Int is the value when it is an integer constant (valid when IntKnown).
	Int      int64
	IntKnown bool

	// param is, for a field a function of another package sets, one plus
	// the index of its parameter whose argument the value is; 0 otherwise.
	param int
}

// Payload is the type of the argument that carries the request's params,
// or its prompt.
func (r *Request) Payload() types.Type { return r.payload }

// Has reports whether the request can set the wire field: its params
// struct has it, or a way to set it names it (see wireNames).
func (r *Request) Has(tag string) bool {
	_, field := r.fields[tag]
	_, named := r.wireNames[tag]
	return field || named
}

// FieldName returns the Go name of the wire field in the params struct,
// or how the program sets it without one: the option
// (llms.WithMaxTokens), the field to add to a struct of the program's
// ("a safety_identifier field in chatRequest").
func (r *Request) FieldName(tag string) string {
	if f, ok := r.fields[tag]; ok {
		return f.Name()
	}
	return r.wireNames[tag]
}

// option returns the call option that sets the wire field on a request of
// a client without params structs, by the name of its package
// (llms.WithMaxTokens), and the package's import path.
func (r *Request) option(tag string) (opt names.Name, importPath string, ok bool) {
	rel, ok := r.optionFor[tag]
	if r.Params != nil || !ok {
		return names.Name{}, "", false
	}
	opt, importPath = r.imported(r.optionRoots[tag], rel)
	return opt, importPath, true
}

// imported names a library member, relative to root, by its package's
// name, with the package's import path.
func (r *Request) imported(root string, rel names.Name) (names.Name, string) {
	importPath := root
	if rel.Pkg != "" {
		importPath += "/" + rel.Pkg
	}
	return names.Name{Pkg: path.Base(importPath), Member: rel.Member}, importPath
}

// SpellOption spells the call option that sets the wire field to the Go
// expression arg, on a request of a client without params structs:
// llms.WithMaxTokens(1024), or wrapped in the option of the call's own
// kind that passes it on,
// react.WithChatModelOptions(openai.WithMaxCompletionTokens(1024)).
// local names a package where the option is written, by its import path
// (nil: by the package's name); ok is false when the request takes no such
// option, or local fails.
func (r *Request) SpellOption(tag, arg string, local func(importPath, name string) (string, bool)) (string, bool) {
	if local == nil {
		local = func(_, name string) (string, bool) { return name, true }
	}
	member := func(n names.Name, importPath string) (string, bool) {
		pkg, ok := local(importPath, n.Pkg)
		return pkg + "." + n.Member, ok
	}
	opt, importPath, ok := r.option(tag)
	if !ok {
		return "", false
	}
	text, ok := member(opt, importPath)
	if !ok {
		return "", false
	}
	text += "(" + arg + ")"
	w := r.optionWrapper
	if w == nil {
		return text, true
	}
	if w.elem != (names.Name{}) {
		elem, ok := member(r.imported(r.Root, w.elem))
		if !ok {
			return "", false
		}
		text = "[]" + elem + "{" + text + "}"
	}
	fn, ok := member(r.imported(r.Root, w.fn))
	return fn + "(" + text + ")", ok
}

// FieldType returns the Go type of the wire field in the params struct.
func (r *Request) FieldType(tag string) types.Type {
	if f, ok := r.fields[tag]; ok {
		return f.Type()
	}
	return nil
}

// Set reports where the request sets the wire field. known is false when
// the field is set nowhere the analysis sees and the params, or options
// that could set it, come from somewhere it cannot see; checks stay silent
// then. A field set on some paths only counts as set. known is false
// too for a request whose params its function's callers give (see
// Forwarded): it is checked at each of their calls.
func (r *Request) Set(tag string) (settings []Setting, known bool) {
	settings = append(settings, r.body.fields[tag]...)
	settings = append(settings, r.options.fields[tag]...)
	settings = append(settings, r.client.fields[tag]...)
	if r.Forwarded() {
		return settings, false
	}
	return settings, len(settings) > 0 || r.body.known && r.options.known && (!r.clientSets || r.client.complete())
}

// Forwarded reports whether the request sends params, or options, that
// the function it is in was given by its callers: what it sets is known at
// their calls (the requests to check, when the function is a sender; see
// ParamsSender), not here.
func (r *Request) Forwarded() bool {
	return len(r.body.params) > 0 || len(r.options.params) > 0
}

// Header reports where the request's header is set, on the call or on the
// client or service it was made from. known is false when options come from
// somewhere the analysis cannot see, or from the function's callers.
func (r *Request) Header(name string) (settings []Setting, known bool) {
	settings = r.headers[textproto.CanonicalMIMEHeaderKey(name)]
	if r.Forwarded() {
		return settings, false
	}
	return settings, len(settings) > 0 || r.hdrKnown
}

// CallHeader reports where the request's header is set on the call itself,
// by its options. known is false when the call's options come from
// somewhere the analysis cannot see, or from the function's callers.
func (r *Request) CallHeader(name string) (settings []Setting, known bool) {
	settings = r.options.headers[textproto.CanonicalMIMEHeaderKey(name)]
	if r.Forwarded() {
		return settings, false
	}
	return settings, len(settings) > 0 || r.options.known
}

// SharedClient reports whether the call is made, on some path, through a
// client or service that outlives the function: one it is given as a
// parameter, or a package variable. Such a client serves the calls of many
// users, so what its options set is the same for all of them.
func (r *Request) SharedClient() bool { return r.client.shared }

// Literal returns the composite literal that holds the whole of the params,
// when there is exactly one (written in the call, assigned once to the
// variable passed, or the one value stored where the params are kept); for
// a call of a sender, the caller's. Fixes that add a field edit it.
func (r *Request) Literal() *ast.CompositeLit { return r.literal }

// ClientConstructor is a call that makes a client or service from options,
// with what those options set on every request made through it: fields by
// JSON name, headers by canonical MIME key (textproto.CanonicalMIMEHeaderKey).
type ClientConstructor struct {
	Call    *ast.CallExpr
	Fields  map[string][]Setting
	Headers map[string][]Setting
}

// Result is what the Analyzer finds in a package.
type Result struct {
	Requests []*Request
	Clients  []*ClientConstructor
	// Given are the requests through a model that an exported function
	// is given by its callers (see GivenBy): checks export what they find
	// on them, as if the model were OpenAI's, for the packages that call
	// the function with an OpenAI model. Wirings are those calls in this
	// package.
	Given   []*Request
	Wirings []Wiring
	Fills   []*TemplateFill
}

// A Wiring is a call that gives a function of another package an OpenAI
// model, with the client options it was made with setting none of the
// fields the checks read (see givenFields), where the function's requests
// through it are checked. Func is the function whose requests they are:
// the callee, or the function it passes the model on to.
type Wiring struct {
	Call *ast.CallExpr
	Func *types.Func
}

// jsonFields indexes a struct's fields by the name its JSON tag gives them
// or, for a client library's struct without tags, its adapter (see
// Client.fieldTags).
func jsonFields(st *types.Struct) map[string]*types.Var {
	fields := make(map[string]*types.Var)
	for i := range st.NumFields() {
		name := wireTag(st, i)
		if name == "" || name == "-" {
			continue
		}
		fields[name] = st.Field(i)
	}
	return fields
}

// wireTag returns the wire name of a struct's field i: its JSON tag or,
// for a field of a client library's struct without one, the name the
// adapter gives it.
func wireTag(st *types.Struct, i int) string {
	if name, _ := jsonTag(st.Tag(i)); name != "" {
		return name
	}
	field := st.Field(i)
	if field.Pkg() == nil {
		return ""
	}
	c, _, ok := ClientOf(field.Pkg().Path())
	if !ok || len(c.fieldTags) == 0 {
		return ""
	}
	named := declaredAs(st)
	if named == nil {
		return ""
	}
	n, _ := names.Field(named, i)
	_, rel, ok := relative(n)
	if !ok {
		return ""
	}
	tag, _ := c.fieldTags.Lookup(rel)
	return tag
}

// JSONName returns the name that encoding/json gives field i of st.
func JSONName(st *types.Struct, i int) string {
	if name, _ := jsonTag(st.Tag(i)); name != "" {
		return name
	}
	return st.Field(i).Name()
}

// jsonTag returns the name and options of a struct tag's json key.
func jsonTag(tag string) (name string, omitempty bool) {
	v := reflect.StructTag(tag).Get("json")
	name, opts, _ := strings.Cut(v, ",")
	for opt := range strings.SplitSeq(opts, ",") {
		if opt == "omitempty" {
			omitempty = true
		}
	}
	return name, omitempty
}

// omittedWhenZero reports whether a zero value in the field is left off the
// wire (a plain `omitempty` field, as go-openai uses), so that setting it to
// a zero constant does not set it at all.
func omittedWhenZero(st *types.Struct, field *types.Var) bool {
	for i := range st.NumFields() {
		if st.Field(i) == field {
			_, omitempty := jsonTag(st.Tag(i))
			return omitempty
		}
	}
	return false
}

// RootPackageName is the package name of every library's root package.
const RootPackageName = "openai"

// Wrapper returns the root-package function that lifts a plain value into
// the wire field's Go type (openai.String for param.Opt[string]), or "" when
// a plain value fits as it is. ok is false when the analysis knows no
// spelling for a value of the field's type.
func (r *Request) Wrapper(tag string) (fn string, ok bool) {
	t := r.FieldType(tag)
	if t == nil {
		return "", false
	}
	if _, basic := t.Underlying().(*types.Basic); basic {
		return "", true
	}
	named, isNamed := types.Unalias(t).(*types.Named)
	if !isNamed || named.TypeArgs().Len() != 1 {
		return "", false
	}
	c, key, ok := relativeType(named)
	if !ok || key != c.optionalType {
		return "", false
	}
	elem, ok := named.TypeArgs().At(0).(*types.Basic)
	if !ok {
		return "", false
	}
	fn, ok = c.optionalConstructorFor[elem.Kind()]
	return fn, ok
}

// IdentifierField returns the wire field that carries the request's
// per-user identifier: safety_identifier where its params have it; user
// on an endpoint that takes safety_identifier when the library in use has
// no such field (legacy is true then: an older version, or a library with
// no version that has it, as ByUserOnly says). ok is false when the request
// has neither.
func (r *Request) IdentifierField() (tag string, legacy, ok bool) {
	switch {
	case r.Has(FieldSafetyIdentifier):
		return FieldSafetyIdentifier, false, true
	case r.identified != Unidentified && r.Has(FieldUser):
		return FieldUser, true, true
	}
	return "", false, false
}

// Replacement returns the wire field that replaced a deprecated one on this
// request's endpoint, or false when the field is current here.
func (r *Request) Replacement(tag string) (string, bool) {
	repl, ok := replacedFields[tag]
	if !ok || !r.Has(tag) || !r.Has(repl) {
		return "", false
	}
	return repl, true
}

// OtherProvider reports whether the request may go to another provider
// than OpenAI, whose practices about the request's fields may not apply
// there: the client it is sent through is pointed, on some path, at a
// base URL that is not OpenAI's (xAI, a local Ollama, ...), whose host it
// returns; or the client's config, which chooses both the fields it sets
// and its base URL, is out of sight (host is "" then): a model another
// package built and stored where this one cannot follow it.
func (r *Request) OtherProvider() (host string, ok bool) {
	switch {
	case len(r.client.otherHosts) > 0:
		return r.client.otherHosts[0], true
	case r.clientSets && !r.client.known:
		return "", true
	}
	return "", false
}
