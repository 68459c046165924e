package openaiapi

import (
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/types/typeutil"
)

// sentParams is what a sender sends: the params its parameter number param
// carries, to endpoint, with what the sender sets itself.
type sentParams struct {
	param int
	// options is the variadic parameter whose options the sender passes
	// on, or -1.
	options    int
	method     *types.Func // the library method, when this package sees it
	endpoint   Endpoint
	identified Identification
	// set holds the fields the sender sets, in the params or its options;
	// client the headers it sets, in its options or its client, and what
	// its client is.
	set, client origin
}

// sender reads a function of this package that sends the params it is
// given: a request in its body sends one of its parameters, possibly after
// setting fields of it. It returns nil when no request does; when requests
// send more than one of its parameters, or pass on its options in more
// than one way; or when options it does not pass on come from where the
// analysis cannot see.
func (r *resolver) sender(fn *types.Func) *sentParams {
	if s, done := r.senders[fn]; done {
		return s
	}
	r.senders[fn] = nil // recursion sends nothing more
	decl, ok := r.decls[fn]
	if !ok {
		return nil
	}
	params := slices.Collect(fn.Signature().Params().Variables())
	var s *sentParams
	ok = true
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		call, isCall := n.(*ast.CallExpr)
		if !isCall || !ok {
			return ok
		}
		req := r.request(call, decl.Body)
		if req == nil || len(req.body.params) == 0 {
			return true
		}
		param := slices.Index(params, req.body.params[0])
		options := -1
		if len(req.options.params) > 0 {
			options = slices.Index(params, req.options.params[0])
		}
		switch {
		case len(req.body.params) > 1, len(req.options.params) > 1, param < 0,
			!req.options.known,
			s != nil && (s.param != param || s.options != options):
			ok = false
			return false
		case s == nil:
			s = &sentParams{param: param, options: options, method: req.Method, endpoint: req.Endpoint, identified: req.identified,
				set: knownOrigin(), client: knownOrigin()}
		}
		s.set.fields = mergeSettings(s.set.fields, req.body.fields, req.options.fields, req.client.fields)
		s.client.headers = mergeSettings(s.client.headers, req.options.headers, req.client.headers)
		s.client.known = s.client.known && req.client.known
		s.client.shared = s.client.shared || req.client.shared
		s.client.otherHosts = append(s.client.otherHosts, req.client.otherHosts...)
		return true
	})
	if !ok || s == nil {
		return nil
	}
	r.senders[fn] = s
	return s
}

// mergeSettings adds the settings of each map to into, by key, as set by
// a sender: the key a sender names a field with is not its callers' to
// edit.
func mergeSettings(into map[string][]Setting, from ...map[string][]Setting) map[string][]Setting {
	for _, m := range from {
		for key, ss := range m {
			if into == nil {
				into = make(map[string][]Setting)
			}
			for _, s := range ss {
				s.Via, s.Key = BySender, nil
				into[key] = append(into[key], s)
			}
		}
	}
	return into
}

// senderFact summarizes a sender for other packages.
func (r *resolver) senderFact(fn *types.Func, s *sentParams) *ParamsSender {
	fact := &ParamsSender{
		Param:        s.param,
		Options:      s.options,
		Endpoint:     s.endpoint,
		Identified:   s.identified,
		Fields:       r.builtFields(s.set.fields, fn),
		Headers:      r.builtFields(s.client.headers, fn),
		HeadersKnown: s.client.known,
		Shared:       s.client.shared,
	}
	if len(s.client.otherHosts) > 0 {
		fact.OtherHost = s.client.otherHosts[0]
	}
	return fact
}

// importedSender is what a sender of another package sends, by its fact.
func importedSender(fact *ParamsSender) *sentParams {
	s := &sentParams{
		param:      fact.Param,
		options:    fact.Options,
		endpoint:   fact.Endpoint,
		identified: fact.Identified,
		set:        origin{known: true, fields: importedSettings(BySender, fact.Fields)},
		client:     origin{known: fact.HeadersKnown, headers: importedSettings(BySender, fact.Headers), shared: fact.Shared},
	}
	if fact.OtherHost != "" {
		s.client.otherHosts = []string{fact.OtherHost}
	}
	return s
}

// paramsArgument returns the argument that carries the params of a call
// that sends a request (of the library, or of a sender), without resolving
// what they hold.
func (r *resolver) paramsArgument(call *ast.CallExpr) (ast.Expr, bool) {
	args := callArgs(r.pass.TypesInfo, call)
	fn, ok := typeutil.Callee(r.pass.TypesInfo, call).(*types.Func)
	if !ok || fn.Pkg() == nil {
		return nil, false
	}
	index := -1
	if sendsRequest(fn) {
		index = paramsIndex(fn.Signature())
	} else if IsClientPackage(fn.Pkg().Path()) {
		return nil, false
	} else if fn.Pkg() == r.pass.Pkg {
		if s := r.sender(fn); s != nil {
			index = s.param
		}
	} else {
		var fact ParamsSender
		if r.pass.ImportObjectFact(fn, &fact) {
			index = fact.Param
		}
	}
	if index < 0 || index >= len(args) {
		return nil, false
	}
	return args[index], true
}

// paramsIndex returns the index of the first parameter of params type, or -1.
func paramsIndex(sig *types.Signature) int {
	for i := range sig.Params().Len() {
		if _, _, ok := paramsStruct(sig.Params().At(i).Type()); ok {
			return i
		}
	}
	return -1
}
