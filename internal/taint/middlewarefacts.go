package taint

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"github.com/openaivet/openaivet/internal/openaiapi"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
)

// Middleware of another package: a package of the program that declares
// middleware (or a function that returns one) which bounds the request
// body or moderates what it reads before it passes a request on exports
// a Middleware fact on it, and the package that puts its handlers behind
// it (main, or the package of the routes) counts that for them, as for
// its own middleware (middleware.go).

// Middleware is the fact of a middleware function, or of a function that
// returns one: what holds for every request it passes on.
type Middleware struct {
	BodyBounded bool
	// Moderated names what it moderated: the body, or a read by key
	// (PostFormValue:q).
	Moderated []string
}

func (*Middleware) AFact() {}

func (m *Middleware) String() string {
	return fmt.Sprintf("middleware(bounded=%t moderated=%v)", m.BodyBounded, m.Moderated)
}

func (g entryGuards) fact() *Middleware {
	m := &Middleware{BodyBounded: g.bodyBounded}
	for read := range g.moderated {
		m.Moderated = append(m.Moderated, read)
	}
	slices.Sort(m.Moderated)
	return m
}

func (m *Middleware) guards() entryGuards {
	g := entryGuards{bodyBounded: m.BodyBounded}
	for _, read := range m.Moderated {
		g.addModerated(read)
	}
	return g
}

// importedMiddleware returns what a middleware function of another
// package, or one a function of another package returns, does to every
// request.
func (h *handlerEntries) importedMiddleware(fn *ssa.Function) *entryGuards {
	obj, ok := fn.Object().(*types.Func)
	if !ok || fn.Pkg == h.e.fns0Pkg() {
		return nil
	}
	var m Middleware
	if !h.e.pass.ImportObjectFact(obj, &m) {
		return nil
	}
	g := m.guards()
	return &g
}

// exportMiddleware exports a Middleware fact for each function of the
// package that is middleware, or returns one, and does something the
// checks know to every request it passes on.
func (e *engine) exportMiddleware() {
	if !importsRouter(e.pass.Pkg) {
		return
	}
	if e.handlers == nil {
		e.handlers = e.findHandlers()
	}
	for _, fn := range e.fns {
		obj, ok := fn.Object().(*types.Func)
		if !ok || obj.Pkg() != e.pass.Pkg || fn.Parent() != nil {
			continue
		}
		if !mayGuard(fn, e.calls) {
			continue // a handler, or middleware that neither bounds nor moderates
		}
		var g *entryGuards
		switch {
		case middlewareSignature(fn.Signature):
			g = e.handlers.middlewareFunc(fn)
		case returnsMiddleware(fn.Signature):
			g = e.handlers.factory(fn, "")
		}
		if g != nil && !g.empty() {
			e.pass.ExportObjectFact(obj, g.fact())
		}
	}
}

// mayGuard reports whether fn, or a function literal in it, bounds a
// request's body or calls the Moderation endpoint: only then can it be
// middleware the checks know.
func mayGuard(fn *ssa.Function, calls map[token.Pos]*openaiapi.Request) bool {
	if len(bodyLimits(fn)) > 0 {
		return true
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if call, ok := instr.(*ssa.Call); ok {
				if req := calls[call.Pos()]; req != nil && req.Endpoint.Kind == openaiapi.Moderation {
					return true
				}
			}
		}
	}
	for _, anon := range fn.AnonFuncs {
		if mayGuard(anon, calls) {
			return true
		}
	}
	return false
}

// middlewareSignature reports whether a function has the shape of a
// middleware middlewareFunc knows: func(next) with a net/http handler or
// an echo handler, or a gin handler.
func middlewareSignature(sig *types.Signature) bool {
	if sig.Params().Len() != 1 {
		return false
	}
	t := sig.Params().At(0).Type()
	return isNamedType(t, ginPath, "Context") || isHandlerType(t) || isNamedType(t, echoPath, "HandlerFunc")
}

// returnsMiddleware reports whether a function returns one middleware:
// limit(n) returning func(http.Handler) http.Handler, a gin.HandlerFunc
// or an echo.MiddlewareFunc.
func returnsMiddleware(sig *types.Signature) bool {
	if sig.Results().Len() != 1 {
		return false
	}
	t := sig.Results().At(0).Type()
	if inner, ok := t.Underlying().(*types.Signature); ok && middlewareSignature(inner) {
		return true
	}
	return isNamedType(t, ginPath, "HandlerFunc") || isNamedType(t, echoPath, "MiddlewareFunc")
}

// declaresBodyLimit reports whether a package of the program declares
// middleware, or a function that returns one, and bounds a request's
// body: it may export a Middleware fact though it sends nothing to a
// model. (Middleware that moderates sends to the model, and is analyzed
// for that.) Found in the syntax and the type information, without SSA.
func declaresBodyLimit(pass *analysis.Pass) bool {
	if dependency(pass) || !importsRouter(pass.Pkg) {
		return false
	}
	limits := false
	for _, obj := range pass.TypesInfo.Uses {
		if fn, ok := obj.(*types.Func); ok && limitsLength(fn) {
			limits = true
			break
		}
	}
	if !limits {
		return false
	}
	for _, f := range pass.Files {
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok {
				continue
			}
			if fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func); ok && (middlewareSignature(fn.Signature()) || returnsMiddleware(fn.Signature())) {
				return true
			}
		}
	}
	return false
}
