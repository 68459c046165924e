// Package safetyid defines an Analyzer that checks that requests to the
// OpenAI API carry a per-user safety identifier.
package safetyid

import (
	"fmt"
	"go/token"
	"go/types"
	"strings"

	"github.com/openaivet/openaivet/internal/checkdoc"
	"github.com/openaivet/openaivet/internal/givenmodel"
	"github.com/openaivet/openaivet/internal/hashfix"
	"github.com/openaivet/openaivet/internal/openaiapi"
	"github.com/openaivet/openaivet/internal/pii"
	"github.com/openaivet/openaivet/internal/report"
	"github.com/openaivet/openaivet/internal/requestfix"
	"golang.org/x/tools/go/analysis"
	"honnef.co/go/tools/analysis/lint"
)

// Doc is the check's documentation.
var Doc = &lint.RawDocumentation{
	Title: "Requests must carry a per-user safety identifier",
	Text: `OpenAI asks applications to send a stable identifier for the end user with
every request, in the \'safety_identifier\' parameter, so that abuse can be
traced to one user instead of to the whole application: the organization
keeps access while the one account is dealt with. The value should be a hash
of the username or e-mail address (see the \'unhashedid\' check), or a
session ID for users who are not signed in.

This check reports:

- a request to an endpoint that accepts \'safety_identifier\' (chat
  completions, responses, image generation and edits, and every other
  endpoint whose params have the field) sent without one;
- the deprecated \'user\' field used instead (fix: rename it to
  \'SafetyIdentifier\');
- an identifier that is the same for every user: a literal, a named
  constant, any constant expression, or the empty string;
- a request made with a library version that has no
  \'safety_identifier\' (openai-go v1.11 and earlier, go-openai v1.40 and
  earlier, told by the params' fields) without the \'user\' field, which
  is the per-user identifier there, or with a constant one: set \'User\'
  (fix), or upgrade the library and send \'safety_identifier\';
- the same for a go-openai image generation or edit, which the API
  identifies by \'safety_identifier\' but no go-openai version can send
  it for: \'User\' is the identifier there;
- a Realtime client secret minted without the
  \'OpenAI-Safety-Identifier\' header on the call or on the client or
  service it is made from; when that client outlives the function (it
  came in as a parameter, or is a package variable), it serves every user,
  so only a header on the call itself counts;
- a Realtime session that a backend opens itself over a WebSocket
  (gorilla/websocket, coder/websocket) to \'/v1/realtime\' without the
  \'OpenAI-Safety-Identifier\' header in the handshake, or with one value
  for every user; the same for a WebRTC call whose SDP offer the backend
  posts to \'/v1/realtime/calls\', and a client secret it mints with a
  POST to \'/v1/realtime/client_secrets\', by the headers it sets on the
  request;
- \'option.WithJSONSet("safety_identifier", ...)\' among a client's
  options, which sends one value for every user of the client.

The field counts as set wherever the request gets it: its literal, an
assignment before the call, a function that builds the params (in any
package), \'SetExtraFields\', or \'option.WithJSONSet\' on the call; an empty
placeholder overwritten on every path before the params are read is not
sent. A request is also a call of a function (in any package) that takes
the params and sends them, checked with the caller's params and what the
function sets; a call through a method value, an interface modeled on the
service, or a retry helper given the method; and params kept in an
unexported field, map or slice of the package, from everything the package
stores there. When the params come from somewhere the analysis cannot see
(an exported field, a parameter of a function that is not such a sender),
the check says nothing;
so it does for a request sent through a client pointed at another
provider's OpenAI-compatible API or a local server: a base URL that is not
OpenAI's, on some path (a constant, the default of a flag, of
\'cmp.Or\' or of a configuration helper, an httptest server's URL).
A fix that adds the field (\'SafetyIdentifier\', or \'User\' on an old
library version) is offered only when exactly one per-user value (such as
a variable named \'userID\' or \'sessionID\') is in scope; when that value
holds personal data (a \'userID\' read from the "email" form field), the
fix sends a hash of it, as \'unhashedid\' asks.`,
	Before: `resp, err := client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
	Model:    openai.ChatModelGPT4o,
	Messages: msgs,
	User:     openai.String(userHash),
})`,
	After: `resp, err := client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
	Model:            openai.ChatModelGPT4o,
	Messages:         msgs,
	SafetyIdentifier: openai.String(userHash),
})`,
	Severity: lint.SeverityWarning,
}

// Examples show the finding on the other clients the check reads.
var Examples = []checkdoc.Example{
	{Client: "go-openai", Code: `resp, err := client.CreateChatCompletion(ctx, openai.ChatCompletionRequest{ // safetyid: the request names no user
	Model:    openai.GPT4oMini,
	Messages: msgs,
})`},
	{Client: "eino", Code: `resp, err := chatModel.Generate(ctx, msgs) // safetyid: pass openai.WithExtraFields(map[string]any{"safety_identifier": id})`},
	{Client: "Azure OpenAI", Code: `resp, err := client.GetChatCompletions(ctx, azopenai.ChatCompletionsOptions{ // safetyid: set User to a hashed per-user ID
	DeploymentName: &deployment,
	Messages:       msgs,
}, nil)`},
	{Client: "plain net/http", Code: `body, _ := json.Marshal(chatRequest{Model: "gpt-4o-mini", Messages: msgs})
req, _ := http.NewRequest("POST", "https://api.openai.com/v1/chat/completions", bytes.NewReader(body)) // safetyid: the request names no user`},
}

// Analyzer is the safetyid check.
var Analyzer = &analysis.Analyzer{
	Name:      "safetyid",
	Doc:       checkdoc.Text(Doc),
	URL:       checkdoc.URL("safetyid"),
	Requires:  []*analysis.Analyzer{openaiapi.Analyzer, pii.Analyzer},
	Run:       report.Run(run),
	FactTypes: givenmodel.Facts[givenFindings](),
}

const (
	advice       = "send a hashed per-user ID"
	sameIDAdvice = "send a hashed per-user or session ID"
)

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[openaiapi.Analyzer].(*openaiapi.Result)
	for _, req := range res.Requests {
		checkRequest(pass, req)
	}
	givenmodel.Check[givenFindings](pass, res, checkRequest)
	for _, c := range res.Clients {
		for _, s := range c.Fields[openaiapi.FieldSafetyIdentifier] {
			pass.Report(analysis.Diagnostic{
				Pos:     s.Pos,
				Message: `client-wide option.WithJSONSet("safety_identifier", ...) is one ID for all users: set it per request`,
			})
		}
	}
	return nil, nil
}

// givenFindings names safetyid's facts of findings on requests through a
// model the callers give (see givenmodel).
type givenFindings struct{}

// checkRequest checks the identifier of one request.
func checkRequest(pass *analysis.Pass, req *openaiapi.Request) {
	if _, other := req.OtherProvider(); other {
		return // another provider's API, through an OpenAI client
	}
	if req.Endpoint.Kind == openaiapi.RealtimeClientSecret || req.Endpoint.Kind == openaiapi.RealtimeSession {
		checkHeader(pass, req)
	} else if _, legacy, ok := req.IdentifierField(); ok && legacy {
		checkUser(pass, req)
	} else if ok {
		checkBody(pass, req)
	}
}

// checkBody checks a request whose params take safety_identifier.
func checkBody(pass *analysis.Pass, req *openaiapi.Request) {
	ids, known := req.Set(openaiapi.FieldSafetyIdentifier)
	if !known {
		return // the params come from where we cannot see
	}
	var users []openaiapi.Setting
	if _, deprecated := req.Replacement(openaiapi.FieldUser); deprecated {
		users, _ = req.Set(openaiapi.FieldUser)
	}
	name := req.Endpoint.Name
	d := analysis.Diagnostic{Pos: req.Call.Pos(), End: req.Call.Fun.End()}
	switch {
	case len(ids) > 0:
		s, problem := sameForEveryUser(ids)
		if problem == "" {
			return
		}
		d.Message = fmt.Sprintf("%s request sends %s safety_identifier: %s", name, problem, sameIDAdvice)
		d.Related = related(s, "set here")
	case len(users) > 0:
		d.Message = fmt.Sprintf("%s request sets the deprecated user field: move the ID to %s",
			name, req.FieldName(openaiapi.FieldSafetyIdentifier))
		if s, problem := sameForEveryUser(users); problem != "" {
			d.Message = fmt.Sprintf("%s request sets the deprecated user field to %s value: send a hashed per-user ID in %s",
				name, problem, req.FieldName(openaiapi.FieldSafetyIdentifier))
			d.Related = related(s, "set here")
		} else if fix, ok := requestfix.RenameField(req, users, openaiapi.FieldUser, openaiapi.FieldSafetyIdentifier); ok {
			d.SuggestedFixes = append(d.SuggestedFixes, fix)
		}
	default:
		d.Message = fmt.Sprintf("%s request has no safety_identifier: %s", name, advice)
		if fix, ok := addIdentifier(pass, req, openaiapi.FieldSafetyIdentifier); ok {
			d.SuggestedFixes = append(d.SuggestedFixes, fix)
		}
	}
	pass.Report(d)
}

// checkUser checks a request made with a library version whose params
// have no safety_identifier on an endpoint that takes one: there the user
// field is the per-user identifier. An identifier sent anyway, as a raw
// JSON field, counts as it does on a current version.
func checkUser(pass *analysis.Pass, req *openaiapi.Request) {
	if ids, _ := req.Set(openaiapi.FieldSafetyIdentifier); len(ids) > 0 {
		checkBody(pass, req)
		return
	}
	users, known := req.Set(openaiapi.FieldUser)
	if !known {
		return // the params come from where we cannot see
	}
	name, field := req.Endpoint.Name, req.FieldName(openaiapi.FieldUser)
	d := analysis.Diagnostic{Pos: req.Call.Pos(), End: req.Call.Fun.End()}
	switch {
	case len(users) == 0:
		// The library has no safety_identifier for the request: the
		// user is its per-user ID (-explain says to upgrade).
		d.Message = fmt.Sprintf("%s request has no user: set %s to a hashed per-user ID", name, field)
		if fix, ok := addIdentifier(pass, req, openaiapi.FieldUser); ok {
			d.SuggestedFixes = append(d.SuggestedFixes, fix)
		}
	default:
		s, problem := sameForEveryUser(users)
		if problem == "" {
			return
		}
		d.Message = fmt.Sprintf("%s request sends %s user: %s", name, problem, sameIDAdvice)
		d.Related = related(s, "set here")
	}
	pass.Report(d)
}

// checkHeader checks a request that mints a Realtime client secret, or
// opens a Realtime session: the identifier travels in a header there, not
// in the body. A client that
// outlives the function (a parameter, a package variable) serves many
// users, so only a header on the call itself can name the one user.
func checkHeader(pass *analysis.Pass, req *openaiapi.Request) {
	onCall, known := req.CallHeader(openaiapi.HeaderSafetyIdentifier)
	if !known {
		return // the call's options come from where we cannot see
	}
	headers, known := req.Header(openaiapi.HeaderSafetyIdentifier)
	d := analysis.Diagnostic{Pos: req.Call.Pos(), End: req.Call.Fun.End()}
	if len(onCall) == 0 && req.SharedClient() {
		// The client serves every user: a header set on it is one value
		// for all of them.
		d.Message = fmt.Sprintf(`%s is minted without the %s header on the call: set it per call`,
			req.Endpoint.Name, openaiapi.HeaderSafetyIdentifier)
		if len(headers) > 0 {
			d.Related = related(headers[0], "the client's header is set here")
		}
		pass.Report(d)
		return
	}
	if !known {
		return
	}
	// A client secret is minted, through the client's options or the
	// headers of a request the program writes; a session is opened with
	// the headers of a WebSocket's handshake or of a call's POST.
	verb, set := "minted", "pass option.WithHeader"
	if req.Endpoint.Kind == openaiapi.RealtimeSession {
		verb = "opened"
	}
	if place := req.HeaderPlace(); place != "" {
		set = "set it in " + place
	}
	if len(headers) == 0 {
		d.Message = fmt.Sprintf(`%s is %s without the %s header: %s`,
			req.Endpoint.Name, verb, openaiapi.HeaderSafetyIdentifier, set)
	} else if s, problem := sameForEveryUser(headers); problem != "" {
		d.Message = fmt.Sprintf("%s is %s with %s %s: %s",
			req.Endpoint.Name, verb, problem, openaiapi.HeaderSafetyIdentifier, sameIDAdvice)
		d.Related = related(s, "set here")
	} else {
		return
	}
	pass.Report(d)
}

// sameForEveryUser returns the first setting whose value is the same for
// every user, and how to describe it ("a constant", "an empty").
func sameForEveryUser(settings []openaiapi.Setting) (openaiapi.Setting, string) {
	for _, s := range settings {
		switch {
		case s.Empty:
			return s, "an empty"
		case s.Constant:
			return s, "a constant"
		}
	}
	return openaiapi.Setting{}, ""
}

func related(s openaiapi.Setting, message string) []analysis.RelatedInformation {
	if !s.Pos.IsValid() {
		return nil
	}
	return []analysis.RelatedInformation{{Pos: s.Pos, Message: message}}
}

// addIdentifier returns the fix that sets the request's identifier field
// (safety_identifier, or user on an old library version) to the one
// per-user value in scope at its params literal. A value that holds
// personal data (a userID read from the "email" form field) is sent
// hashed: raw, it would trade this finding for unhashedid's, and a hash
// of the user's e-mail address or login is what the practice asks for.
func addIdentifier(pass *analysis.Pass, req *openaiapi.Request, tag string) (analysis.SuggestedFix, bool) {
	lit := req.Literal()
	if lit == nil {
		return analysis.SuggestedFix{}, false
	}
	// The fix writes the value in the literal, which may come before
	// the call: the value must be in scope there.
	v := perUserValue(pass, lit.Pos())
	if v == nil {
		return analysis.SuggestedFix{}, false
	}
	c := pass.ResultOf[pii.Analyzer].(*pii.Classifier)
	if len(c.PersonalVar(v, lit.Pos())) == 0 {
		return requestfix.AddField(pass, req, tag, v.Name())
	}
	hash, ok := hashfix.At(pass, c, lit.Pos())
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	fix, ok := requestfix.AddField(pass, req, tag, hash.Of(v.Name()))
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	fix.Message = fmt.Sprintf("Set %s to %s, hashed with %s", req.FieldName(tag), v.Name(), hash.With)
	fix.TextEdits = append(hash.Imports, fix.TextEdits...)
	return fix, true
}

// perUserNames are the names, lower-cased and without underscores, of
// variables that hold an identifier of the user or session.
var perUserNames = map[string]bool{
	"userid": true, "uid": true, "accountid": true, "customerid": true, "memberid": true,
	"sessionid": true, "safetyid": true, "safetyidentifier": true,
	"userhash": true, "hasheduserid": true, "useridhash": true,
}

// perUserValue returns the one string variable in scope at pos whose name
// says it identifies the user, or nil when there is none or more than one:
// a fix never guesses between values.
func perUserValue(pass *analysis.Pass, pos token.Pos) *types.Var {
	var found *types.Var
	for scope := pass.Pkg.Scope().Innermost(pos); scope != nil && scope != pass.Pkg.Scope(); scope = scope.Parent() {
		for _, name := range scope.Names() {
			v, ok := scope.Lookup(name).(*types.Var)
			if !ok || v.Pos() >= pos || !perUserNames[strings.ToLower(strings.ReplaceAll(name, "_", ""))] {
				continue
			}
			if !types.Identical(v.Type(), types.Typ[types.String]) {
				continue
			}
			if _, visible := scope.LookupParent(name, pos); visible != v {
				continue // shadowed by an inner declaration
			}
			if found != nil && found != v {
				return nil
			}
			found = v
		}
	}
	return found
}
