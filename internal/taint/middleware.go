package taint

import (
	"go/constant"
	"go/token"
	"go/types"

	"github.com/openaivet/openaivet/internal/names"
	"golang.org/x/tools/go/ssa"
)

// bodyRead is what reads of a request's body are known by, for the
// moderation a middleware did of the whole body.
const bodyRead = "body"

// fieldReads names what a load of a request's field reads: the body, or
// nothing a middleware is known to moderate.
func fieldReads(fa *ssa.FieldAddr) []string {
	switch fieldName(fa) {
	case "Body", "PostForm", "MultipartForm":
		return []string{bodyRead}
	}
	return nil
}

// callReads names what a source call reads: Method:key for a read by a
// constant key (PostFormValue:q), and the body for the calls that read
// only the body, whole or in part. The first name is the one a
// middleware's moderation of the read covers.
func callReads(fn *types.Func, call *ssa.Call) []string {
	var reads []string
	args := call.Common().Args
	if fn.Signature().Recv() != nil && !call.Common().IsInvoke() && len(args) > 0 {
		args = args[1:]
	}
	if len(args) > 0 {
		if c, ok := args[0].(*ssa.Const); ok && c.Value != nil && c.Value.Kind() == constant.String {
			reads = append(reads, fn.Name()+":"+constant.StringVal(c.Value))
		}
	}
	if readsBody(fn) && !queryToo[fn.Name()] {
		reads = append(reads, bodyRead)
	}
	return reads
}

// queryToo are the body readers that read the URL's query as well: a
// moderated body does not make what they return moderated.
var queryToo = map[string]bool{"FormValue": true, "ShouldBind": true, "Bind": true}

// callRequest returns the request a source call reads: its receiver, an
// *http.Request, or the request of a framework's context.
func callRequest(common *ssa.CallCommon) requestKey {
	if common.IsInvoke() {
		return requestKey{base: common.Value, viaContext: true}
	}
	if len(common.Args) == 0 {
		return requestKey{}
	}
	recv := common.Args[0]
	if isHTTPRequest(recv.Type()) {
		return requestOf(recv)
	}
	return requestKey{base: recv, viaContext: true}
}

// isHTTPRequest reports whether t is *http.Request.
func isHTTPRequest(t types.Type) bool {
	ptr, ok := types.Unalias(t).(*types.Pointer)
	if !ok {
		return false
	}
	named, ok := types.Unalias(ptr.Elem()).(*types.Named)
	return ok && named.Obj().Pkg() != nil && named.Obj().Pkg().Path() == "net/http" && named.Obj().Name() == "Request"
}

// fromEntry marks input that a middleware moderated before the function
// ran (by any of the names of what it reads), and notes what each source
// reads.
func (s *state) fromEntry(t taint, reads []string) taint {
	if len(reads) == 0 {
		return t
	}
	for _, l := range t {
		if s.reads == nil {
			s.reads = make(map[token.Pos]string)
		}
		s.reads[l.source] = reads[0]
	}
	moderated := false
	for _, r := range reads {
		moderated = moderated || s.entry.moderated[r]
	}
	if !moderated {
		return t
	}
	return t.with(func(l *label) { l.moderated = true })
}

// Middleware: a handler registered behind middleware that bounds the
// request body or moderates what it reads sees bounded or moderated
// input, though nothing in the handler says so. How far this follows:
// within the package. The handler, the middleware and the registrations
// must all be in the package being analyzed; every way the package
// registers the handler must pass the middleware (a handler registered
// once behind it and once without gets nothing), and a handler the
// package also calls or passes anywhere else gets nothing. Middleware of
// the libraries themselves (http.MaxBytesHandler, chi's RequestSize,
// echo's BodyLimit) is known by name.
//
// A handler that another handler of the package calls gets what holds on
// entry to every caller, one call deep (an adapter closure that calls a
// method); a call from anything else gives nothing.
//
// Routers: net/http's ServeMux (handlers wrapped at registration, or the
// whole mux wrapped where it is served), chi (Use, With, Group, Route),
// gin (Use, Group, middleware before the handler) and echo (Use, Group,
// middleware after the handler). A router's Use counts for the routes
// registered after it in the same function.

const (
	chiPath  = "github.com/go-chi/chi/v5"
	ginPath  = "github.com/gin-gonic/gin"
	echoPath = "github.com/labstack/echo/v4"
)

// routes register a handler on a router: net/http's ServeMux, chi's Mux
// and Router, gin's RouterGroup (an Engine's too) and IRoutes, echo's Echo
// and Group.
var routes = func() names.Set {
	list := []string{
		"(*net/http.ServeMux).Handle", "(*net/http.ServeMux).HandleFunc",
		"net/http.Handle", "net/http.HandleFunc",
	}
	methods := map[string][]string{
		"(*" + chiPath + ".Mux)": chiRoutes, "(" + chiPath + ".Router)": chiRoutes,
		"(*" + ginPath + ".RouterGroup)": ginRoutes, "(" + ginPath + ".IRoutes)": ginRoutes,
		"(*" + echoPath + ".Echo)": echoRoutes, "(*" + echoPath + ".Group)": echoRoutes,
	}
	for recv, ms := range methods {
		for _, m := range ms {
			list = append(list, recv+"."+m)
		}
	}
	return names.NewSet(list...)
}()

var (
	chiRoutes  = []string{"Get", "Post", "Put", "Patch", "Delete", "Head", "Options", "Connect", "Trace", "Handle", "HandleFunc", "Method", "MethodFunc"}
	ginRoutes  = []string{"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "Any", "Handle", "Match"}
	echoRoutes = []string{"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "CONNECT", "TRACE", "Any", "Add", "Match", "RouteNotFound"}
)

// libraryMiddleware are the libraries' own middleware and handler
// wrappers that bound the request body.
var libraryMiddleware = names.NewTable(map[string]entryGuards{
	"net/http.MaxBytesHandler":                   {bodyBounded: true},
	chiPath + "/middleware.RequestSize":          {bodyBounded: true},
	echoPath + "/middleware.BodyLimit":           {bodyBounded: true},
	echoPath + "/middleware.BodyLimitWithConfig": {bodyBounded: true},
})

// servers serve a handler as it is: where a handler's way ends.
var servers = names.NewSet("net/http.ListenAndServe", "net/http.ListenAndServeTLS", "net/http.Serve", "net/http.ServeTLS")

// transparentWrappers pass the handler they wrap every request it
// serves, changing nothing the checks care about.
var transparentWrappers = names.NewSet("net/http.StripPrefix", "net/http.TimeoutHandler")

// union is what holds after two middlewares ran, one after the other.
func (g entryGuards) union(h entryGuards) entryGuards {
	out := entryGuards{bodyBounded: g.bodyBounded || h.bodyBounded}
	for k := range g.moderated {
		out.addModerated(k)
	}
	for k := range h.moderated {
		out.addModerated(k)
	}
	return out
}

// intersect is what holds whichever of two ways a request took.
func (g entryGuards) intersect(h entryGuards) entryGuards {
	out := entryGuards{bodyBounded: g.bodyBounded && h.bodyBounded}
	for k := range g.moderated {
		if h.moderated[k] {
			out.addModerated(k)
		}
	}
	return out
}

func (g *entryGuards) addModerated(read string) {
	if g.moderated == nil {
		g.moderated = make(map[string]bool)
	}
	g.moderated[read] = true
}

func (g entryGuards) empty() bool { return !g.bodyBounded && len(g.moderated) == 0 }

// handlerEntries works out, once for the package, what the middleware in
// front of each of its handlers did.
type handlerEntries struct {
	e *engine
	// entries holds what holds on entry to each handler.
	entries map[*ssa.Function]entryGuards
	// middleware caches what each middleware value's function does.
	middleware map[*ssa.Function]*entryGuards
	// routeParents holds, for the router parameter of a function passed
	// to chi's Group or Route, the router and call it extends.
	routeParents map[*ssa.Parameter]ssa.CallInstruction
	// uses holds, for each function of the package, the instructions
	// that use it as a value (not as the callee of a static call).
	uses map[*ssa.Function][]ssa.Instruction
}

// entryOf returns what the middleware in front of fn did to every request
// before fn runs.
func (e *engine) entryOf(fn *ssa.Function) entryGuards {
	if e.handlers == nil {
		e.handlers = e.findHandlers()
	}
	return e.handlers.entries[fn]
}

// findHandlers finds the package's handlers behind middleware.
func (e *engine) findHandlers() *handlerEntries {
	h := &handlerEntries{
		e:            e,
		entries:      make(map[*ssa.Function]entryGuards),
		middleware:   make(map[*ssa.Function]*entryGuards),
		routeParents: make(map[*ssa.Parameter]ssa.CallInstruction),
		uses:         make(map[*ssa.Function][]ssa.Instruction),
	}
	if !importsRouter(e.pass.Pkg) {
		return h // no handler is registered here
	}
	// calls holds, for each function, the static calls of it.
	calls := make(map[*ssa.Function][]ssa.Instruction)
	var rands []*ssa.Value
	for _, fn := range e.fns {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				rands = instr.Operands(rands[:0])
				for i, rand := range rands {
					f, ok := (*rand).(*ssa.Function)
					if !ok {
						continue
					}
					real := realFunc(f)
					if real == nil || real.Pkg != fn.Pkg {
						continue
					}
					if call, ok := instr.(ssa.CallInstruction); ok && i == 0 && call.Common().Value == f {
						calls[real] = append(calls[real], instr) // s.chat(w, r)
						continue
					}
					h.uses[real] = append(h.uses[real], instr)
				}
				if call, ok := instr.(*ssa.Call); ok {
					h.noteRouteFunc(call)
				}
			}
		}
	}
	// What holds where a handler is registered, and then where one
	// handler calls another (an adapter: func(w, r) { s.chat(w, r) }),
	// one call deep: the callee gets what holds for every caller.
	registered := make(map[*ssa.Function]entryGuards)
	for fn, uses := range h.uses {
		if !isHandlerSignature(fn.Signature) {
			continue
		}
		var entry entryGuards
		for i, use := range uses {
			g, ok := h.served(use, fn)
			if !ok {
				entry = entryGuards{}
				break
			}
			if i == 0 {
				entry = g
			} else {
				entry = entry.intersect(g)
			}
		}
		registered[fn] = entry
	}
	for fn, entry := range registered {
		if len(calls[fn]) == 0 && !entry.empty() {
			h.entries[fn] = entry
		}
	}
	for fn, sites := range calls {
		if !isHandlerSignature(fn.Signature) {
			continue
		}
		entry, used := registered[fn]
		for _, site := range sites {
			caller := registered[site.Parent()] // nothing known of a caller that is no handler
			if !used {
				entry, used = caller, true
			} else {
				entry = entry.intersect(caller)
			}
		}
		if !entry.empty() {
			h.entries[fn] = entry
		}
	}
	return h
}

// importsRouter reports whether the package imports net/http or a web
// framework: without one it registers no handler.
func importsRouter(pkg *types.Package) bool {
	for _, p := range pkg.Imports() {
		switch p.Path() {
		case "net/http", chiPath, ginPath, echoPath:
			return true
		}
	}
	return false
}

// realFunc returns the function a function value runs: a method for its
// bound-method wrapper (s.chat) or thunk ((*server).chat).
func realFunc(f *ssa.Function) *ssa.Function {
	if f.Synthetic == "" {
		return f
	}
	if obj, ok := f.Object().(*types.Func); ok && f.Prog != nil {
		if real := f.Prog.FuncValue(obj); real != nil && real.Synthetic == "" {
			return real
		}
	}
	return nil
}

// isHandlerSignature reports whether a function serves requests:
// net/http's func(w, r), gin's func(c *gin.Context), echo's
// func(c echo.Context) error.
func isHandlerSignature(sig *types.Signature) bool {
	params := sig.Params()
	switch params.Len() {
	case 1:
		t := params.At(0).Type()
		return isNamedType(t, ginPath, "Context") || isNamedType(t, echoPath, "Context")
	case 2:
		return isNamedType(params.At(0).Type(), "net/http", "ResponseWriter") && isHTTPRequest(params.At(1).Type())
	}
	return false
}

// isNamedType reports whether t, or what it points to, is the named type.
func isNamedType(t types.Type, pkg, name string) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == pkg && n.Obj().Name() == name
}

// served follows one use of a handler function fn, in instr, to where it
// is registered, and returns what holds on entry when it is served that
// way; ok is false when the way leads somewhere the analysis cannot
// follow.
func (h *handlerEntries) served(instr ssa.Instruction, fn *ssa.Function) (entryGuards, bool) {
	var v ssa.Value
	switch in := instr.(type) {
	case *ssa.MakeClosure:
		v = in // a bound method, or a function literal
	case ssa.Value:
		// The function itself, as an operand: a conversion or a call
		// argument.
		return h.usedAs(in, fn, 0)
	default:
		if call, ok := instr.(ssa.CallInstruction); ok {
			return h.argument(call, fn, 0)
		}
		return entryGuards{}, false
	}
	return h.follow(v, 0)
}

// usedAs follows a value instruction that takes the function as an
// operand.
func (h *handlerEntries) usedAs(v ssa.Value, fn *ssa.Function, depth int) (entryGuards, bool) {
	switch v.(type) {
	case *ssa.ChangeType, *ssa.MakeInterface, *ssa.Convert:
		return h.follow(v, depth+1)
	case *ssa.Call:
		return h.argument(v.(*ssa.Call), fn, depth+1)
	}
	return entryGuards{}, false
}

// follow follows a handler value to every place it goes; each must be a
// registration, a wrapper or a conversion.
func (h *handlerEntries) follow(v ssa.Value, depth int) (entryGuards, bool) {
	if depth > 8 {
		return entryGuards{}, false
	}
	refs := v.Referrers()
	if refs == nil || len(*refs) == 0 {
		return entryGuards{}, false
	}
	var entry entryGuards
	ways := 0
	for _, ref := range *refs {
		var g entryGuards
		var ok bool
		switch r := ref.(type) {
		case *ssa.ChangeType, *ssa.MakeInterface, *ssa.Convert:
			g, ok = h.follow(r.(ssa.Value), depth+1)
		case ssa.CallInstruction:
			g, ok = h.argument(r, v, depth+1)
		case *ssa.Store:
			g, ok = h.stored(r, v, depth+1)
		case *ssa.DebugRef:
			continue
		}
		if !ok {
			return entryGuards{}, false
		}
		if ways == 0 {
			entry = g
		} else {
			entry = entry.intersect(g)
		}
		ways++
	}
	return entry, ways > 0
}

// stored follows a handler stored into a variadic argument's array:
// router.POST("/chat", limit, h.chat), e.POST("/chat", h.chat, limit).
func (h *handlerEntries) stored(store *ssa.Store, v ssa.Value, depth int) (entryGuards, bool) {
	if fa, ok := store.Addr.(*ssa.FieldAddr); ok && store.Val == v && isNamedType(fa.X.Type(), "net/http", "Server") && fieldName(fa) == "Handler" {
		return entryGuards{}, true // &http.Server{Handler: limit(mux)}
	}
	ia, ok := store.Addr.(*ssa.IndexAddr)
	if !ok || store.Val != v {
		return entryGuards{}, false
	}
	alloc, ok := ia.X.(*ssa.Alloc)
	if !ok {
		return entryGuards{}, false
	}
	for _, ref := range *alloc.Referrers() {
		if sl, ok := ref.(*ssa.Slice); ok {
			for _, use := range *sl.Referrers() {
				if call, ok := use.(ssa.CallInstruction); ok {
					return h.argument(call, sl, depth)
				}
			}
		}
	}
	return entryGuards{}, false
}

// argument follows a handler (or the slice of handlers it is in) passed
// to a call: a registration, a middleware that wraps it, or a transparent
// wrapper.
func (h *handlerEntries) argument(call ssa.CallInstruction, v ssa.Value, depth int) (entryGuards, bool) {
	common := call.Common()
	if common.Value == v {
		return entryGuards{}, false // called directly: not behind the middleware
	}
	value, isValue := call.(*ssa.Call)
	if isValue && common.StaticCallee() == nil && !common.IsInvoke() && wrapsHandler(common.Signature()) {
		// limit(1 << 20)(next): the middleware a factory returns.
		g := h.middlewareValue(common.Value, "net/http")
		if g == nil {
			return entryGuards{}, false
		}
		inner, ok := h.follow(value, depth+1)
		return g.union(inner), ok
	}
	recv, args, fn := callParts(common)
	if fn == nil || fn.Pkg() == nil {
		return entryGuards{}, false
	}
	path := fn.Pkg().Path()
	if routes.Has(fn) {
		return h.registered(call, recv, args, v, path)
	}
	if servers.Has(fn) {
		return entryGuards{}, true
	}
	if g, ok := libraryMiddleware.Func(fn); ok && isValue {
		// http.MaxBytesHandler(h, n)
		inner, ok := h.follow(value, depth+1)
		return g.union(inner), ok
	}
	if transparentWrappers.Has(fn) && isValue {
		return h.follow(value, depth+1)
	}
	if callee := common.StaticCallee(); callee != nil && isValue && wrapsHandler(callee.Signature) {
		// limit(next): the package's own middleware, or another's.
		g := h.importedMiddleware(callee)
		if g == nil {
			g = h.middlewareFunc(callee)
		}
		if g == nil {
			return entryGuards{}, false
		}
		inner, ok := h.follow(value, depth+1)
		return g.union(inner), ok
	}
	return entryGuards{}, false
}

// fns0Pkg is the SSA package being analyzed.
func (e *engine) fns0Pkg() *ssa.Package {
	if len(e.fns) == 0 {
		return nil
	}
	return e.fns[0].Pkg
}

// callParts returns a call's receiver (nil for a function), its other
// arguments, and the function or method called.
func callParts(common *ssa.CallCommon) (recv ssa.Value, args []ssa.Value, fn *types.Func) {
	if common.IsInvoke() {
		return common.Value, common.Args, common.Method
	}
	callee := common.StaticCallee()
	if callee == nil {
		return nil, nil, nil
	}
	fn, _ = callee.Object().(*types.Func)
	if fn == nil && callee.Origin() != nil {
		fn, _ = callee.Origin().Object().(*types.Func)
	}
	args = common.Args
	if callee.Signature.Recv() != nil && len(args) > 0 {
		recv, args = args[0], args[1:]
	}
	return recv, args, fn
}

// registered returns what holds on entry to a handler registered by a
// call: the router's middleware, and the route's own.
func (h *handlerEntries) registered(call ssa.CallInstruction, recv ssa.Value, args []ssa.Value, v ssa.Value, path string) (entryGuards, bool) {
	entry := h.routerEntry(recv, call, path, 0)
	switch path {
	case ginPath:
		// router.POST(path, mw1, mw2, handler): the handler is last.
		elems, ok := sliceElems(v)
		if !ok || len(elems) == 0 {
			return entryGuards{}, false
		}
		for _, mw := range elems[:len(elems)-1] {
			if g := h.middlewareValue(mw, ginPath); g != nil {
				entry = entry.union(*g)
			}
		}
	case echoPath:
		// e.POST(path, handler, mw...): the middleware is the slice
		// after the handler.
		if len(args) > 0 {
			if elems, ok := sliceElems(args[len(args)-1]); ok && args[len(args)-1] != v {
				for _, mw := range elems {
					if g := h.middlewareValue(mw, echoPath); g != nil {
						entry = entry.union(*g)
					}
				}
			}
		}
	}
	return entry, true
}

// routerEntry returns what the middleware of a router does to the requests
// of a route registered on it by call.
func (h *handlerEntries) routerEntry(router ssa.Value, at ssa.Instruction, path string, depth int) entryGuards {
	var entry entryGuards
	if router == nil || depth > 8 {
		return entry
	}
	router = routerKey(router)
	// Use(mw...) on the router, before the route.
	for _, ref := range referrersOf(router) {
		call, ok := ref.(ssa.CallInstruction)
		if !ok || !before(call, at) {
			continue
		}
		recv, args, fn := callParts(call.Common())
		if fn == nil || fn.Name() != "Use" || recv == nil || routerKey(recv) != router || len(args) == 0 {
			continue
		}
		if elems, ok := sliceElems(args[len(args)-1]); ok {
			for _, mw := range elems {
				if g := h.middlewareValue(mw, path); g != nil {
					entry = entry.union(*g)
				}
			}
		}
	}
	switch r := router.(type) {
	case *ssa.Call:
		// A group of a parent router: gin's Group, echo's Group, chi's
		// With, with the middleware it is given.
		recv, args, fn := callParts(r.Common())
		if fn != nil && recv != nil && (fn.Name() == "Group" || fn.Name() == "With") {
			entry = entry.union(h.routerEntry(recv, r, path, depth+1))
			if len(args) > 0 {
				if elems, ok := sliceElems(args[len(args)-1]); ok {
					for _, mw := range elems {
						if g := h.middlewareValue(mw, path); g != nil {
							entry = entry.union(*g)
						}
					}
				}
			}
		}
	case *ssa.Parameter:
		// The router of chi's r.Group(func(r chi.Router) { ... }).
		if parent := h.routeParents[r]; parent != nil {
			recv, _, _ := callParts(parent.Common())
			entry = entry.union(h.routerEntry(recv, parent, path, depth+1))
		}
	}
	if path == "net/http" {
		entry = entry.union(h.servedThrough(router, depth))
	}
	return entry
}

// servedThrough returns what holds for every request a ServeMux serves,
// when every way the package serves it passes middleware:
// http.ListenAndServe(addr, limit(mux)).
func (h *handlerEntries) servedThrough(mux ssa.Value, depth int) entryGuards {
	var entry entryGuards
	wrapped := 0
	for _, ref := range referrersOf(mux) {
		call, ok := ref.(ssa.CallInstruction)
		if !ok {
			if _, ok := ref.(*ssa.DebugRef); ok {
				continue
			}
			return entryGuards{}
		}
		recv, _, fn := callParts(call.Common())
		if fn != nil && recv != nil && routerKey(recv) == mux && routes.Has(fn) {
			continue // a registration on it
		}
		g, ok := h.argument(call, mux, depth+1)
		if !ok {
			return entryGuards{}
		}
		if wrapped == 0 {
			entry = g
		} else {
			entry = entry.intersect(g)
		}
		wrapped++
	}
	return entry
}

// referrersOf returns the instructions that use v, through the
// conversions of a router into an interface.
func referrersOf(v ssa.Value) []ssa.Instruction {
	refs := v.Referrers()
	if refs == nil {
		return nil
	}
	var out []ssa.Instruction
	for _, ref := range *refs {
		if mi, ok := ref.(*ssa.MakeInterface); ok {
			out = append(out, referrersOf(mi)...)
			continue
		}
		out = append(out, ref)
	}
	return out
}

// routerKey returns the router a value is: the value under its
// conversions to interfaces, and the engine under gin's embedded router
// group.
func routerKey(v ssa.Value) ssa.Value {
	for {
		switch x := v.(type) {
		case *ssa.MakeInterface:
			v = x.X
		case *ssa.ChangeInterface:
			v = x.X
		case *ssa.FieldAddr:
			_, field, ok := structField(x)
			if !ok || !field.Embedded() {
				return v
			}
			v = x.X
		default:
			return v
		}
	}
}

// before reports whether a comes before b on every way to b: in the same
// function, a's block dominates b's, or a is earlier in the same block.
func before(a, b ssa.Instruction) bool {
	ab, bb := a.Block(), b.Block()
	if ab == nil || bb == nil || ab.Parent() != bb.Parent() {
		return false
	}
	if ab != bb {
		return ab.Dominates(bb)
	}
	for _, in := range ab.Instrs {
		if in == a {
			return true
		}
		if in == b {
			return false
		}
	}
	return false
}

// noteRouteFunc records the router parameter of a function passed to
// chi's Group or Route, which extends the router they are called on.
func (h *handlerEntries) noteRouteFunc(call *ssa.Call) {
	recv, args, fn := callParts(call.Common())
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != chiPath || recv == nil || fn.Name() != "Group" && fn.Name() != "Route" || len(args) == 0 {
		return
	}
	var f *ssa.Function
	switch x := args[len(args)-1].(type) {
	case *ssa.Function:
		f = x
	case *ssa.MakeClosure:
		f, _ = x.Fn.(*ssa.Function)
	}
	if f != nil && len(f.Params) == 1 {
		h.routeParents[f.Params[0]] = call
	}
}

// sliceElems returns the elements of a variadic argument built in place,
// in order; ok is false for a slice built elsewhere.
func sliceElems(v ssa.Value) ([]ssa.Value, bool) {
	if c, ok := v.(*ssa.Const); ok && c.IsNil() {
		return nil, true
	}
	sl, ok := v.(*ssa.Slice)
	if !ok {
		return nil, false
	}
	alloc, ok := sl.X.(*ssa.Alloc)
	if !ok {
		return nil, false
	}
	ptr, ok := alloc.Type().Underlying().(*types.Pointer)
	if !ok {
		return nil, false
	}
	arr, ok := ptr.Elem().Underlying().(*types.Array)
	if !ok {
		return nil, false
	}
	elems := make([]ssa.Value, arr.Len())
	for _, ref := range *alloc.Referrers() {
		ia, ok := ref.(*ssa.IndexAddr)
		if !ok {
			continue
		}
		c, ok := ia.Index.(*ssa.Const)
		if !ok {
			return nil, false
		}
		i, _ := constant.Int64Val(c.Value)
		for _, use := range *ia.Referrers() {
			if st, ok := use.(*ssa.Store); ok && int(i) < len(elems) {
				elems[i] = st.Val
			}
		}
	}
	for _, e := range elems {
		if e == nil {
			return nil, false
		}
	}
	return elems, true
}

// wrapsHandler reports whether a signature is net/http middleware's:
// func(http.Handler) http.Handler, or with http.HandlerFunc.
func wrapsHandler(sig *types.Signature) bool {
	return sig.Params().Len() == 1 && sig.Results().Len() == 1 &&
		isHandlerType(sig.Params().At(0).Type()) && isHandlerType(sig.Results().At(0).Type())
}

func isHandlerType(t types.Type) bool {
	return isNamedType(t, "net/http", "Handler") || isNamedType(t, "net/http", "HandlerFunc")
}

// unwrapConversions returns the value under the conversions to an
// interface or a named type (http.HandlerFunc(f)) that v is, a few deep.
func unwrapConversions(v ssa.Value) ssa.Value {
	for range 4 {
		switch x := v.(type) {
		case *ssa.MakeInterface:
			v = x.X
		case *ssa.ChangeInterface:
			v = x.X
		case *ssa.ChangeType:
			v = x.X
		default:
			return v
		}
	}
	return v
}

// middlewareValue returns what a middleware value given to a router does
// to each request: the package's own middleware (a function, a closure,
// or what a function returns), or the libraries'.
func (h *handlerEntries) middlewareValue(v ssa.Value, path string) *entryGuards {
	v = unwrapConversions(v)
	switch x := v.(type) {
	case *ssa.Function:
		if g := h.importedMiddleware(x); g != nil {
			return g
		}
		return h.middlewareFunc(x)
	case *ssa.MakeClosure:
		if f, ok := x.Fn.(*ssa.Function); ok {
			if real := realFunc(f); real != nil {
				return h.middlewareFunc(real) // a method: s.limit
			}
		}
	case *ssa.Call:
		_, _, fn := callParts(x.Common())
		if fn != nil && fn.Pkg() != nil {
			if g, ok := libraryMiddleware.Func(fn); ok {
				return &g
			}
		}
		// A factory: limit(1 << 20).
		callee := x.Common().StaticCallee()
		if callee == nil {
			return nil
		}
		if g := h.importedMiddleware(callee); g != nil {
			return g
		}
		return h.factory(callee, path)
	}
	return nil
}

// factory returns what the middleware a function of the package returns
// does to each request, on every way it returns.
func (h *handlerEntries) factory(callee *ssa.Function, path string) *entryGuards {
	if callee.Pkg != h.e.fns0Pkg() || callee.Blocks == nil {
		return nil
	}
	var out *entryGuards
	for _, b := range callee.Blocks {
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && len(ret.Results) == 1 {
			g := h.middlewareValue(ret.Results[0], path)
			if g == nil {
				return nil
			}
			if out == nil {
				out = g
			} else {
				i := out.intersect(*g)
				out = &i
			}
		}
	}
	return out
}

// middlewareFunc returns what a middleware function of the package does
// to every request it passes on, or nil when it is not one or does
// nothing the checks know.
func (h *handlerEntries) middlewareFunc(f *ssa.Function) *entryGuards {
	if f.Pkg != h.e.fns0Pkg() || f.Blocks == nil {
		return nil
	}
	if g, done := h.middleware[f]; done {
		return g
	}
	h.middleware[f] = nil // recursion: nothing known
	params := f.Params
	if f.Signature.Recv() != nil && len(params) > 0 {
		params = params[1:]
	}
	var g *entryGuards
	switch {
	case len(params) == 1 && isNamedType(params[0].Type(), ginPath, "Context"):
		// gin: the middleware is a handler itself, and the chain goes
		// on unless it aborts.
		g = h.effect(f, ginContinues(f, params[0]))
	case len(params) == 1 && (isHandlerType(params[0].Type()) || isNamedType(params[0].Type(), echoPath, "HandlerFunc")):
		// net/http and echo: func(next) returns the handler that calls
		// next.
		inner := innerHandler(f, params[0])
		if inner == nil {
			break
		}
		g = h.effect(inner.fn, callsOf(inner.fn, inner.next))
	}
	h.middleware[f] = g
	return g
}

// handlerClosure is the handler a net/http or echo middleware returns,
// and the free variable that holds the next handler in it.
type handlerClosure struct {
	fn   *ssa.Function
	next *ssa.FreeVar
}

// innerHandler finds the one closure a middleware function returns, and
// which of its free variables is the middleware's parameter.
func innerHandler(f *ssa.Function, param *ssa.Parameter) *handlerClosure {
	var found *handlerClosure
	for _, b := range f.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok || len(ret.Results) != 1 {
			continue
		}
		mc, ok := unwrapConversions(ret.Results[0]).(*ssa.MakeClosure)
		if !ok {
			return nil
		}
		inner, ok := mc.Fn.(*ssa.Function)
		if !ok {
			return nil
		}
		var next *ssa.FreeVar
		for i, binding := range mc.Bindings {
			if alloc, ok := binding.(*ssa.Alloc); ok && storedIn(alloc) == param {
				binding = param // captured by reference
			}
			if binding == param && i < len(inner.FreeVars) {
				next = inner.FreeVars[i]
			}
		}
		if next == nil || found != nil && found.fn != inner {
			return nil
		}
		found = &handlerClosure{inner, next}
	}
	return found
}

// callsOf returns the calls in fn that pass the request on to next:
// next.ServeHTTP(w, r), next(w, r), next(c).
func callsOf(fn *ssa.Function, next *ssa.FreeVar) []ssa.Instruction {
	var out []ssa.Instruction
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(ssa.CallInstruction)
			if !ok {
				continue
			}
			common := call.Common()
			if isNext(common.Value, next) || !common.IsInvoke() && len(common.Args) > 0 && isNext(common.Args[0], next) {
				out = append(out, instr)
			}
		}
	}
	return out
}

// isNext reports whether v is the next handler: the free variable, or
// what it points to when it was captured by reference.
func isNext(v ssa.Value, next *ssa.FreeVar) bool {
	if load, ok := v.(*ssa.UnOp); ok && load.Op == token.MUL {
		v = load.X
	}
	return v == next
}

// ginContinues returns where a gin middleware lets the chain go on: its
// calls to c.Next(), and its returns that no call to c.Abort... comes
// before.
func ginContinues(f *ssa.Function, c *ssa.Parameter) []ssa.Instruction {
	var nexts, aborts, returns []ssa.Instruction
	for _, b := range f.Blocks {
		for _, instr := range b.Instrs {
			if _, ok := instr.(*ssa.Return); ok {
				returns = append(returns, instr)
				continue
			}
			call, ok := instr.(*ssa.Call)
			if !ok {
				continue
			}
			recv, _, fn := callParts(call.Common())
			if fn == nil || recv != c {
				continue
			}
			switch {
			case fn.Name() == "Next":
				nexts = append(nexts, instr)
			case len(fn.Name()) >= 5 && fn.Name()[:5] == "Abort":
				aborts = append(aborts, instr)
			}
		}
	}
	out := nexts
	for _, ret := range returns {
		aborted := false
		for _, a := range aborts {
			aborted = aborted || before(a, ret)
		}
		if !aborted {
			out = append(out, ret)
		}
	}
	return out
}

// effect returns what a middleware's handler fn does to each request it
// passes on at the given places: the body bounded before every one, and
// the reads moderated before every one.
func (h *handlerEntries) effect(fn *ssa.Function, passes []ssa.Instruction) *entryGuards {
	if len(passes) == 0 {
		return nil
	}
	g := entryGuards{bodyBounded: true}
	limits := bodyLimits(fn)
	for _, p := range passes {
		bounded := false
		for _, bl := range limits {
			bounded = bounded || before(bl.store, p)
		}
		g.bodyBounded = g.bodyBounded && bounded
	}
	s := h.e.newState(fn)
	s.run()
	mods := s.moderations(h.e.calls)
	for _, m := range mods {
		for src := range m.sources {
			read := s.reads[src]
			if read == "" {
				continue
			}
			all := true
			for _, p := range passes {
				all = all && s.moderated(mods, src, p.Block())
			}
			if all {
				g.addModerated(read)
			}
		}
	}
	if g.empty() {
		return nil
	}
	return &g
}
