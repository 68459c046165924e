package openaiapi

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/openaivet/openaivet/internal/astutil"
	"github.com/openaivet/openaivet/internal/names"
	"golang.org/x/tools/go/types/typeutil"
)

// realtimeSession is the endpoint of a WebSocket a backend dials itself.
var realtimeSession = rawEndpoint{path: "/realtime", Endpoint: Endpoint{"realtime session", RealtimeSession}}

// realtimeHTTP are the Realtime endpoints a backend posts to itself: a
// WebRTC call's SDP offer, and the request that mints a client secret,
// with the beta API's paths for both (an offer posted to /realtime, a
// secret minted by /realtime/sessions). None has a body field for the
// user: the request's headers carry it.
var realtimeHTTP = []rawEndpoint{
	{path: "/realtime/calls", Endpoint: Endpoint{"realtime call", RealtimeSession}},
	{path: "/realtime", query: "model=", Endpoint: Endpoint{"realtime call", RealtimeSession}},
	{path: "/realtime/client_secrets", Endpoint: Endpoint{"realtime client secret", RealtimeClientSecret}},
	{path: "/realtime/sessions", Endpoint: Endpoint{"realtime client secret", RealtimeClientSecret}},
}

// realtimePost recognizes a POST to a Realtime endpoint of realtimeHTTP:
// the request's headers are its call headers, set on the *http.Request
// that http.NewRequest makes (http.Post sets none).
func (r *resolver) realtimePost(call *ast.CallExpr, region *ast.BlockStmt) *Request {
	fn, ok := typeutil.Callee(r.pass.TypesInfo, call).(*types.Func)
	if !ok {
		return nil
	}
	send, ok := httpSends.Func(fn)
	if !ok || send.url >= len(call.Args) {
		return nil
	}
	e, ok := r.endpointOf(call.Args[send.url], region, realtimeHTTP)
	if !ok {
		return nil
	}
	// http.NewRequest makes a request whose headers the program sets;
	// http.Post sends one with none of its own.
	headers := knownOrigin()
	if send.makes {
		headers = r.requestHeaders(call, region)
	}
	return r.headerRequest(call, fn, e.Endpoint, "the request's headers", headers, call.Args[send.url], region)
}

// headerRequest is a Realtime request the program writes itself, whose
// user its headers name: their origin, and where it sets them (place).
func (r *resolver) headerRequest(call *ast.CallExpr, fn *types.Func, e Endpoint, place string, headers origin, url ast.Expr, region *ast.BlockStmt) *Request {
	req := &Request{
		Call:        call,
		Method:      fn,
		Endpoint:    e,
		Client:      plainHTTP,
		body:        knownOrigin(),
		client:      knownOrigin(),
		options:     headers,
		headerPlace: place,
	}
	req.client.otherHosts = r.otherHosts(url, region)
	req.finish()
	return req
}

// requestHeaders resolves the headers of the *http.Request a call makes
// and a local variable holds: req.Header.Set(name, value) and Add set
// one. Any use of the request but those, reading its other fields and
// sending it with Client.Do leaves them unknown.
func (r *resolver) requestHeaders(call *ast.CallExpr, region *ast.BlockStmt) origin {
	info := r.pass.TypesInfo
	var v *types.Var
	ast.Inspect(region, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok && len(as.Rhs) == 1 && ast.Unparen(as.Rhs[0]) == call {
			if id, ok := as.Lhs[0].(*ast.Ident); ok {
				v, _ = info.ObjectOf(id).(*types.Var)
			}
		}
		return v == nil
	})
	if v == nil || !r.local(v, region) {
		return unknownOrigin()
	}
	o := knownOrigin()
	seen := make(map[*ast.Ident]bool)
	isV := func(e ast.Expr) (*ast.Ident, bool) {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return id, ok && info.ObjectOf(id) == v
	}
	ast.Inspect(region, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if id, ok := isV(n.Lhs[0]); ok && len(n.Rhs) == 1 && ast.Unparen(n.Rhs[0]) == call {
				seen[id] = true
			}
		case *ast.SelectorExpr:
			// req.Header.Set(...) is read at its call; req.URL, req.Body
			// and the like are reads.
			if id, ok := isV(n.X); ok && n.Sel.Name != requestHeaderField {
				seen[id] = true
			}
		case *ast.CallExpr:
			fn, _ := typeutil.Callee(info, n).(*types.Func)
			if fn != nil && httpDo.Has(fn) && len(n.Args) == 1 {
				if id, ok := isV(n.Args[0]); ok {
					seen[id] = true
				}
				return true
			}
			sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr)
			if !ok {
				return true
			}
			header, ok := ast.Unparen(sel.X).(*ast.SelectorExpr)
			if !ok || header.Sel.Name != requestHeaderField {
				return true
			}
			id, ok := isV(header.X)
			if !ok {
				return true
			}
			seen[id] = r.headerMethod(n, sel.Sel.Name, &o) // unseen: unknown
		}
		return true
	})
	unseen := false
	ast.Inspect(region, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && info.ObjectOf(id) == v && !seen[id] {
			unseen = true
		}
		return !unseen
	})
	if unseen {
		return unknownOrigin()
	}
	return o
}

// requestHeaderField is the field of an *http.Request that holds its
// headers.
const requestHeaderField = "Header"

// A webSocketDial opens a WebSocket to its URL argument with the
// handshake headers of its header argument, or of the HTTPHeader field
// of its options argument.
type webSocketDial struct {
	url, header, options int
}

var webSocketDials = names.NewTable(map[string]webSocketDial{
	"(github.com/gorilla/websocket.Dialer).Dial":        {url: 0, header: 1, options: -1},
	"(github.com/gorilla/websocket.Dialer).DialContext": {url: 1, header: 2, options: -1},
	"github.com/coder/websocket.Dial":                   {url: 1, header: -1, options: 2},
	"nhooyr.io/websocket.Dial":                          {url: 1, header: -1, options: 2},
})

// dialOptionsHeader is the field of a dial's options that holds the
// handshake headers.
const dialOptionsHeader = "HTTPHeader"

// realtimeDial recognizes a WebSocket dial of a Realtime session's URL
// (wss://api.openai.com/v1/realtime?model=...): the request is the
// handshake, whose headers are its call headers.
func (r *resolver) realtimeDial(call *ast.CallExpr, region *ast.BlockStmt) *Request {
	fn, ok := typeutil.Callee(r.pass.TypesInfo, call).(*types.Func)
	if !ok {
		return nil
	}
	dial, ok := webSocketDials.Func(fn)
	if !ok || dial.url >= len(call.Args) || max(dial.header, dial.options) >= len(call.Args) {
		return nil
	}
	if _, ok := r.endpointOf(call.Args[dial.url], region, []rawEndpoint{realtimeSession}); !ok {
		return nil
	}
	var headers origin
	switch {
	case dial.header >= 0:
		headers = r.header(call.Args[dial.header], region, 0)
	default:
		headers = r.dialOptionsHeader(call.Args[dial.options], region)
	}
	return r.headerRequest(call, fn, realtimeSession.Endpoint, "the handshake's headers", headers, call.Args[dial.url], region)
}

// dialOptionsHeader resolves the headers of a dial's options:
// &websocket.DialOptions{HTTPHeader: h}, or nil.
func (r *resolver) dialOptionsHeader(e ast.Expr, region *ast.BlockStmt) origin {
	if r.pass.TypesInfo.Types[e].IsNil() {
		return knownOrigin()
	}
	if u, ok := ast.Unparen(e).(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = u.X
	}
	lit, ok := ast.Unparen(e).(*ast.CompositeLit)
	if !ok {
		return unknownOrigin()
	}
	if kv := astutil.Keyed(lit, dialOptionsHeader); kv != nil {
		return r.header(kv.Value, region, 0)
	}
	return knownOrigin()
}

// header resolves an http.Header value into the headers it holds: nil, a
// literal, or a local variable made from one and changed only by its Set
// and Add methods.
func (r *resolver) header(e ast.Expr, region *ast.BlockStmt, depth int) origin {
	if depth > maxDepth {
		return unknownOrigin()
	}
	info := r.pass.TypesInfo
	if info.Types[e].IsNil() {
		return knownOrigin()
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.CompositeLit:
		o := knownOrigin()
		if !r.eachKeyed(e, func(name string, kv *ast.KeyValueExpr) bool {
			values, ok := ast.Unparen(kv.Value).(*ast.CompositeLit)
			if !ok {
				return false
			}
			for _, v := range values.Elts {
				s, _ := r.setting(ByCallOption, v.Pos(), nil, v, nil, nil)
				o.addHeader(name, s)
			}
			return true
		}) {
			return unknownOrigin()
		}
		return o
	case *ast.CallExpr:
		if r.isBuiltin(e, "make") {
			return knownOrigin()
		}
	case *ast.Ident:
		v, ok := info.ObjectOf(e).(*types.Var)
		if !ok || !r.local(v, region) {
			return unknownOrigin()
		}
		o := r.definitions(v, region, func(value ast.Expr) origin {
			return r.header(value, region, depth+1)
		})
		if !o.known {
			return o
		}
		o.merge(r.headerCalls(v, region))
		return o
	}
	return unknownOrigin()
}

// headerCalls reads the calls of a local header variable's methods in
// region: h.Set(name, value) and h.Add(name, value) set a header; any
// other use of h but as an argument of a dial leaves it unknown.
func (r *resolver) headerCalls(v *types.Var, region *ast.BlockStmt) origin {
	info := r.pass.TypesInfo
	o := knownOrigin()
	ast.Inspect(region, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return true
		}
		if id, ok := ast.Unparen(sel.X).(*ast.Ident); !ok || info.ObjectOf(id) != v {
			return true
		}
		if !r.headerMethod(call, sel.Sel.Name, &o) {
			o.known = false
		}
		return o.known
	})
	return o
}

// headerMethod reads a call of an http.Header's method into o: Set and
// Add set a header, Get, Values, Del and Clone change nothing it sends.
// It reports false for any other method, and a name that is no constant.
func (r *resolver) headerMethod(call *ast.CallExpr, method string, o *origin) bool {
	switch method {
	case "Set", "Add":
		if len(call.Args) != 2 {
			return false
		}
		name, ok := r.constantString(call.Args[0])
		if !ok {
			return false
		}
		s, _ := r.setting(ByCallOption, call.Pos(), nil, call.Args[1], nil, nil)
		o.addHeader(name, s)
		return true
	case "Del", "Clone", "Get", "Values":
		return true
	}
	return false
}
