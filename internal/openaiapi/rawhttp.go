package openaiapi

import (
	"go/ast"
	"go/token"
	"go/types"
	"net/url"
	"slices"
	"strings"

	"github.com/openaivet/openaivet/internal/names"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// plainHTTP is a request a program writes itself: a struct of its own
// whose JSON tags are the wire fields, marshalled into the body of a POST
// to an endpoint's path. It is no library, so no package is its.
var plainHTTP = &Client{
	Name: "plain net/http",
	path: "net/http",
	Doc: ClientDoc{
		Summary: "requests a program writes itself, with net/http",
		Reads: []string{
			"a struct of the program's, with the wire fields as JSON tags (the model, or the endpoint's input, among them), marshalled with json.Marshal into the body of http.NewRequest, http.NewRequestWithContext, http.Post or Client.Post",
			"the endpoint by the URL's path: /chat/completions, /responses, /completions, /images/generations, /embeddings, /moderations, on api.openai.com or a base URL the program joins them to; a base URL of another provider",
			"fields the struct lacks that the endpoint takes (max_completion_tokens, safety_identifier), and the model output decoded from the response",
			"Realtime sessions a backend opens itself over a WebSocket (gorilla/websocket, coder/websocket) to /v1/realtime, and the OpenAI-Safety-Identifier header of the handshake",
		},
		Gaps: []string{
			"bodies built as maps, written with json.NewEncoder, or formatted as strings",
			"moderation verdicts read from a /moderations response the program decodes itself",
			"Realtime calls over WebRTC (a POST of an SDP offer to /v1/realtime/calls)",
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
}

// rawEndpoints are matched against the end of a URL's path, longest path
// first.
var rawEndpoints = []rawEndpoint{
	{"/chat/completions", Endpoint{"chat completion", TextGeneration}, BySafetyIdentifier, FieldMessages,
		[]string{FieldMaxCompletionTokens, FieldMaxTokens, FieldSafetyIdentifier, FieldUser}},
	{"/images/generations", Endpoint{"image generation", ImageGeneration}, BySafetyIdentifier, FieldPrompt,
		[]string{FieldSafetyIdentifier, FieldUser}},
	{"/completions", Endpoint{"completion", TextGeneration}, Unidentified, FieldPrompt,
		[]string{FieldMaxTokens, FieldUser}},
	{"/responses", Endpoint{"response", TextGeneration}, BySafetyIdentifier, FieldInput,
		[]string{FieldMaxOutputTokens, FieldSafetyIdentifier, FieldUser}},
	{"/embeddings", Endpoint{"embedding", Embeddings}, Unidentified, FieldInput, nil},
	{"/moderations", Endpoint{"moderation", Moderation}, Unidentified, FieldInput, nil},
}

// httpSend is a net/http function that sends a body to a URL, by the
// places of its arguments.
type httpSend struct{ url, body int }

var httpSends = names.NewTable(map[string]httpSend{
	"net/http.NewRequest":            {url: 1, body: 2},
	"net/http.NewRequestWithContext": {url: 2, body: 3},
	"net/http.Post":                  {url: 0, body: 2},
	"(net/http.Client).Post":         {url: 0, body: 2},
})

// bodyReaders make a reader of their argument's bytes; marshalers encode
// their argument as JSON.
var (
	bodyReaders = names.NewSet("bytes.NewReader", "bytes.NewBuffer", "strings.NewReader")
	marshalers  = names.NewSet("encoding/json.Marshal", "encoding/json.MarshalIndent")
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

// httpRequest recognizes a POST of a marshalled struct of the program's to
// an endpoint's URL (see plainHTTP).
func (r *resolver) httpRequest(call *ast.CallExpr, region *ast.BlockStmt) *Request {
	fn, ok := typeutil.Callee(r.pass.TypesInfo, call).(*types.Func)
	if !ok {
		return nil
	}
	send, ok := httpSends.Func(fn)
	if !ok || send.body >= len(call.Args) {
		return nil
	}
	e, ok := r.endpointOf(call.Args[send.url], region, rawEndpoints)
	if !ok {
		return nil
	}
	value, ok := r.marshalled(call.Args[send.body], region, 0)
	if !ok {
		return nil
	}
	t := r.pass.TypesInfo.TypeOf(value)
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return nil
	}
	// A request to the API names its model, or at least carries the
	// endpoint's input: a struct with neither is some other API's that
	// has a path of the same name (a survey's /responses).
	st, ok := named.Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	if fields := jsonFields(st); fields[FieldModel] == nil && fields[e.input] == nil {
		return nil
	}
	req := &Request{
		Call:       call,
		Endpoint:   e.Endpoint,
		Client:     plainHTTP,
		Params:     named,
		ParamsArg:  value,
		payload:    fn.Signature().Params().At(send.body).Type(),
		fields:     jsonFields(st),
		identified: e.identified,
		body:       r.params(value, st, region, 0),
		options:    knownOrigin(),
		client:     knownOrigin(),
	}
	req.wireNames = make(map[string]string)
	for _, tag := range e.takes {
		if _, ok := req.fields[tag]; !ok {
			req.wireNames[tag] = "a " + tag + " field in " + named.Obj().Name()
		}
	}
	req.client.otherHosts = r.otherHosts(call.Args[send.url], region)
	req.finish()
	return req
}

// endpointOf returns the one of endpoints that a URL expression names by
// its path, the same on every path to the call.
func (r *resolver) endpointOf(e ast.Expr, region *ast.BlockStmt, endpoints []rawEndpoint) (rawEndpoint, bool) {
	var found rawEndpoint
	paths := r.urlPaths(e, region, 0)
	for _, p := range paths {
		if u, err := url.Parse(p); err == nil {
			p = u.Path
		}
		p = strings.TrimSuffix(p, "/")
		matched := false
		for _, re := range endpoints {
			if strings.HasSuffix(p, re.path) {
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
				return formatPath(s)
			}
		}
	case *ast.Ident:
		return r.varStrings(e, region, true, func(value ast.Expr, region *ast.BlockStmt) []string {
			return r.urlPaths(value, region, depth+1)
		})
	}
	return nil
}

// marshalled returns the value whose JSON encoding a request body
// expression holds: v in bytes.NewReader(b) where b, err :=
// json.Marshal(v).
func (r *resolver) marshalled(e ast.Expr, region *ast.BlockStmt, depth int) (ast.Expr, bool) {
	if depth > maxDepth {
		return nil, false
	}
	info := r.pass.TypesInfo
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		if info.Types[e.Fun].IsType() && len(e.Args) == 1 {
			return r.marshalled(e.Args[0], region, depth+1) // string(b)
		}
		fn, ok := typeutil.Callee(info, e).(*types.Func)
		if !ok || len(e.Args) == 0 {
			return nil, false
		}
		switch {
		case bodyReaders.Has(fn):
			return r.marshalled(e.Args[0], region, depth+1)
		case marshalers.Has(fn):
			return e.Args[0], true
		}
	case *ast.Ident:
		v, ok := info.ObjectOf(e).(*types.Var)
		if !ok || !r.local(v, region) {
			return nil, false
		}
		var values []ast.Expr
		o := r.definitions(v, region, func(value ast.Expr) origin {
			values = append(values, value)
			return knownOrigin()
		})
		if !o.known || len(values) != 1 {
			return nil, false
		}
		return r.marshalled(values[0], region, depth+1)
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
	first, last := strings.Index(format, "%"), strings.LastIndex(format, "%")
	switch {
	case first < 0:
		return []string{format}
	case last+2 <= len(format) && strings.HasPrefix(format[last+2:], "/"):
		return []string{format[last+2:]}
	case strings.Contains(format[:first], "?"):
		return []string{format[:first]}
	}
	return nil
}
