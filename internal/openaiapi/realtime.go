package openaiapi

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/openaivet/openaivet/internal/names"
	"golang.org/x/tools/go/types/typeutil"
)

// realtimeSession is the endpoint of a WebSocket a backend dials itself.
var realtimeSession = rawEndpoint{path: "/realtime", Endpoint: Endpoint{"realtime session", RealtimeSession}}

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
	req := &Request{
		Call:     call,
		Method:   fn,
		Endpoint: realtimeSession.Endpoint,
		Client:   plainHTTP,
		body:     knownOrigin(),
		client:   knownOrigin(),
	}
	switch {
	case dial.header >= 0:
		req.options = r.header(call.Args[dial.header], region, 0)
	default:
		req.options = r.dialOptionsHeader(call.Args[dial.options], region)
	}
	req.client.otherHosts = r.otherHosts(call.Args[dial.url], region)
	req.finish()
	return req
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
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if key, ok := kv.Key.(*ast.Ident); ok && key.Name == dialOptionsHeader {
				return r.header(kv.Value, region, 0)
			}
		}
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
		switch sel.Sel.Name {
		case "Set", "Add":
			if len(call.Args) != 2 {
				break
			}
			name, ok := r.constantString(call.Args[0])
			if !ok {
				o.known = false
				return false
			}
			s, _ := r.setting(ByCallOption, call.Pos(), nil, call.Args[1], nil, nil)
			o.addHeader(name, s)
		case "Del", "Clone", "Get", "Values":
		default:
			o.known = false
		}
		return true
	})
	return o
}
