package openaiapi

import (
	"fmt"
	"go/ast"
	"go/types"
	"reflect"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// Analyzer finds the requests a package sends to the OpenAI API and what
// each sets. Its result is a *Result; it exports a ParamsBuilder fact for
// every function that builds and returns request params, so that params
// built in one package and sent in another are understood.
var Analyzer = &analysis.Analyzer{
	Name:       "openaiapi",
	Doc:        "find requests to the OpenAI API and the fields they set",
	URL:        "https://github.com/openaivet/openaivet/tree/main/internal/openaiapi",
	Run:        run,
	ResultType: reflect.TypeFor[*Result](),
	FactTypes:  []analysis.Fact{new(ParamsBuilder)},
}

// ParamsBuilder is the fact that a function returns request params (as its
// result number Result), with the fields that some path through it sets.
type ParamsBuilder struct {
	Result int
	Fields []BuiltField
}

// BuiltField is one field a builder sets.
type BuiltField struct {
	Tag string
	// Constant and Empty hold when every value the builder sets is a
	// constant, or the empty string.
	Constant, Empty bool
}

func (*ParamsBuilder) AFact() {}

func (b *ParamsBuilder) String() string {
	tags := make([]string, len(b.Fields))
	for i, f := range b.Fields {
		tags[i] = f.Tag
		if f.Constant {
			tags[i] += "=const"
		}
	}
	return fmt.Sprintf("paramsBuilder(%d: %s)", b.Result, strings.Join(tags, " "))
}

func (b *ParamsBuilder) sort() {
	slices.SortFunc(b.Fields, func(x, y BuiltField) int { return strings.Compare(x.Tag, y.Tag) })
}

func run(pass *analysis.Pass) (any, error) {
	res := new(Result)
	// The libraries' own code is not the user's, and a package that names
	// nothing of them sends no request: both cost nothing.
	if IsClientPackage(pass.Pkg.Path()) || !usesClientLibrary(pass) {
		return res, nil
	}
	r := newResolver(pass)
	for _, fn := range sortedFuncs(r.decls) {
		if b := r.builder(fn, 0); b != nil {
			pass.ExportObjectFact(fn, b.fact())
		}
	}
	for _, file := range pass.Files {
		forEachRegion(file, func(region *ast.BlockStmt) {
			ast.Inspect(region, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				if req := r.request(call, region); req != nil {
					res.Requests = append(res.Requests, req)
				} else if c := r.clientConstructor(call, region); c != nil {
					res.Clients = append(res.Clients, c)
				}
				return true
			})
		})
	}
	return res, nil
}

// usesClientLibrary reports whether the package imports a client library
// or uses anything of one (a package may call a client it gets from
// another package without importing the library).
func usesClientLibrary(pass *analysis.Pass) bool {
	for _, imp := range pass.Pkg.Imports() {
		if IsClientPackage(imp.Path()) {
			return true
		}
	}
	for _, obj := range pass.TypesInfo.Uses {
		if obj.Pkg() != nil && IsClientPackage(obj.Pkg().Path()) {
			return true
		}
	}
	return false
}

// forEachRegion calls f with the body of every outermost function of the
// file: function declarations and function literals at package level.
func forEachRegion(file *ast.File, f func(*ast.BlockStmt)) {
	for _, decl := range file.Decls {
		if fd, ok := decl.(*ast.FuncDecl); ok {
			if fd.Body != nil {
				f(fd.Body)
			}
			continue
		}
		ast.Inspect(decl, func(n ast.Node) bool {
			if lit, ok := n.(*ast.FuncLit); ok {
				f(lit.Body)
				return false
			}
			return true
		})
	}
}

func sortedFuncs(decls map[*types.Func]*ast.FuncDecl) []*types.Func {
	fns := make([]*types.Func, 0, len(decls))
	for fn := range decls {
		fns = append(fns, fn)
	}
	slices.SortFunc(fns, func(a, b *types.Func) int { return int(a.Pos() - b.Pos()) })
	return fns
}

// request recognizes a call that sends a request, and resolves what it sets.
func (r *resolver) request(call *ast.CallExpr, region *ast.BlockStmt) *Request {
	info := r.pass.TypesInfo
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil {
		return nil
	}
	sig := fn.Signature()
	if sig.Recv() == nil {
		return nil
	}
	recv := receiverName(sig.Recv().Type())
	lib, root, ok := LibraryOf(fn.Pkg().Path())
	if !ok || !sendsRequests(lib, recv) {
		return nil
	}
	index := -1
	var named *types.Named
	var st *types.Struct
	for i := range sig.Params().Len() {
		if n, s, ok := paramsStruct(sig.Params().At(i).Type()); ok {
			index, named, st = i, n, s
			break
		}
	}
	if index < 0 || index >= len(call.Args) {
		return nil
	}
	req := &Request{
		Call:      call,
		Method:    fn,
		Library:   lib,
		Root:      root,
		Params:    named,
		ParamsArg: call.Args[index],
		fields:    jsonFields(st),
	}
	_, key, _ := relativeName(fn)
	req.identified, _ = identifiedEndpoints[lib].Lookup(key)
	req.Endpoint, ok = endpoints[lib].Lookup(key)
	if !ok {
		req.Endpoint = Endpoint{Name: endpointName(named.Obj().Name()), Kind: OtherKind}
		for _, tag := range OutputBoundFields {
			if req.Has(tag) {
				req.Endpoint.Kind = TextGeneration
			}
		}
	}
	req.body = r.params(req.ParamsArg, st, region, 0)
	if len(req.body.literals) == 1 && req.body.known {
		req.literal = req.body.literals[0]
	}
	req.options = knownOrigin()
	if n := sig.Params().Len(); sig.Variadic() && len(call.Args) >= n {
		req.options = r.options(call.Args[n-1:], call.Ellipsis.IsValid(), ByCallOption, region, 0)
	}
	req.client = knownOrigin()
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		req.client = r.clientOptions(sel.X, region)
	}
	req.headers = make(map[string][]Setting)
	for name, ss := range req.options.headers {
		req.headers[name] = append(req.headers[name], ss...)
	}
	for name, ss := range req.client.headers {
		req.headers[name] = append(req.headers[name], ss...)
	}
	req.hdrKnown = req.options.known && req.client.known
	return req
}

// clientConstructor recognizes a call that makes a client or service, and
// resolves what its options set for every request.
func (r *resolver) clientConstructor(call *ast.CallExpr, region *ast.BlockStmt) *ClientConstructor {
	args, ellipsis, ok := r.constructorOptions(call)
	if !ok {
		return nil
	}
	o := r.options(args, ellipsis, ByClientOption, region, 0)
	return &ClientConstructor{Call: call, Fields: o.fields, Headers: o.headers}
}

func receiverName(t types.Type) string {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Name()
	}
	return ""
}

// endpointName names an endpoint the table does not know after its params
// type: "DecisionNewParams" becomes "decision".
func endpointName(params string) string {
	for _, suffix := range []string{"NewParams", "Params", "Request"} {
		if s, ok := strings.CutSuffix(params, suffix); ok && s != "" {
			params = s
			break
		}
	}
	var words []string
	start := 0
	for i, c := range params {
		if i > 0 && unicode.IsUpper(c) {
			words = append(words, strings.ToLower(params[start:i]))
			start = i
		}
	}
	words = append(words, strings.ToLower(params[start:]))
	return strings.Join(words, " ")
}
