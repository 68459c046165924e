package openaiapi

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/openaivet/openaivet/internal/locals"
	"github.com/openaivet/openaivet/internal/names"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// plainHTTP is a request a program writes itself: a struct of its own
// whose JSON tags are the wire fields, or a map keyed by them, marshalled
// into the body of a POST to an endpoint's path. It is no library, so no package is its.
var plainHTTP = &Client{
	Name: "plain net/http",
	path: "net/http",
	Doc: ClientDoc{
		Summary: "requests a program writes itself, with net/http",
		Reads: []string{
			"a struct of the program's, with the wire fields as JSON tags, or a map keyed by the wire fields (a literal, or a local map the function sets keys on), with the endpoint's input (messages, prompt or input) among them, marshalled with json.Marshal, written with a json.Encoder, or encoded by a function of the package that returns the encoding of what it is given or of the one request it writes (its bytes or a reader of them), into the body of http.NewRequest, http.NewRequestWithContext, http.Post or Client.Post",
			"a body that fmt.Sprintf writes from a constant format holding a JSON object: its keys are the wire fields, and the arguments its verbs format their values",
			"a function that posts what it is given: the value it marshals, or the bytes its caller marshalled, to the path it is given joined to its base URL (post(ctx, \"/chat/completions\", req)) or to a URL of its own, itself or by handing it to another such function (Chat(ctx, req) calling post), on each of its branches alike (a streaming and a plain one), and a method of an interface of its package that every type there implementing it posts with; its calls, in its package or another, are the requests",
			"messages written as maps with a role and a content key, and a Responses request's instructions key, as system text where they are",
			"the endpoint by the URL's path: /chat/completions, /responses, /completions, /images/generations, /embeddings, /moderations, on api.openai.com or a base URL the program joins them to; a base URL of another provider, in the code that sends or where it is stored in the client's field (by a constructor or an option function such as WithBaseURL(u), in the client's package or a caller's, its tests' httptest server included)",
			"fields the struct lacks that the endpoint takes (max_completion_tokens, safety_identifier), and the model output decoded from the response",
			"the verdict of a POST to /moderations, decoded from its response (json.NewDecoder(resp.Body).Decode, or json.Unmarshal of io.ReadAll(resp.Body)) into a struct with a flagged field",
			"Realtime sessions a backend opens itself over a WebSocket (gorilla/websocket, coder/websocket) to /v1/realtime, and the OpenAI-Safety-Identifier header of the handshake",
			"Realtime calls over WebRTC whose SDP offer a backend posts to /v1/realtime/calls (the beta API's /v1/realtime?model=), and client secrets it mints with a POST to /v1/realtime/client_secrets (the beta API's /v1/realtime/sessions), with the headers it sets on the request",
		},
		Gaps: []string{
			"bodies written as text in other ways (concatenation, templates), the roles of the messages in a formatted body (user input in its system message is not told from the user's), and maps that other functions fill",
			"a body that a function of another package builds and marshals, posted by a poster (PreparePayload then AskOpenAI), and a function whose branches post different bodies or to different endpoints",
			"a base URL that a package sets on a client through a package of its own, rather than by calling the client package's option or constructor",
		},
	},
}

// rawEndpoint is an endpoint by its path, with the wire field that
// carries its input and the wire fields its requests take.
type rawEndpoint struct {
	path string
	Endpoint
	identified Identification
	input      string
	takes      []string
	// query, when set, is text the URL's query must hold for the path
	// to be the endpoint's: a path as short as /realtime is another
	// service's as often as OpenAI's.
	query string
}

// rawEndpoints are matched against the end of a URL's path, longest path
// first.
var rawEndpoints = []rawEndpoint{
	{path: "/chat/completions", Endpoint: Endpoint{"chat completion", TextGeneration}, identified: BySafetyIdentifier, input: FieldMessages,
		takes: []string{FieldMaxCompletionTokens, FieldMaxTokens, FieldSafetyIdentifier, FieldUser}},
	{path: "/images/generations", Endpoint: Endpoint{"image generation", ImageGeneration}, identified: BySafetyIdentifier, input: FieldPrompt,
		takes: []string{FieldSafetyIdentifier, FieldUser}},
	{path: "/completions", Endpoint: Endpoint{"completion", TextGeneration}, identified: Unidentified, input: FieldPrompt,
		takes: []string{FieldMaxTokens, FieldUser}},
	{path: "/responses", Endpoint: Endpoint{"response", TextGeneration}, identified: BySafetyIdentifier, input: FieldInput,
		takes: []string{FieldMaxOutputTokens, FieldSafetyIdentifier, FieldUser}},
	{path: "/embeddings", Endpoint: Endpoint{"embedding", Embeddings}, identified: Unidentified, input: FieldInput},
	{path: "/moderations", Endpoint: Endpoint{"moderation", Moderation}, identified: Unidentified, input: FieldInput},
}

// httpSend is a net/http function that sends a body to a URL, by the
// places of its arguments; with makes, it makes the *http.Request that
// Client.Do (httpDo) sends, whose headers the program sets.
type httpSend struct {
	url, body int
	makes     bool
}

var (
	httpSends = names.NewTable(map[string]httpSend{
		"net/http.NewRequest":            {url: 1, body: 2, makes: true},
		"net/http.NewRequestWithContext": {url: 2, body: 3, makes: true},
		"net/http.Post":                  {url: 0, body: 2},
		"(net/http.Client).Post":         {url: 0, body: 2},
	})
	httpDo = names.NewSet("(net/http.Client).Do")
)

// HTTPResponse reports whether a net/http function returns the response
// to a request a program writes itself, and whether that request is its
// argument (Client.Do, of what http.NewRequest made) rather than the call
// itself (http.Post): the call a Request of this package is at.
func HTTPResponse(fn *types.Func) (ofArgument, ok bool) {
	if httpDo.Has(fn) {
		return true, true
	}
	send, ok := httpSends.Func(fn)
	return false, ok && !send.makes
}

// bodyReaders make a reader of their argument's bytes; marshalers encode
// their argument as JSON.
var (
	bodyReaders = names.NewSet("bytes.NewReader", "bytes.NewBuffer", "strings.NewReader")
	marshalers  = names.NewSet("encoding/json.Marshal", "encoding/json.MarshalIndent")
	newEncoders = names.NewSet("encoding/json.NewEncoder")
	encodes     = names.NewSet("(encoding/json.Encoder).Encode")
)

// mayCallEndpoint reports whether the package imports net/http or a
// WebSocket library, and a string constant of it may be the URL or path
// of an endpoint: any other package sends no request of its own making,
// and costs nothing more.
func mayCallEndpoint(pass *analysis.Pass) bool {
	if !slices.ContainsFunc(pass.Pkg.Imports(), func(p *types.Package) bool { return callsHTTP[p.Path()] }) {
		return false
	}
	found := false
	for _, f := range pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING && !found {
				found = strings.Contains(lit.Value, realtimeSession.path) ||
					slices.ContainsFunc(rawEndpoints, func(e rawEndpoint) bool { return strings.Contains(lit.Value, e.path) })
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// callsHTTP are the packages a program sends requests of its own making
// with.
var callsHTTP = map[string]bool{"net/http": true, "github.com/gorilla/websocket": true, "github.com/coder/websocket": true, "nhooyr.io/websocket": true}

// httpRequest recognizes a POST of a marshalled struct or map of the
// program's to an endpoint (see plainHTTP), made with net/http or through a
// poster, and a POST that opens a Realtime call.
func (r *resolver) httpRequest(call *ast.CallExpr, region *ast.BlockStmt) *Request {
	if req := r.realtimePost(call, region); req != nil {
		return req
	}
	s, ok := r.sends(call)
	if !ok {
		return nil
	}
	e := s.endpoint
	if s.url != nil {
		if e, ok = r.endpointOf(s.url, region, rawEndpoints); !ok {
			return nil
		}
	}
	value, at, encoded := s.body, region, s.marshals
	if !encoded {
		if value, at, encoded = r.bodyValue(value, region, 0); !encoded {
			return nil
		}
	}
	return r.plainRequest(call, e, value, s.payload, r.sendHosts(s, region), at)
}

// plainRequest is the request of a call that posts value, marshalled, to
// endpoint e, or nil when value is no request to it (see httpBody).
// payload is the type of the call's argument that carries the body.
func (r *resolver) plainRequest(call *ast.CallExpr, e rawEndpoint, value ast.Expr, payload types.Type, otherHosts []string, region *ast.BlockStmt) *Request {
	req := &Request{
		Call:       call,
		Endpoint:   e.Endpoint,
		Client:     plainHTTP,
		ParamsArg:  value,
		payload:    payload,
		identified: e.identified,
		options:    knownOrigin(),
		client:     knownOrigin(),
		wireNames:  make(map[string]string),
	}
	if !r.httpBody(req, value, e, region) {
		return nil
	}
	req.client.otherHosts = otherHosts
	req.finish()
	return req
}

// A poster is a function that posts a body it is given:
// post(ctx, "/chat/completions", req) marshals req and posts it to the
// path joined to its base URL; send(ctx, body) posts the bytes its caller
// marshalled to a URL of its own; Chat(ctx, req) hands req to one of
// those. Its calls are the requests. A poster of another package is
// known by its Poster fact.
type poster struct {
	// path is the parameter that ends the URL: the path joined to a base
	// URL, or the whole URL. -1 when the poster names its URL itself,
	// and so endpoint.
	path     int
	endpoint rawEndpoint
	// body is the parameter the body comes from; marshals reports that
	// the poster marshals it, rather than being given the bytes.
	body     int
	marshals bool
	// otherHosts are the hosts other than OpenAI's its base URL may be;
	// base, when not -1, is the parameter the base URL comes from, which
	// its callers' arguments may point at other hosts; baseFields are
	// the fields it may be read from, which its callers' packages may
	// set (see URLSetter).
	otherHosts []string
	base       int
	baseFields []string
}

// Poster is the fact that an exported function posts a body it is given
// (see poster): Endpoint is the path of the endpoint it names itself,
// when Path is -1.
type Poster struct {
	Path       int
	Endpoint   string
	Body       int
	Marshals   bool
	OtherHosts []string
	Base       int
	BaseFields []string
}

func (*Poster) AFact() {}

func (p *Poster) String() string {
	to := fmt.Sprintf("path %d", p.Path)
	if p.Path < 0 {
		to = "to " + p.Endpoint
	}
	if p.Base >= 0 {
		to += fmt.Sprintf(", base %d", p.Base)
	}
	return fmt.Sprintf("poster(body %d, %s)", p.Body, to)
}

// posterFact returns the fact of a poster of the package.
func posterFact(p *poster) *Poster {
	return &Poster{Path: p.path, Endpoint: p.endpoint.path, Body: p.body, Marshals: p.marshals, OtherHosts: p.otherHosts, Base: p.base, BaseFields: p.baseFields}
}

// posterOf returns what fn posts, when it is a poster: of this package, or
// of another that says so (Poster); nil for any other function. A generic
// poster is declared once, for every instance.
func (r *resolver) posterOf(fn *types.Func) *poster {
	fn = fn.Origin()
	if fn.Pkg() == r.pass.Pkg {
		if recv := fn.Signature().Recv(); recv != nil && types.IsInterface(recv.Type()) {
			return r.implementedPoster(fn)
		}
		return r.poster(fn)
	}
	var fact Poster
	if fn.Pkg() == nil || !r.pass.ImportObjectFact(fn, &fact) {
		return nil
	}
	p := &poster{path: fact.Path, body: fact.Body, marshals: fact.Marshals, otherHosts: fact.OtherHosts, base: fact.Base, baseFields: fact.BaseFields}
	if fact.Path < 0 {
		i := slices.IndexFunc(rawEndpoints, func(e rawEndpoint) bool { return e.path == fact.Endpoint })
		if i < 0 {
			return nil
		}
		p.endpoint = rawEndpoints[i]
	}
	return p
}

// implementedPoster returns what a method of an interface of the package
// posts, when each type of the package that implements the interface,
// one at least, posts with it in the same way (see poster): the client a
// package hides behind an interface, which its callers' fakes implement
// too. The hosts are any of theirs.
func (r *resolver) implementedPoster(m *types.Func) *poster {
	if p, done := r.posters[m]; done {
		return p
	}
	r.posters[m] = nil
	iface, ok := m.Signature().Recv().Type().Underlying().(*types.Interface)
	if !ok {
		return nil
	}
	var found *poster
	scope := r.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
			continue
		}
		t := tn.Type()
		if !types.Implements(t, iface) {
			if t = types.NewPointer(t); !types.Implements(t, iface) {
				continue
			}
		}
		impl, _, _ := types.LookupFieldOrMethod(t, false, r.pass.Pkg, m.Name())
		fn, ok := impl.(*types.Func)
		if !ok {
			return nil
		}
		p := r.poster(fn)
		switch {
		case p == nil:
			return nil
		case found == nil:
			copied := *p
			copied.otherHosts, copied.baseFields = slices.Clone(p.otherHosts), slices.Clone(p.baseFields)
			found = &copied
		case !p.sameAs(found):
			return nil
		default:
			found.otherHosts = append(found.otherHosts, p.otherHosts...)
			found.baseFields = append(found.baseFields, p.baseFields...)
		}
	}
	r.posters[m] = found
	return found
}

// A sending is what a call sends: the body argument, which the call
// marshals or is given the bytes of, to the URL argument or, where the
// callee names its URL itself (url nil), to its endpoint.
type sending struct {
	body     ast.Expr
	marshals bool
	// payload is the type of the callee's parameter the body is.
	payload    types.Type
	url        ast.Expr
	endpoint   rawEndpoint
	otherHosts []string
	// base is the argument the base URL comes from (the URL itself, for
	// net/http), or nil; baseFields the callee's fields it may come
	// from.
	base       ast.Expr
	baseFields []string
}

// sends returns what a call of a net/http function that sends a body, or
// of a poster, sends.
func (r *resolver) sends(call *ast.CallExpr) (sending, bool) {
	fn, ok := typeutil.Callee(r.pass.TypesInfo, call).(*types.Func)
	if !ok {
		return sending{}, false
	}
	params := fn.Signature().Params()
	if send, ok := httpSends.Func(fn); ok {
		if send.body >= len(call.Args) {
			return sending{}, false
		}
		return sending{body: call.Args[send.body], payload: params.At(send.body).Type(), url: call.Args[send.url], base: call.Args[send.url]}, true
	}
	p := r.posterOf(fn)
	if p == nil || max(p.body, p.path, p.base) >= len(call.Args) {
		return sending{}, false
	}
	s := sending{body: call.Args[p.body], marshals: p.marshals, payload: params.At(p.body).Type(), endpoint: p.endpoint, otherHosts: p.otherHosts, baseFields: p.baseFields}
	if p.path >= 0 {
		s.url = call.Args[p.path]
	}
	if p.base >= 0 {
		s.base = call.Args[p.base]
	}
	return s, true
}

// sendHosts returns the hosts other than OpenAI's a sending's URL may
// be: its callee's, those its base and URL arguments may point at, and
// those the package stores in the fields its callee's base URL comes from.
func (r *resolver) sendHosts(s sending, region *ast.BlockStmt) []string {
	hosts := append(slices.Clone(s.otherHosts), r.setterHosts(s.baseFields)...) // callers append to it
	if s.base != nil {
		hosts = append(r.otherHosts(s.base, region), hosts...)
	}
	if s.url != nil && s.url != s.base {
		hosts = append(r.otherHosts(s.url, region), hosts...)
	}
	return hosts
}

// poster reads a function of the package that posts a body it is given,
// to a URL it is given the path of or names itself: each call in its body
// that sends, with net/http or through another poster, sends a body that
// comes from the same parameter to the same URL. The streaming and the
// plain branch of a client's Chat agree so; a function that sends two
// requests does not. It returns nil for any other function.
func (r *resolver) poster(fn *types.Func) *poster {
	if p, done := r.posters[fn]; done {
		return p
	}
	r.posters[fn] = nil
	decl, ok := r.decls[fn]
	if !ok {
		return nil
	}
	region := decl.Body
	params := slices.Collect(fn.Signature().Params().Variables())
	var found *poster
	agree := true
	ast.Inspect(region, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !agree || !ok {
			return agree
		}
		s, ok := r.sends(call)
		if !ok {
			return true
		}
		p := r.posterSending(s, params, region)
		switch {
		case p == nil || found != nil && !p.sameAs(found):
			agree = false
		case found == nil:
			found = p
		default:
			found.otherHosts = append(found.otherHosts, p.otherHosts...)
			found.baseFields = append(found.baseFields, p.baseFields...)
		}
		return true
	})
	if sig := fn.Signature(); !agree || found != nil && sig.Variadic() && max(found.body, found.path, found.base) >= sig.Params().Len()-1 {
		return nil // what a variadic parameter holds is no one argument
	}
	r.posters[fn] = found
	return found
}

// posterSending returns what a function with parameters params posts
// when it sends s, or nil where the body comes from none of them or the
// URL names no endpoint and comes from none.
func (r *resolver) posterSending(s sending, params []*types.Var, region *ast.BlockStmt) *poster {
	value, at, encoded := s.body, region, true
	if !s.marshals {
		value, at, encoded = r.bodyValue(s.body, region, 0)
	}
	if at != region {
		return nil // the body is built out of the parameters' sight
	}
	p := &poster{path: -1, endpoint: s.endpoint, body: slices.Index(params, r.paramOf(value, region)), marshals: encoded,
		otherHosts: r.sendHosts(s, region), base: -1, baseFields: slices.Clone(s.baseFields)}
	if s.base != nil {
		p.base = slices.Index(params, r.urlParam(s.base, false, region, 0))
		p.baseFields = append(p.baseFields, r.urlFields(s.base, region)...)
	}
	if s.url != nil && s.url != s.base {
		p.baseFields = append(p.baseFields, r.urlFields(s.url, region)...)
	}
	if s.url != nil {
		if e, ok := r.endpointOf(s.url, region, rawEndpoints); ok {
			p.endpoint = e
		} else {
			p.path = slices.Index(params, r.urlParam(s.url, true, region, 0))
		}
	}
	if p.body < 0 || p.path < 0 && p.endpoint.path == "" {
		return nil
	}
	return p
}

// sameAs reports whether p posts as q does, whatever their hosts.
func (p *poster) sameAs(q *poster) bool {
	return p.path == q.path && p.endpoint.path == q.endpoint.path && p.body == q.body && p.marshals == q.marshals && p.base == q.base
}

// paramOf returns the parameter of the function whose body region is that
// e names, or nil.
func (r *resolver) paramOf(e ast.Expr, region *ast.BlockStmt) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := r.pass.TypesInfo.ObjectOf(id).(*types.Var)
	if !ok || !r.parameter(v, region) {
		return nil
	}
	return v
}

// urlParam returns the parameter that ends a URL expression, with end,
// or begins it: the whole URL, or the path joined to a base, or the base
// (base + path, fmt.Sprintf("%s%s", base, path), url.JoinPath(base,
// path)); or nil.
func (r *resolver) urlParam(e ast.Expr, end bool, region *ast.BlockStmt, depth int) *types.Var {
	if depth > maxDepth {
		return nil
	}
	if p := r.paramOf(e, region); p != nil {
		return p
	}
	info := r.pass.TypesInfo
	switch x := ast.Unparen(e).(type) {
	case *ast.BinaryExpr:
		if x.Op == token.ADD && end {
			return r.urlParam(x.Y, end, region, depth+1)
		} else if x.Op == token.ADD {
			return r.urlParam(x.X, end, region, depth+1)
		}
	case *ast.CallExpr:
		fn, ok := typeutil.Callee(info, x).(*types.Func)
		if !ok || len(x.Args) < 2 {
			return nil
		}
		switch fn.FullName() {
		case "fmt.Sprintf":
			format, ok := constantString(info.Types[x.Args[0]])
			if ok && end && strings.HasSuffix(format, "%s") {
				return r.urlParam(x.Args[len(x.Args)-1], end, region, depth+1)
			} else if ok && !end && strings.HasPrefix(format, "%s") {
				return r.urlParam(x.Args[1], end, region, depth+1)
			}
		case "net/url.JoinPath":
			if end {
				return r.urlParam(x.Args[len(x.Args)-1], end, region, depth+1)
			}
			return r.urlParam(x.Args[0], end, region, depth+1)
		}
	case *ast.Ident:
		if v, ok := info.ObjectOf(x).(*types.Var); ok && r.local(v, region) {
			if value, ok := r.onlyValue(v, region); ok {
				return r.urlParam(value, end, region, depth+1)
			}
		}
	}
	return nil
}

// httpBody reads the value a hand-written request marshals into req: a
// struct of the program's, or a map keyed by the wire fields. It reports
// false for a value that is no request to the endpoint: a request to the
// API carries the endpoint's input (messages, prompt, input), and a value
// without it is some other API's whose path ends the same way (a
// survey's /responses, Ollama's own /api/embeddings, which takes a
// prompt).
func (r *resolver) httpBody(req *Request, value ast.Expr, e rawEndpoint, region *ast.BlockStmt) bool {
	t := r.pass.TypesInfo.TypeOf(value)
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	var has func(tag string) bool
	var container string
	switch u := t.Underlying().(type) {
	case *types.Struct:
		named, ok := types.Unalias(t).(*types.Named)
		if !ok {
			return false
		}
		req.Params, req.fields = named, jsonFields(u)
		req.body = r.params(value, u, region, 0)
		has = func(tag string) bool { return req.fields[tag] != nil }
		// The struct's name, where it is short enough for a message of
		// one line.
		container = "field"
		if name := named.Obj().Name(); len(name) <= 12 {
			container += " in " + name
		}
	case *types.Basic:
		// A body fmt.Sprintf writes: the keys of its format's object.
		call, ok := ast.Unparen(value).(*ast.CallExpr)
		if !ok {
			return false
		}
		fields := r.formattedJSON(call)
		if fields == nil {
			return false
		}
		req.body = knownOrigin()
		for tag, settings := range fields {
			for _, s := range settings {
				req.body.addField(tag, s)
			}
			req.wireNames[tag] = strconv.Quote(tag)
		}
		has = func(tag string) bool { return fields[tag] != nil }
		container = "key in the body"
	case *types.Map:
		if b, ok := u.Key().Underlying().(*types.Basic); !ok || b.Info()&types.IsString == 0 {
			return false
		}
		req.body = r.bodyMap(value, region)
		if !req.body.known {
			return false
		}
		has = func(tag string) bool { return req.body.fields[tag] != nil }
		container = "key in the body"
		for tag := range req.body.fields {
			req.wireNames[tag] = strconv.Quote(tag)
		}
	default:
		return false
	}
	if !has(e.input) {
		return false
	}
	for _, tag := range e.takes {
		if !has(tag) {
			req.wireNames[tag] = "a " + tag + " " + container
		}
	}
	return true
}

// bodyMap resolves what a map marshalled as a request body sets: the keys
// of its literal, and those a function's own code sets on a local map
// (body["max_tokens"] = 256). A map that code out of sight may change is
// unknown.
func (r *resolver) bodyMap(e ast.Expr, region *ast.BlockStmt) origin {
	e = ast.Unparen(e)
	if lit, ok := e.(*ast.CompositeLit); ok {
		return r.fieldMap(lit, InLiteral)
	}
	id, ok := e.(*ast.Ident)
	if !ok {
		return unknownOrigin()
	}
	v, ok := r.pass.TypesInfo.ObjectOf(id).(*types.Var)
	if !ok || !r.local(v, region) {
		return unknownOrigin()
	}
	writes, escapes := locals.Writes(r.pass.TypesInfo, v, region, nil)
	for _, esc := range escapes {
		if esc.Node != e {
			return unknownOrigin() // passed on, stored, returned: not only marshalled
		}
	}
	o := knownOrigin()
	for _, w := range writes {
		switch {
		case w.Whole() && w.Kind == locals.Assign:
			if lit, ok := ast.Unparen(w.Value).(*ast.CompositeLit); ok {
				o.merge(r.fieldMap(lit, InLiteral))
			} else if call, ok := ast.Unparen(w.Value).(*ast.CallExpr); !ok || !r.isBuiltin(call, "make") {
				return unknownOrigin()
			}
		case len(w.Path) == 1 && w.Path[0].Index != nil && w.Kind == locals.Assign:
			key, ok := r.constantString(w.Path[0].Index)
			if !ok {
				return unknownOrigin()
			}
			s, _ := r.setting(ByAssignment, w.Node.Pos(), nil, w.Value, nil, nil)
			o.addField(key, s)
		default:
			return unknownOrigin()
		}
	}
	return o
}

// formattedJSON returns what the keys of a JSON object that fmt.Sprintf
// writes set, from its constant format: a key whose value formats
// arguments is set to each of them, one whose value is written in the
// format is set to the format's constant. nil when the call is no
// fmt.Sprintf of a JSON object.
func (r *resolver) formattedJSON(call *ast.CallExpr) map[string][]Setting {
	fn, ok := typeutil.Callee(r.pass.TypesInfo, call).(*types.Func)
	if !ok || fn.FullName() != "fmt.Sprintf" || len(call.Args) == 0 || call.Ellipsis.IsValid() {
		return nil
	}
	format, ok := r.constantString(call.Args[0])
	if !ok || !strings.HasPrefix(strings.TrimSpace(format), "{") {
		return nil
	}
	texts, verbs, ok := splitFormat(format)
	if !ok || len(verbs) != len(call.Args)-1 {
		return nil // arguments taken out of order, or not one to each verb
	}
	// Each verb stands for its argument in a JSON string that names it,
	// inside quotes or in place of a value.
	var text strings.Builder
	inString := false
	for i, t := range texts {
		text.WriteString(t)
		inString = endsInString(t, inString)
		switch {
		case i == len(verbs):
		case inString:
			fmt.Fprintf(&text, `\u0000%d`, i+1)
		default:
			fmt.Fprintf(&text, `"\u0000%d"`, i+1)
		}
	}
	var object map[string]json.RawMessage
	if json.Unmarshal([]byte(text.String()), &object) != nil {
		return nil
	}
	fields := make(map[string][]Setting)
	for tag, raw := range object {
		var args []int
		for _, part := range strings.Split(string(raw), `\u0000`)[1:] {
			digits := len(part) - len(strings.TrimLeft(part, "0123456789"))
			if n, err := strconv.Atoi(part[:digits]); err == nil && n >= 1 && n < len(call.Args) {
				args = append(args, n)
			}
		}
		if len(args) == 0 {
			fields[tag] = []Setting{{Via: InLiteral, Pos: call.Args[0].Pos(), Value: call.Args[0], Constant: true}}
			continue
		}
		for _, n := range args {
			s, _ := r.setting(InLiteral, call.Args[n].Pos(), nil, call.Args[n], nil, nil)
			fields[tag] = append(fields[tag], s)
		}
	}
	return fields
}

// endsInString reports whether JSON text, which begins inside a string
// where in is set, ends inside one.
func endsInString(text string, in bool) bool {
	for i := 0; i < len(text); i++ {
		switch {
		case in && text[i] == '\\':
			i++ // an escape: \" is no quote
		case text[i] == '"':
			in = !in
		}
	}
	return in
}

// endpointOf returns the one of endpoints that a URL expression names by
// its path, the same on every path to the call.
func (r *resolver) endpointOf(e ast.Expr, region *ast.BlockStmt, endpoints []rawEndpoint) (rawEndpoint, bool) {
	var found rawEndpoint
	paths := r.urlPaths(e, region, 0)
	for _, whole := range paths {
		p := whole
		if u, err := url.Parse(p); err == nil {
			p = u.Path
		}
		p = strings.TrimSuffix(p, "/")
		matched := false
		for _, re := range endpoints {
			if strings.HasSuffix(p, re.path) && strings.Contains(whole, re.query) {
				if found.path != "" && found.path != re.path {
					return rawEndpoint{}, false
				}
				found, matched = re, true
				break
			}
		}
		if !matched {
			return rawEndpoint{}, false
		}
	}
	return found, len(paths) > 0
}

// urlPaths returns the constant strings that end a URL expression, on
// each path: the URL, or the path joined to a base URL.
func (r *resolver) urlPaths(e ast.Expr, region *ast.BlockStmt, depth int) []string {
	if depth > maxDepth {
		return nil
	}
	info := r.pass.TypesInfo
	if s, ok := constantString(info.Types[e]); ok {
		return []string{s}
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.BinaryExpr:
		if e.Op != token.ADD {
			return nil
		}
		// base + "/chat/completions", or "wss://.../realtime?model=" + model
		if ys := r.urlPaths(e.Y, region, depth+1); len(ys) > 0 && !slices.ContainsFunc(ys, notPath) {
			return ys
		}
		var queried []string
		for _, x := range r.urlPaths(e.X, region, depth+1) {
			if strings.Contains(x, "?") {
				queried = append(queried, x)
			}
		}
		return queried
	case *ast.CallExpr:
		// fmt.Sprintf("%s/chat/completions", base), or
		// fmt.Sprintf("wss://.../realtime?model=%s", model)
		if fn, ok := typeutil.Callee(info, e).(*types.Func); ok && fn.FullName() == "fmt.Sprintf" && len(e.Args) > 0 {
			if s, ok := constantString(info.Types[e.Args[0]]); ok {
				if texts, verbs, _ := splitFormat(s); len(verbs) > 0 && texts[0] == "" && verbs[0] == "%s" && strings.HasPrefix(texts[1], "?") && len(e.Args) > 1 {
					// fmt.Sprintf("%s?model=%s", realtimeURL, model):
					// the URL the first verb formats, and its query.
					var paths []string
					for _, p := range r.urlPaths(e.Args[1], region, depth+1) {
						paths = append(paths, p+texts[1])
					}
					return paths
				}
				return formatPath(s)
			}
		}
	case *ast.Ident:
		if init, ok := r.exportedInit(e); ok {
			return r.urlPaths(init, nil, depth+1)
		}
		return r.varStrings(e, region, true, func(value ast.Expr, region *ast.BlockStmt) []string {
			return r.urlPaths(value, region, depth+1)
		})
	}
	return nil
}

// bodyValue follows a request body expression back to the value whose
// JSON encoding it holds, and reports encoded: v in bytes.NewReader(b)
// where b, err := json.Marshal(v). The value may be in another function
// of the package that returns its encoding, whose body is at. Where the
// trail ends before an encoding, it returns the last expression it
// reached, with encoded false: a parameter the function is given the
// bytes in, for instance.
func (r *resolver) bodyValue(e ast.Expr, region *ast.BlockStmt, depth int) (value ast.Expr, at *ast.BlockStmt, encoded bool) {
	if depth > maxDepth {
		return e, region, false
	}
	info := r.pass.TypesInfo
	switch x := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		if info.Types[x.Fun].IsType() && len(x.Args) == 1 {
			return r.bodyValue(x.Args[0], region, depth+1) // string(b)
		}
		fn, ok := typeutil.Callee(info, x).(*types.Func)
		if !ok {
			break
		}
		switch {
		case len(x.Args) == 0:
		case bodyReaders.Has(fn):
			return r.bodyValue(x.Args[0], region, depth+1)
		case marshalers.Has(fn):
			return x.Args[0], region, true
		case r.formattedJSON(x) != nil:
			return x, region, true // JSON written by fmt.Sprintf
		}
		switch enc := r.encoding(fn); {
		case enc.param >= 0 && enc.param < len(x.Args):
			return x.Args[enc.param], region, true
		case enc.value != nil:
			return enc.value, enc.body, true
		}
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			return r.bodyValue(x.X, region, depth+1) // &buf
		}
	case *ast.Ident:
		v, ok := info.ObjectOf(x).(*types.Var)
		if !ok || !r.local(v, region) {
			break
		}
		if isBuffer(v.Type()) {
			if value, ok := r.encodedInto(v, region); ok {
				return value, region, true
			}
		}
		if value, ok := r.onlyValue(v, region); ok {
			return r.bodyValue(value, region, depth+1)
		}
		if value, ok := r.reachingValue(v, x, region); ok {
			return r.bodyValue(value, region, depth+1)
		}
	}
	return e, region, false
}

// reachingValue returns the one value of a local variable that reaches a
// use of it (locals.Reaching): body, err := json.Marshal(req), where
// body, err = io.ReadAll(resp.Body) follows the send.
func (r *resolver) reachingValue(v *types.Var, use ast.Expr, region *ast.BlockStmt) (ast.Expr, bool) {
	writes, escapes := locals.Writes(r.pass.TypesInfo, v, region, nil)
	if slices.ContainsFunc(escapes, func(e locals.Escape) bool { return e.Kind == locals.AddressTaken && len(e.Path) == 0 }) {
		return nil, false // anything may be stored through &v
	}
	reaching := locals.Reaching(writes, region, use.Pos(), nil)
	if len(reaching) != 1 {
		return nil, false
	}
	w := reaching[0]
	if !w.Whole() || w.Kind != locals.Assign && (w.Kind != locals.Result || w.Index != 0) {
		return nil, false
	}
	return w.Value, true
}

// An encoding is what a function of the package returns the JSON
// encoding of, its bytes or a reader of them: its parameter param, on
// every return with a value (marshalRequest(v) returning
// bytes.NewReader(b) where b, err := json.Marshal(v)), or, where param is
// -1, the value its one such return encodes, in body (buildPayload(msgs)
// marshalling the request it writes). Neither, for any other function.
type encoding struct {
	param int
	value ast.Expr
	body  *ast.BlockStmt
}

func (r *resolver) encoding(fn *types.Func) encoding {
	fn = fn.Origin()
	if enc, done := r.encodings[fn]; done {
		return enc
	}
	none := encoding{param: -1}
	r.encodings[fn] = none
	params := slices.Collect(fn.Signature().Params().Variables())
	found, returns := none, 0
	for result, body := range r.returnsOf(fn) {
		returns++
		value, at, encoded := r.bodyValue(result, body, 0)
		if !encoded {
			return none
		}
		if at != body {
			found.value, found.body = value, at // a function it calls built it
		} else if i := slices.Index(params, r.paramOf(value, body)); i >= 0 && (found.param < 0 || found.param == i) {
			found.param = i
		} else if i < 0 {
			found.value, found.body = value, body
		} else {
			return none
		}
	}
	if found.value != nil && (returns != 1 || found.param >= 0) {
		return none // which of its values it returns is its callers' to know
	}
	r.encodings[fn] = found
	return found
}

// isBuffer reports whether t is bytes.Buffer or a pointer to one.
func isBuffer(t types.Type) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := names.Type(t)
	return ok && n == bufferType
}

var bufferType = names.Name{Pkg: "bytes", Member: "Buffer"}

// encodedInto returns the value that a JSON encoder of the function writes
// into the buffer v, json.NewEncoder(&buf).Encode(value), when there is
// one such value.
func (r *resolver) encodedInto(v *types.Var, region *ast.BlockStmt) (ast.Expr, bool) {
	info := r.pass.TypesInfo
	var values []ast.Expr
	ast.Inspect(region, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			return true
		}
		fn, ok := typeutil.Callee(info, call).(*types.Func)
		sel, isSel := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok || !isSel || !encodes.Has(fn) {
			return true
		}
		if w, ok := r.encoderWriter(sel.X, region); ok && w == v {
			values = append(values, call.Args[0])
		}
		return true
	})
	if len(values) != 1 {
		return nil, false
	}
	return values[0], true
}

// encoderWriter returns the local variable that a JSON encoder writes to:
// buf in json.NewEncoder(&buf), called in place or kept in a local.
func (r *resolver) encoderWriter(e ast.Expr, region *ast.BlockStmt) (*types.Var, bool) {
	info := r.pass.TypesInfo
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		fn, ok := typeutil.Callee(info, e).(*types.Func)
		if !ok || !newEncoders.Has(fn) || len(e.Args) != 1 {
			return nil, false
		}
		arg := ast.Unparen(e.Args[0])
		if u, ok := arg.(*ast.UnaryExpr); ok && u.Op == token.AND {
			arg = ast.Unparen(u.X)
		}
		id, ok := arg.(*ast.Ident)
		if !ok {
			return nil, false
		}
		v, ok := info.ObjectOf(id).(*types.Var)
		return v, ok
	case *ast.Ident:
		enc, ok := info.ObjectOf(e).(*types.Var)
		if !ok || !r.local(enc, region) {
			return nil, false
		}
		var writer *types.Var
		o := r.definitions(enc, region, func(value ast.Expr) origin {
			w, ok := r.encoderWriter(value, region)
			if !ok || writer != nil && w != writer {
				return unknownOrigin()
			}
			writer = w
			return knownOrigin()
		})
		return writer, o.known && writer != nil
	}
	return nil, false
}

// notPath reports whether a string ending a URL is not its path: a model
// name concatenated to a query, for instance.
func notPath(s string) bool {
	return !strings.HasPrefix(s, "/") && !strings.Contains(s, "://")
}

// formatPath returns the path a URL format names: the text after its last
// verb where that is a path, or the text before its first verb where a
// query follows the path there.
func formatPath(format string) []string {
	texts, verbs, ok := splitFormat(format)
	switch last := texts[len(texts)-1]; {
	case ok && len(verbs) == 0:
		return texts
	case ok && strings.HasPrefix(last, "/"):
		return []string{last}
	case strings.Contains(texts[0], "?"):
		return texts[:1]
	}
	return nil
}
