package openaiapi

import (
	"fmt"
	"go/ast"
	"go/types"
	"reflect"
	"slices"
	"strings"
	"unicode"

	"github.com/openaivet/openaivet/internal/config"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// Analyzer finds the requests a package sends to the OpenAI API and what
// each sets. Its result is a *Result; it exports a ParamsBuilder fact for
// every function that builds and returns request params, a ParamsSender
// fact for every function that sends the params it is given, and a
// ParamsCaller fact for every helper that calls the request method it is
// given, so that params built in one package and sent in another are
// understood.
var Analyzer = &analysis.Analyzer{
	Name:       "openaiapi",
	Doc:        "find requests to the OpenAI API and the fields they set",
	URL:        "https://github.com/openaivet/openaivet/tree/main/internal/openaiapi",
	Run:        run,
	ResultType: reflect.TypeFor[*Result](),
	FactTypes:  []analysis.Fact{new(ParamsBuilder), new(ParamsSender), new(ParamsCaller), new(ParamsSetter), new(ModelMaker), new(ModelParam), new(Poster), new(URLSetter)},
}

// ModelMaker is the fact that a function returns, as its first result, a
// model of Client that is OpenAI's on every path (an llms.Model it makes
// with langchaingo's openai.New), or an instance whose default model is
// (a *genkit.Genkit, see instanceMaker), so that a package calling it
// prompts OpenAI through the model.
//
// Fields and Headers are what the model's client options or config set
// for every request, on some path; Known holds when nothing they may set
// is out of sight. OtherHost names the provider, not OpenAI, that the
// model is pointed at on some path.
type ModelMaker struct {
	Client    string
	Fields    []BuiltField
	Headers   []BuiltField
	Known     bool
	OtherHost string
}

func (*ModelMaker) AFact() {}

func (m *ModelMaker) String() string {
	var parts []string
	if len(m.Fields) > 0 {
		parts = append(parts, describeFields(m.Fields))
	}
	if m.OtherHost != "" {
		parts = append(parts, "other="+m.OtherHost)
	}
	switch {
	case !m.Known:
		parts = append(parts, "unknown")
	case len(parts) == 0 && len(m.Headers) == 0:
		parts = append(parts, "bare")
	}
	return "modelMaker(" + strings.Join(append([]string{m.Client}, parts...), ", ") + ")"
}

// ParamsBuilder is the fact that a function returns request params (as its
// result number Result), with the fields that some path through it sets.
type ParamsBuilder struct {
	Result int
	Fields []BuiltField
}

// BuiltField is one field a builder or a sender sets.
type BuiltField struct {
	Tag string
	// Constant and Empty hold when every value the builder sets is a
	// constant, or the empty string.
	Constant, Empty bool
	// FromParam holds when the one value set is the function's parameter
	// number Param: the value is then the caller's argument.
	FromParam bool
	Param     int
	// Int is the one value set, when it is an integer constant (an output
	// token bound), valid when IntKnown.
	Int      int64
	IntKnown bool
}

func (*ParamsBuilder) AFact() {}

func (b *ParamsBuilder) String() string {
	return fmt.Sprintf("paramsBuilder(%d: %s)", b.Result, describeFields(b.Fields))
}

func sortFields(fields []BuiltField) {
	slices.SortFunc(fields, func(x, y BuiltField) int { return strings.Compare(x.Tag, y.Tag) })
}

func describeFields(fields []BuiltField) string {
	tags := make([]string, len(fields))
	for i, f := range fields {
		tags[i] = f.Tag
		switch {
		case f.FromParam:
			tags[i] += fmt.Sprintf("=param%d", f.Param)
		case f.Constant:
			tags[i] += "=const"
		}
	}
	return strings.Join(tags, " ")
}

// ParamsSender is the fact that a function sends the params it is given,
// as its parameter Param, to the API: like a printf wrapper, each call of
// it is a request, checked at the call with the caller's params. Fields
// and Headers are what the sender itself sets (in the params, its options
// or its client) on some path.
type ParamsSender struct {
	Param int
	// Options is the variadic parameter whose request options the sender
	// passes on, or -1.
	Options  int
	Endpoint Endpoint
	// Identified is how the endpoint's requests name their user.
	Identified Identification
	Fields     []BuiltField
	Headers    []BuiltField
	// HeadersKnown holds when the sender's client and options set no
	// header the analysis cannot see.
	HeadersKnown bool
	// Shared holds when the sender's client serves many users' calls (see
	// Request.SharedClient); OtherHost names the provider, not OpenAI,
	// that it is pointed at on some path.
	Shared    bool
	OtherHost string
}

func (*ParamsSender) AFact() {}

func (s *ParamsSender) String() string {
	return fmt.Sprintf("paramsSender(%d: %s: %s)", s.Param, s.Endpoint.Name, describeFields(s.Fields))
}

// ParamsCaller is the fact that a function calls its parameter number
// Func, a function, with its parameter number Param as argument At, and
// does nothing else with that parameter: a retry helper such as
// retry(ctx, client.Chat.Completions.New, params). A call of it with a
// request method of a library, and params at its place, is a request.
type ParamsCaller struct {
	Func, Param, At int
}

func (*ParamsCaller) AFact() {}

func (c *ParamsCaller) String() string {
	return fmt.Sprintf("paramsCaller(%d(%d: %d))", c.Func, c.At, c.Param)
}

// ParamsSetter is the fact that a function takes params by pointer, as
// its parameter Param, and does nothing with them but read them and set
// Fields on some path: the caller's params keep what they held, with
// Fields set besides; the fields tagged Always are set on every way
// through it, replacing what the caller set.
type ParamsSetter struct {
	Param  int
	Fields []BuiltField
	Always []string
}

func (*ParamsSetter) AFact() {}

func (s *ParamsSetter) String() string {
	return fmt.Sprintf("paramsSetter(%d: %s)", s.Param, describeFields(s.Fields))
}

func run(pass *analysis.Pass) (any, error) {
	res := new(Result)
	// The package's configuration declares the forks of client libraries
	// it uses; a mistake in it is the checks' to report.
	config.For(pass)
	// The libraries' own code is not the user's, and a package that names
	// nothing of them, nor calls an endpoint's URL itself, sends no
	// request: both cost nothing.
	if IsClientPackage(pass.Pkg.Path()) || !usesClientLibrary(pass) && !mayCallEndpoint(pass) {
		return res, nil
	}
	r := newResolver(pass)
	for _, fn := range sortedFuncs(r.decls) {
		if b := r.builder(fn, 0); b != nil {
			pass.ExportObjectFact(fn, r.builderFact(fn, b))
		}
		if s := r.sender(fn); s != nil {
			pass.ExportObjectFact(fn, r.senderFact(fn, s))
		}
		if c := r.caller(fn); c != nil {
			pass.ExportObjectFact(fn, c)
		}
		if s := r.setterFact(fn); s != nil {
			pass.ExportObjectFact(fn, s)
		}
		if fact := r.modelMaker(fn); fact != nil {
			pass.ExportObjectFact(fn, fact)
		}
		if p := r.poster(fn); p != nil && fn.Exported() {
			pass.ExportObjectFact(fn, posterFact(p))
		}
	}
	for _, m := range exportedInterfaceMethods(pass.Pkg) {
		if p := r.implementedPoster(m); p != nil {
			pass.ExportObjectFact(m, posterFact(p))
		}
	}
	for fn, fact := range r.urlSetters() {
		pass.ExportObjectFact(fn, fact)
	}
	for _, file := range pass.Files {
		forEachRegion(file, func(region *ast.BlockStmt) {
			ast.Inspect(region, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				if req := r.request(call, region); req != nil && req.givenBy != nil {
					res.Given = append(res.Given, req)
				} else if req != nil {
					res.Requests = append(res.Requests, req)
				} else if c := r.clientConstructor(call, region); c != nil {
					res.Clients = append(res.Clients, c)
				} else if w, ok := r.wiring(call, region); ok {
					res.Wirings = append(res.Wirings, w)
				} else if f := r.templateFill(call, region); f != nil {
					res.Fills = append(res.Fills, f)
				}
				return true
			})
		})
	}
	return res, nil
}

// exportedInterfaceMethods returns the exported methods that the exported
// interfaces of a package declare.
func exportedInterfaceMethods(pkg *types.Package) []*types.Func {
	var methods []*types.Func
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || !tn.Exported() || tn.IsAlias() {
			continue
		}
		iface, ok := tn.Type().Underlying().(*types.Interface)
		if !ok {
			continue
		}
		for m := range iface.ExplicitMethods() {
			if m.Exported() {
				methods = append(methods, m)
			}
		}
	}
	return methods
}

// usesClientLibrary reports whether the package imports a client library
// or uses anything of one (a package may call a client it gets from
// another package without importing the library), or calls a function of
// another package that makes a model or is given one (a main that wires
// its services with the models its own packages make), or that posts a
// body it is given (see Poster).
func usesClientLibrary(pass *analysis.Pass) bool {
	for _, imp := range pass.Pkg.Imports() {
		if IsClientPackage(imp.Path()) {
			return true
		}
	}
	for _, obj := range pass.TypesInfo.Uses {
		if obj.Pkg() == nil {
			continue
		}
		if IsClientPackage(obj.Pkg().Path()) {
			return true
		}
		if fn, ok := obj.(*types.Func); ok && fn.Pkg() != pass.Pkg && (pass.ImportObjectFact(fn, new(ModelMaker)) || pass.ImportObjectFact(fn, new(ModelParam)) || pass.ImportObjectFact(fn.Origin(), new(Poster))) {
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

// request recognizes a call that sends a request, and resolves what it
// sets: a call of a library method that sends (directly, as a method
// value or expression, or through an interface modeled on it), of a
// function of the program that sends the params it is given or posts the
// body it is given, of a helper that calls the method it is given, or of
// a local function literal that sends its parameter. Requests are
// memoized: a sender's own requests are read while summarizing it.
func (r *resolver) request(call *ast.CallExpr, region *ast.BlockStmt) *Request {
	if req, done := r.requests[call]; done {
		return req
	}
	r.requests[call] = nil // a sender that calls itself sends nothing more
	req := r.libraryRequest(call, region)
	if req == nil {
		req = r.promptRequest(call, region)
	}
	if req == nil {
		req = r.httpRequest(call, region)
	}
	if req == nil {
		req = r.realtimeDial(call, region)
	}
	if req == nil {
		req = r.senderRequest(call, region)
	}
	if req == nil {
		req = r.interfaceRequest(call, region)
	}
	if req == nil {
		req = r.helperRequest(call, region)
	}
	if req == nil {
		req = r.closureRequest(call, region)
	}
	r.requests[call] = req
	return req
}

// libraryRequest recognizes a call of a library method that sends a
// request: called on its service or client, as a method value, or as a
// method expression.
func (r *resolver) libraryRequest(call *ast.CallExpr, region *ast.BlockStmt) *Request {
	m, ok := r.sendingMethod(call.Fun, region, 0)
	if !ok {
		return nil
	}
	args := call.Args
	if m.expr {
		if len(args) == 0 {
			return nil
		}
		m.recv, m.region, args = args[0], region, args[1:]
	}
	sig := m.fn.Signature()
	index := paramsIndex(sig)
	if index < 0 || index >= len(args) {
		return nil
	}
	var options []ast.Expr
	if n := sig.Params().Len(); sig.Variadic() && len(args) >= n {
		options = args[n-1:]
	}
	client := unknownOrigin()
	if m.recv != nil {
		client = r.clientOptions(m.recv, m.region)
	}
	return r.methodRequest(call, m.fn, args[index], options, call.Ellipsis.IsValid(), client, region)
}

// methodRequest resolves a request that the library method fn sends with
// the given params and options, from a client that client describes.
func (r *resolver) methodRequest(call *ast.CallExpr, fn *types.Func, params ast.Expr, options []ast.Expr, ellipsis bool, client origin, region *ast.BlockStmt) *Request {
	c, root, _ := ClientOf(fn.Pkg().Path())
	named, st, _ := paramsStruct(fn.Signature().Params().At(paramsIndex(fn.Signature())).Type())
	req := &Request{
		Call:      call,
		Method:    fn,
		Client:    c,
		Root:      root,
		Params:    named,
		ParamsArg: params,
		payload:   named,
		fields:    jsonFields(st),
	}
	_, key, _ := relativeName(fn)
	req.identified, _ = c.identified.Lookup(key)
	var ok bool
	req.Endpoint, ok = c.endpoints.Lookup(key)
	if !ok {
		req.Endpoint = Endpoint{Name: endpointName(named.Obj().Name()), Kind: OtherKind}
		for _, tag := range OutputBoundFields {
			if req.Has(tag) {
				req.Endpoint.Kind = TextGeneration
			}
		}
	}
	req.body = r.params(params, st, region, 0)
	req.options = r.options(options, ellipsis, ByCallOption, region, 0)
	req.client = client
	req.finish()
	return req
}

// callArgs returns the arguments of a call, without the receiver that a
// method expression takes first: (*Service).New(svc, ctx, params).
func callArgs(info *types.Info, call *ast.CallExpr) []ast.Expr {
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && len(call.Args) > 0 {
		if s, ok := info.Selections[sel]; ok && s.Kind() == types.MethodExpr {
			return call.Args[1:]
		}
	}
	return call.Args
}

// senderRequest recognizes a call of a function that sends the params it
// is given (see ParamsSender): the request is the caller's params, with
// what the sender sets itself.
func (r *resolver) senderRequest(call *ast.CallExpr, region *ast.BlockStmt) *Request {
	fn := typeutil.StaticCallee(r.pass.TypesInfo, call)
	if fn == nil || fn.Pkg() == nil {
		return nil
	}
	var s *sentParams
	if fn.Pkg() == r.pass.Pkg {
		s = r.sender(fn)
	} else {
		var fact ParamsSender
		if r.pass.ImportObjectFact(fn, &fact) {
			s = importedSender(&fact)
		}
	}
	args := callArgs(r.pass.TypesInfo, call)
	if s == nil || s.param >= len(args) {
		return nil
	}
	named, st, ok := paramsStruct(fn.Signature().Params().At(s.param).Type())
	if !ok {
		return nil
	}
	c, root, _ := ClientOf(named.Obj().Pkg().Path())
	req := &Request{
		Call:       call,
		Method:     s.method,
		Sender:     fn,
		Endpoint:   s.endpoint,
		Client:     c,
		Root:       root,
		Params:     named,
		ParamsArg:  args[s.param],
		payload:    named,
		fields:     jsonFields(st),
		identified: s.identified,
	}
	req.body = r.params(req.ParamsArg, st, region, 0)
	req.options = knownOrigin()
	if s.options >= 0 && s.options <= len(args) {
		req.options = r.options(args[s.options:], call.Ellipsis.IsValid(), ByCallOption, region, 0)
	}
	req.client = s.client
	req.client.headers = r.bindArguments(s.client.headers, fn, args)
	req.finish()
	// What the sender sets comes last: the caller's literal stays the one
	// a fix edits.
	req.body.fields = mergeSettings(req.body.fields, r.bindArguments(s.set.fields, fn, args))
	return req
}

// finish reads what the request's resolved parts imply.
func (req *Request) finish() {
	if len(req.body.literals) == 1 && req.body.complete() {
		req.literal = req.body.literals[0]
	}
	req.headers = make(map[string][]Setting)
	for name, ss := range req.options.headers {
		req.headers[name] = append(req.headers[name], ss...)
	}
	for name, ss := range req.client.headers {
		req.headers[name] = append(req.headers[name], ss...)
	}
	req.hdrKnown = req.options.complete() && req.client.complete()
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
