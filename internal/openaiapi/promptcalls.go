package openaiapi

import (
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"path"
	"slices"
	"strings"

	"github.com/openaivet/openaivet/internal/astutil"
	"github.com/openaivet/openaivet/internal/locals"
	"github.com/openaivet/openaivet/internal/names"
	"golang.org/x/tools/go/types/typeutil"
)

// promptRequest recognizes a call that gives a prompt to a model of a
// client without params structs (see Client.promptCalls): the request's
// fields are what its call options, and the model's, set.
func (r *resolver) promptRequest(call *ast.CallExpr, region *ast.BlockStmt) *Request {
	fn, ok := typeutil.Callee(r.pass.TypesInfo, call).(*types.Func)
	if !ok {
		return nil
	}
	c, key, ok := relativeName(fn)
	if !ok {
		c, key, ok = modeledPromptMethod(fn)
	}
	if !ok {
		return nil
	}
	pc, ok := c.promptCalls.Lookup(key)
	sig := fn.Signature()
	// A variadic prompt, a prompt's options, may be left out.
	promptOptional := sig.Variadic() && pc.prompt == sig.Params().Len()-1
	if !ok || pc.prompt >= len(call.Args) && !promptOptional || pc.model >= len(call.Args) {
		return nil
	}
	var model ast.Expr
	var givenBy *types.Func
	var defs []definition
	var pluginHosts []string
	switch {
	case pc.byOption:
		if !sig.Variadic() {
			return nil
		}
		if pc.defined {
			// A prompt defined before, whose definitions hold options.
			sel, isSel := ast.Unparen(call.Fun).(*ast.SelectorExpr)
			if !isSel {
				return nil
			}
			if defs, ok = r.promptDefinitions(c, sel.X, region, 0); !ok {
				return nil
			}
		}
		openAI, byDefault := r.modelChosen(c, variadicArgs(sig, call), call.Ellipsis.IsValid(), region)
		switch {
		case byDefault && pc.defined:
			openAI, givenBy = r.definedModel(c, defs)
		case byDefault && pc.instance > 0:
			openAI, givenBy = r.instanceModel(c, call.Args[pc.instance], region)
		}
		for _, d := range defs {
			pluginHosts = append(pluginHosts, r.instanceHosts(c, d.call.Args[d.instance], d.region)...)
		}
		if pc.instance > 0 {
			pluginHosts = append(pluginHosts, r.instanceHosts(c, call.Args[pc.instance], region)...)
		}
		if !openAI && givenBy == nil {
			return nil
		}
	case pc.model >= 0:
		model = call.Args[pc.model]
	default:
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			model = sel.X
		}
	}
	if !pc.byOption && model == nil {
		return nil
	}
	client := knownOrigin()
	client.otherHosts = pluginHosts
	if model != nil {
		openAI := r.openAIModel(c, model, region, 0)
		// The model a chain or an agent runs: its client options, whose
		// base URL may point it at another provider, or the caller who
		// gives it.
		var modelRegion *ast.BlockStmt
		model, modelRegion = r.innerModel(c, model, region)
		if openAI {
			client = r.client(model, modelRegion, 0)
		} else if fn, index, given := r.givenModel(model, modelRegion); given {
			// Checked where a caller gives an OpenAI model whose
			// client sets none of the fields the checks read.
			givenBy = fn
			r.exportGiven(c, fn, index)
		} else {
			return nil
		}
	}
	payload := sig.Params().At(pc.prompt).Type()
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		// A method of a generic type takes its instance's type: the
		// Runnable[[]*schema.Message, O] of a compiled graph.
		if s := r.pass.TypesInfo.Selections[sel]; s != nil && s.Kind() == types.MethodVal {
			payload = s.Type().(*types.Signature).Params().At(pc.prompt).Type()
		}
	}
	_, root, _ := ClientOf(fn.Pkg().Path())
	req := &Request{
		Call:     call,
		Method:   fn,
		Endpoint: pc.Endpoint,
		Client:   c,
		Root:     root,
		payload:  payload,
		body:     knownOrigin(),
		client:   client,
		givenBy:  givenBy,
		defined:  pc.defined,
		input:    pc.input,
	}
	if pc.Endpoint.Kind == TextGeneration {
		// Chat takes safety_identifier; where the library's version has
		// no way to send it, user is the identifier (see IdentifierField).
		req.identified = BySafetyIdentifier
	}
	if pc.prompt < len(call.Args) {
		req.ParamsArg = call.Args[pc.prompt]
	}
	req.options = knownOrigin()
	if sig.Variadic() {
		req.options = r.options(variadicArgs(sig, call), call.Ellipsis.IsValid(), ByCallOption, region, 0)
	}
	if pc.defined {
		req.options.merge(r.definedOptions(c, defs, variadicArgs(sig, call)))
		req.systemTemplate, req.templateVars = r.systemTemplate(c, defs)
	}
	// An option that a later version of the library added is no way to
	// set a field in the version the program builds with.
	libraryRoot := root
	if libraryRoot == c.corePath {
		libraryRoot = c.path
	}
	inVersion := func(n names.Name) bool {
		_, ok := r.libraryRoot(c, libraryRoot, n)
		return ok
	}
	req.optionFor = make(map[string]names.Name)
	maps.Copy(req.optionFor, c.optionFor)
	maps.Copy(req.optionFor, pc.optionFor)
	req.optionRoots = make(map[string]string)
	for tag, n := range req.optionFor {
		if root, ok := r.libraryRoot(c, libraryRoot, n); ok {
			req.optionRoots[tag] = root
		} else {
			delete(req.optionFor, tag)
		}
	}
	req.optionWrapper = pc.optionWrapper
	req.wireNames = c.optionNames(req.optionFor, inVersion)
	if name, ok := r.configWireField(c, libraryRoot, FieldUser); ok && req.wireNames[FieldUser] == "" {
		// The only way an older version has to name the user.
		req.wireNames[FieldUser] = name
	}
	req.clientSets = c.configConstructor != (names.Name{})
	req.finish()
	return req
}

// modeledPromptMethod returns the name of the library interface's prompt
// method that a method of a program's interface is modeled on: one of the
// same name and signature, of an interface in a package of the library
// whose types the signature names (a service's own interface with
// llms.Model's GenerateContent, to test with a stand-in).
func modeledPromptMethod(fn *types.Func) (*Client, names.Name, bool) {
	recv := fn.Signature().Recv()
	if recv == nil || !types.IsInterface(recv.Type()) {
		return nil, names.Name{}, false
	}
	for p := range fn.Signature().Params().Variables() {
		t := p.Type()
		for {
			if elem, ok := t.(interface{ Elem() types.Type }); ok {
				t = elem.Elem() // []llms.MessageContent, []*schema.Message
				continue
			}
			break
		}
		named, ok := t.(*types.Named)
		if !ok || named.Obj().Pkg() == nil {
			continue
		}
		pkg := named.Obj().Pkg()
		c, root, ok := ClientOf(pkg.Path())
		if !ok {
			continue
		}
		for key := range c.promptCalls {
			if key.Type == "" || key.Member != fn.Name() || path.Join(root, key.Pkg) != pkg.Path() {
				continue
			}
			iface, ok := pkg.Scope().Lookup(key.Type).(*types.TypeName)
			if !ok {
				continue
			}
			obj, _, _ := types.LookupFieldOrMethod(iface.Type(), false, pkg, key.Member)
			if m, ok := obj.(*types.Func); ok && types.Identical(m.Signature(), fn.Signature()) {
				return c, key, true
			}
		}
	}
	return nil, names.Name{}, false
}

// optionNames names, by wire field, the option a program sets it with on
// a client without params structs (llms.WithMaxTokens), among those that
// the library's version has.
func (c *Client) optionNames(optionFor map[string]names.Name, inVersion func(names.Name) bool) map[string]string {
	spelled := func(n names.Name) string {
		pkg := c.path
		if n.Pkg != "" {
			pkg = n.Pkg
		}
		return path.Base(pkg) + "." + n.Member
	}
	wire := make(map[string]string)
	maps.Copy(wire, c.configSpelling)
	for key := range c.jsonMapOptions {
		if inVersion(key) {
			wire[FieldSafetyIdentifier] = spelled(key) + `(map[string]any{"safety_identifier": id})`
		}
	}
	for key, tag := range c.fieldOptions {
		if inVersion(key) {
			wire[tag] = spelled(key)
		}
	}
	for tag, key := range optionFor {
		wire[tag] = spelled(key)
	}
	return wire
}

// openAIModel reports whether a model expression holds, on every path, a
// model of one of the client's model types, or one its modelMakers make:
// its type is one, or it is an interface that only ever holds such
// values, from a local variable, an unexported field or variable of this
// package, a parameter that only calls in this package give (see
// arguments), a helper that returns it, or a function of another package
// that says it does (ModelMaker).
func (r *resolver) openAIModel(c *Client, e ast.Expr, region *ast.BlockStmt, depth int) bool {
	if depth > maxDepth {
		return false
	}
	if model, body, ok := r.wrappedModel(c, e, region, depth); ok {
		return r.openAIModel(c, model, body, depth+1)
	}
	t := r.pass.TypesInfo.TypeOf(e)
	if tuple, ok := t.(*types.Tuple); ok && tuple.Len() > 0 {
		t = tuple.At(0).Type() // llm, err := openai.New()
	}
	if t == nil {
		return false
	}
	if !types.IsInterface(t) {
		// A model, or a value of the library's that may wrap one
		// (*react.Agent), whose values are followed.
		owner, key, ok := relativeType(t)
		if !ok || c.modelTypes[key] || owner != c || len(c.modelWrappers) == 0 {
			return ok && c.modelTypes[key]
		}
	}
	if call, ok := ast.Unparen(e).(*ast.CallExpr); ok {
		if fn, ok := typeutil.Callee(r.pass.TypesInfo, call).(*types.Func); ok {
			if _, key, ok := relativeName(fn); ok && c.modelMakers[key] {
				return true // oai.Model(g, "gpt-4o")
			}
		}
		if fn := typeutil.StaticCallee(r.pass.TypesInfo, call); fn != nil && fn.Pkg() != r.pass.Pkg {
			var fact ModelMaker
			return r.pass.ImportObjectFact(fn, &fact) && fact.Client == c.Name
		}
	}
	values, regions, ok := r.heldValues(e, region)
	if !ok {
		return false
	}
	for i, value := range values {
		if !r.openAIModel(c, value, regions[i], depth+1) {
			return false
		}
	}
	return len(values) > 0
}

// modelChosen reports whether a call's options pick an OpenAI model of
// the client on every path: by a name with the OpenAI prefix
// (ai.WithModelName("openai/gpt-4o")), or by a model the client's OpenAI
// plugin makes (ai.WithModel(oai.Model(g, "gpt-4o"))); and whether they
// pick none, leaving it to the default of the call's instance. A slice of
// options passed with "..." is followed where it is built (see
// sliceElements); one from the caller, or an option a helper makes, may
// pick any where no option of the library does.
func (r *resolver) modelChosen(c *Client, options []ast.Expr, ellipsis bool, region *ast.BlockStmt) (openAI, byDefault bool) {
	chosen, allOpenAI := 0, true
	choose := func(opt ast.Expr, region *ast.BlockStmt) origin {
		isOpenAI, isModel, known := r.modelOption(c, opt, region, 0)
		if !known {
			return unknownOrigin()
		}
		if isModel {
			chosen++
			allOpenAI = allOpenAI && isOpenAI
		}
		return knownOrigin()
	}
	o := knownOrigin()
	for i, opt := range options {
		if ellipsis && i == len(options)-1 {
			o.merge(r.sliceElements(opt, region, 0, choose))
		} else {
			o.merge(choose(opt, region))
		}
	}
	switch {
	case chosen > 0:
		// A model is chosen once: Genkit refuses a second, so no other
		// option may choose one.
		return allOpenAI, false
	case !o.complete():
		return false, false
	}
	return false, true
}

// modelOption reports whether opt is an option that picks a model, and
// whether that model is one of the client's OpenAI models. An option a
// helper of the package makes, or a variable holds, is what each of its
// values is, where they all pick a model or all do not; known is false
// otherwise, and for an option made out of sight, which may pick any.
func (r *resolver) modelOption(c *Client, opt ast.Expr, region *ast.BlockStmt, depth int) (openAI, isModel, known bool) {
	if depth > maxDepth {
		return false, false, false
	}
	if call, ok := ast.Unparen(opt).(*ast.CallExpr); ok {
		if _, key, ok := libraryFunc(r.pass.TypesInfo, call); ok {
			if len(call.Args) != 1 {
				return false, false, true
			}
			if prefix, ok := c.modelNameOptions[key]; ok {
				name, _ := r.constantPrefix(call.Args[0], region, 0)
				return strings.HasPrefix(name, prefix), true, true
			}
			return c.modelOptions[key] && r.openAIModel(c, call.Args[0], region, 0), c.modelOptions[key], true
		}
	}
	values, bodies, ok := r.heldValues(opt, region)
	if !ok || len(values) == 0 {
		return false, false, false
	}
	openAI = true
	for i, value := range values {
		o, m, k := r.modelOption(c, value, bodies[i], depth+1)
		if !k || i > 0 && m != isModel {
			return false, false, false
		}
		openAI, isModel = openAI && o, m
	}
	return openAI && isModel, isModel, true
}

// constantPrefix returns the text that a string expression begins with
// on every path, as far as constants say, and whether that is all of it:
// a constant, a concatenation ("openai/" + name), what fmt.Sprintf formats
// ("openai/%s", "%s/%s" of "openai" and a name), or what every value the
// expression may hold (see heldValues) begins with.
func (r *resolver) constantPrefix(e ast.Expr, region *ast.BlockStmt, depth int) (prefix string, whole bool) {
	if s, ok := r.constantString(e); ok {
		return s, true
	}
	if depth > maxDepth {
		return "", false
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.BinaryExpr:
		if x.Op != token.ADD {
			return "", false
		}
		prefix, whole := r.constantPrefix(x.X, region, depth+1)
		if !whole {
			return prefix, false
		}
		rest, whole := r.constantPrefix(x.Y, region, depth+1)
		return prefix + rest, whole
	case *ast.CallExpr:
		if fn, ok := typeutil.Callee(r.pass.TypesInfo, x).(*types.Func); ok && fn.FullName() == "fmt.Sprintf" && len(x.Args) > 0 {
			return r.formattedPrefix(x, region, depth)
		}
	}
	values, bodies, ok := r.heldValues(e, region)
	if !ok || len(values) == 0 {
		return "", false
	}
	for i, value := range values {
		p, w := r.constantPrefix(value, bodies[i], depth+1)
		if i == 0 {
			prefix, whole = p, w
			continue
		}
		whole = whole && w && p == prefix
		for !strings.HasPrefix(p, prefix) {
			prefix = prefix[:len(prefix)-1]
		}
	}
	return prefix, whole
}

// formattedPrefix returns what a call of fmt.Sprintf begins with, as
// constantPrefix does: its format up to the first verb other than a plain
// %s or %v of a string, with the text those verbs format.
func (r *resolver) formattedPrefix(call *ast.CallExpr, region *ast.BlockStmt, depth int) (string, bool) {
	format, ok := r.constantString(call.Args[0])
	if !ok {
		return "", false
	}
	args := call.Args[1:]
	if call.Ellipsis.IsValid() {
		args = nil // Sprintf(format, values...)
	}
	texts, verbs, ok := splitFormat(format)
	var text strings.Builder
	for i, verb := range verbs {
		text.WriteString(texts[i])
		if verb != "%s" && verb != "%v" || i >= len(args) || !isString(r.pass.TypesInfo.TypeOf(args[i])) {
			return text.String(), false
		}
		arg, whole := r.constantPrefix(args[i], region, depth+1)
		text.WriteString(arg)
		if !whole {
			return text.String(), false
		}
	}
	text.WriteString(texts[len(verbs)])
	return text.String(), ok && len(args) == len(verbs)
}

// defaultModel reports whether an instance a call is given was made, on
// every path, with an option that makes an OpenAI model its default
// (see Client.defaultModelOptions), as eachInstance follows it.
func (r *resolver) defaultModel(c *Client, e ast.Expr, region *ast.BlockStmt, depth int) bool {
	return r.eachInstance(e, region, depth, func(made *ast.CallExpr, fn *types.Func, region *ast.BlockStmt) bool {
		var fact ModelMaker
		if r.pass.ImportObjectFact(fn, &fact) {
			return fact.Client == c.Name // another package's helper (see instanceMaker)
		}
		for _, arg := range made.Args {
			opt, ok := ast.Unparen(arg).(*ast.CallExpr)
			if !ok || len(opt.Args) != 1 {
				continue
			}
			if _, key, ok := libraryFunc(r.pass.TypesInfo, opt); ok {
				if prefix, ok := c.defaultModelOptions[key]; ok {
					name, _ := r.constantPrefix(opt.Args[0], region, 0)
					return strings.HasPrefix(name, prefix)
				}
			}
		}
		return false
	})
}

// instanceHosts returns the hosts other than OpenAI's that the client
// plugins an instance was made with point at, on some path (see
// Client.pluginOptions): &oai.OpenAI{Opts: []option.RequestOption{
// option.WithBaseURL("https://openrouter.ai/api/v1")}} among the plugins
// genkit.Init is given.
func (r *resolver) instanceHosts(c *Client, e ast.Expr, region *ast.BlockStmt) []string {
	var hosts []string
	r.eachInstance(e, region, 0, func(made *ast.CallExpr, _ *types.Func, region *ast.BlockStmt) bool {
		ast.Inspect(made, func(n ast.Node) bool {
			lit, ok := n.(*ast.CompositeLit)
			if !ok {
				return true
			}
			if _, key, ok := relativeType(r.pass.TypesInfo.TypeOf(lit)); ok {
				if field, ok := c.pluginOptions[key]; ok {
					if kv := astutil.Keyed(lit, field); kv != nil {
						hosts = append(hosts, r.optionSlice(kv.Value, ByClientOption, region, 0).otherHosts...)
					}
				}
			}
			return true
		})
		return true
	})
	return hosts
}

// eachInstance calls made with each call of a library or of another
// package that makes an instance e may hold, and the function it is in:
// in place, kept in a local or package variable or in an unexported
// field, given as a parameter by calls of this package, or returned by a
// helper of this package. It reports whether e holds what made accepts
// on every path.
func (r *resolver) eachInstance(e ast.Expr, region *ast.BlockStmt, depth int, made func(*ast.CallExpr, *types.Func, *ast.BlockStmt) bool) bool {
	if depth > maxDepth {
		return false
	}
	if call, ok := ast.Unparen(e).(*ast.CallExpr); ok {
		fn, ok := typeutil.Callee(r.pass.TypesInfo, call).(*types.Func)
		if !ok {
			return false
		}
		if fn.Pkg() != r.pass.Pkg {
			return made(call, fn, region)
		}
	}
	values, bodies, ok := r.heldValues(e, region)
	every := ok && len(values) > 0
	for i, value := range values {
		every = r.eachInstance(value, bodies[i], depth+1, made) && every
	}
	return every
}

// modelMaker returns the client whose OpenAI model a function of this
// package returns, as its first result, on every path (see ModelMaker);
// nil for any other function.
func (r *resolver) modelMaker(fn *types.Func) *ModelMaker {
	results := fn.Signature().Results()
	if results.Len() == 0 {
		return nil
	}
	c, _, ok := relativeType(results.At(0).Type()) // llms.Model, *openai.LLM
	if !ok {
		return nil
	}
	if len(c.modelTypes) == 0 {
		return r.instanceMaker(c, fn)
	}
	made, n := true, 0
	client := knownOrigin()
	for result, body := range r.returnsOf(fn) {
		made = made && r.openAIModel(c, result, body, 0)
		model, region := r.innerModel(c, result, body)
		client.merge(r.client(model, region, 0))
		n++
	}
	if !made || n == 0 {
		return nil
	}
	fact := &ModelMaker{
		Client:  c.Name,
		Fields:  r.builtFields(client.fields, fn),
		Headers: r.builtFields(client.headers, fn),
		Known:   client.complete(),
	}
	if len(client.otherHosts) > 0 {
		fact.OtherHost = client.otherHosts[0]
	}
	return fact
}

// madeClient is what a model maker of another package sets, for a call
// of it: settings given by the call's arguments are theirs.
func (r *resolver) madeClient(fact *ModelMaker, fn *types.Func, call *ast.CallExpr) origin {
	o := origin{known: fact.Known}
	args := callArgs(r.pass.TypesInfo, call)
	o.fields = r.bindArguments(importedSettings(ByClientOption, fact.Fields), fn, args)
	o.headers = r.bindArguments(importedSettings(ByClientOption, fact.Headers), fn, args)
	if fact.OtherHost != "" {
		o.otherHosts = []string{fact.OtherHost}
	}
	return o
}

// instanceMaker returns the client whose instance a function of this
// package returns, as its first result, made on every path with an
// OpenAI default model (see defaultModel); nil for any other function.
// The instance's client options are not read, as for a call given it in
// place: it is bare.
func (r *resolver) instanceMaker(c *Client, fn *types.Func) *ModelMaker {
	if len(c.defaultModelOptions) == 0 {
		return nil
	}
	n := 0
	for result, body := range r.returnsOf(fn) {
		if !r.defaultModel(c, result, body, 0) {
			return nil
		}
		n++
	}
	if n == 0 {
		return nil
	}
	return &ModelMaker{Client: c.Name, Known: true}
}

// innerModel returns the model that e runs through all the wrappers it is
// made with (see wrappedModel), and the function it is in: e itself, when
// it is no wrapper.
func (r *resolver) innerModel(c *Client, e ast.Expr, region *ast.BlockStmt) (ast.Expr, *ast.BlockStmt) {
	for depth := 0; depth <= maxDepth; depth++ {
		inner, body, ok := r.wrappedModel(c, e, region, 0)
		if !ok {
			break
		}
		e, region = inner, body
	}
	return e, region
}

// wrappedModel returns the model that a value made by one of the client's
// model wrappers runs (see modelWrapper), and the function it is in: llm
// in chains.NewLLMChain(llm, prompt), called in place or in a helper
// that returns it, kept in a local variable, kept in an unexported field
// that is given it once, or given once to a parameter.
func (r *resolver) wrappedModel(c *Client, e ast.Expr, region *ast.BlockStmt, depth int) (ast.Expr, *ast.BlockStmt, bool) {
	if depth > maxDepth || len(c.modelWrappers) == 0 {
		return nil, nil, false
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		fn, ok := typeutil.Callee(r.pass.TypesInfo, e).(*types.Func)
		if !ok {
			return nil, nil, false
		}
		_, key, ok := relativeName(fn)
		w, wraps := c.modelWrappers.Lookup(key)
		if !ok || !wraps {
			// A helper of this package that returns one wrapper.
			var results []ast.Expr
			var bodies []*ast.BlockStmt
			for result, body := range r.returned(e) {
				results, bodies = append(results, result), append(bodies, body)
			}
			if len(results) != 1 {
				return nil, nil, false
			}
			return r.wrappedModel(c, results[0], bodies[0], depth+1)
		}
		if w.arg < 0 {
			sel, ok := e.Fun.(*ast.SelectorExpr)
			if !ok {
				return nil, nil, false
			}
			model, ok := r.builtModel(c, sel.X, region)
			return model, region, ok
		}
		if w.arg >= len(e.Args) {
			return nil, nil, false
		}
		if len(w.fields) == 0 {
			return e.Args[w.arg], region, true
		}
		model, ok := r.configField(e.Args[w.arg], w.fields, region, depth+1)
		return model, region, ok
	case *ast.Ident:
		v, ok := r.pass.TypesInfo.Uses[e].(*types.Var)
		if !ok {
			return nil, nil, false
		}
		if !r.local(v, region) {
			if args, bodies, ok := r.arguments(v); ok && len(args) == 1 {
				return r.wrappedModel(c, args[0], bodies[0], depth+1)
			}
			return nil, nil, false
		}
		if value, ok := r.onlyValue(v, region); ok {
			return r.wrappedModel(c, value, region, depth+1)
		}
	case *ast.SelectorExpr:
		if values, bodies, ok := r.fieldValues(e); ok && len(values) == 1 {
			return r.wrappedModel(c, values[0], bodies[0], depth+1)
		}
	}
	return nil, nil, false
}

// builtModel returns the one model that c's modelAdders add to the
// builder b: in b itself (a chain of calls on a new builder), or, where
// b's calls start from a local variable of region, by calls on the
// variable, in its value or after.
func (r *resolver) builtModel(c *Client, b ast.Expr, region *ast.BlockStmt) (ast.Expr, bool) {
	var models []ast.Expr
	add := func(n ast.Node, from *types.Var) {
		ast.Inspect(n, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
			fn, isFunc := typeutil.Callee(r.pass.TypesInfo, call).(*types.Func)
			if !ok || !isFunc {
				return true
			}
			_, key, ok := relativeName(fn)
			arg, adds := c.modelAdders.Lookup(key)
			if !ok || !adds || arg >= len(call.Args) {
				return true
			}
			if root, ok := r.builderRoot(sel.X).(*ast.Ident); from == nil || ok && r.pass.TypesInfo.Uses[root] == from {
				models = append(models, call.Args[arg])
			}
			return true
		})
	}
	add(b, nil)
	if id, ok := r.builderRoot(b).(*ast.Ident); ok {
		v, ok := r.pass.TypesInfo.Uses[id].(*types.Var)
		if !ok || !r.local(v, region) {
			return nil, false
		}
		if value, ok := r.onlyValue(v, region); ok {
			add(value, nil)
		}
		add(region, v)
	}
	if len(models) != 1 {
		return nil, false
	}
	return models[0], true
}

// builderRoot returns what a chain of method calls starts from:
// g for g.AddEdge(a, b), compose.NewChain[I, O]() for
// compose.NewChain[I, O]().AppendChatModel(cm).
func (r *resolver) builderRoot(e ast.Expr) ast.Expr {
	for {
		call, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok {
			return ast.Unparen(e)
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok || r.pass.TypesInfo.Selections[sel] == nil {
			return call
		}
		e = sel.X
	}
}

// fieldValues returns the values that the program gives an unexported
// field of this package, and the functions that give them; ok is false
// for any other selector.
func (r *resolver) fieldValues(sel *ast.SelectorExpr) (values []ast.Expr, bodies []*ast.BlockStmt, ok bool) {
	f, ok := r.pass.TypesInfo.ObjectOf(sel.Sel).(*types.Var)
	if !ok || !f.IsField() {
		return nil, nil, false
	}
	return r.storedValues(f)
}

// configField returns the value that a config struct (a literal, its
// address, or a local variable that only ever holds one) gives the first
// of fields it sets. A local variable's field may be set after the
// literal instead (cfg.Model = m), once, by the one assignment that sets
// any of fields.
func (r *resolver) configField(e ast.Expr, fields []string, region *ast.BlockStmt, depth int) (ast.Expr, bool) {
	if depth > maxDepth {
		return nil, false
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			return r.configField(x.X, fields, region, depth+1)
		}
	case *ast.Ident:
		v, ok := r.pass.TypesInfo.Uses[x].(*types.Var)
		if !ok || !r.local(v, region) {
			return nil, false
		}
		value, ok := r.onlyValue(v, region)
		if !ok {
			return nil, false
		}
		inLiteral, inLiteralOK := r.configField(value, fields, region, depth+1)
		switch set, known := r.fieldsSet(v, fields, region); {
		case !known:
		case len(set) == 0:
			return inLiteral, inLiteralOK
		case len(set) == 1 && !inLiteralOK:
			return set[0], true
		}
	case *ast.CompositeLit:
		for _, field := range fields {
			if kv := astutil.Keyed(x, field); kv != nil {
				return kv.Value, true
			}
		}
	}
	return nil, false
}

// fieldsSet returns the values that a function assigns to any of fields
// of the local variable v, or of what it points to (cfg.Model = m); ok is
// false when one such write gives no plain value (a part of the field, a
// call's result).
func (r *resolver) fieldsSet(v *types.Var, fields []string, region *ast.BlockStmt) (values []ast.Expr, ok bool) {
	writes, _ := locals.Writes(r.pass.TypesInfo, v, region, nil)
	for _, w := range writes {
		if w.Whole() || w.Path[0].Field == nil || !slices.Contains(fields, w.Path[0].Field.Name()) {
			continue
		}
		if len(w.Path) > 1 || w.Kind != locals.Assign {
			return nil, false
		}
		values = append(values, w.Value)
	}
	return values, true
}
