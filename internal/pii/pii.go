// Package pii tells whether a Go expression carries personal data (an
// e-mail address, a phone number, a person's name, a login name, an IP
// address) with no cryptographic hash on the way. It follows a value back
// through local variables, struct fields, string building, conversions and
// encodings, and through functions, whose summaries travel as facts.
//
// It is deliberately an under-approximation: a value it cannot follow is
// clean, so that what it reports can be trusted.
package pii

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/openaivet/openaivet/internal/astutil"
	"github.com/openaivet/openaivet/internal/locals"
	"github.com/openaivet/openaivet/internal/names"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// Kind is a kind of personal data.
type Kind int

const (
	Email Kind = iota + 1
	Phone
	PersonName
	Login
	IPAddress
)

func (k Kind) String() string {
	return [...]string{"", "an e-mail address", "a phone number", "a person's name", "a login name", "an IP address"}[k]
}

// Origin is where personal data enters a value.
type Origin struct {
	Kind Kind
	Pos  token.Pos
	// What describes the source for a message: code such as "u.Email" or
	// r.FormValue("email"), never the data itself.
	What string
}

// value is what an expression is known to carry.
type value struct {
	origins []Origin // personal data reaching the value unhashed
	params  []int    // parameters reaching it unhashed (in summaries)
	digest  bool     // a cryptographic digest on every way
}

// merge adds what w carries to v: a value built from both carries the
// personal data of either, and is a digest if either is one (and neither
// carries personal data unhashed, which personal() checks first).
func (v *value) merge(w value) {
	v.digest = v.digest || w.digest
	v.origins = append(v.origins, w.origins...)
	for _, p := range w.params {
		if !slices.Contains(v.params, p) {
			v.params = append(v.params, p)
		}
	}
}

func (v value) personal() bool { return len(v.origins) > 0 || len(v.params) > 0 }

// Summary is the fact about a function that returns a string, bytes or an
// integer: what
// personal data its result carries unhashed, from inside it (Kinds) or
// from its arguments (Params), or that it returns a digest.
type Summary struct {
	Kinds  []Kind
	Params []int
	Digest bool
}

func (*Summary) AFact() {}

func (s *Summary) String() string {
	if s.Digest {
		return "digest"
	}
	return fmt.Sprintf("personal(kinds=%v params=%v)", s.Kinds, s.Params)
}

// Classifier classifies expressions of one package. The checks share it
// (it is the Analyzer's result), so its methods may be called at once.
type Classifier struct {
	mu        sync.Mutex // guards the memos below, filled as questions come
	pass      *analysis.Pass
	decls     map[*types.Func]*ast.FuncDecl
	summaries map[*types.Func]*Summary
	// params maps the parameters of the function being summarized to
	// their index.
	params map[*types.Var]int
}

const maxDepth = 8

// newClassifier returns a classifier for the package, with summaries of
// its functions; export them with exportFacts.
func newClassifier(pass *analysis.Pass) *Classifier {
	c := &Classifier{
		pass:      pass,
		decls:     make(map[*types.Func]*ast.FuncDecl),
		summaries: make(map[*types.Func]*Summary),
	}
	for _, file := range pass.Files {
		for _, decl := range file.Decls {
			if fd, ok := decl.(*ast.FuncDecl); ok && fd.Body != nil {
				if fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
					c.decls[fn] = fd
				}
			}
		}
	}
	return c
}

// exportFacts summarizes every function of the package that returns one
// string and exports the summaries that say something.
func (c *Classifier) exportFacts() {
	fns := make([]*types.Func, 0, len(c.decls))
	for fn := range c.decls {
		fns = append(fns, fn)
	}
	slices.SortFunc(fns, func(a, b *types.Func) int { return int(a.Pos() - b.Pos()) })
	for _, fn := range fns {
		if s := c.summary(fn, 0); s != nil && (s.Digest || len(s.Kinds) > 0 || len(s.Params) > 0) {
			c.pass.ExportObjectFact(fn, s)
		}
	}
}

// Digests returns the functions of the package that take one string and
// return a cryptographic digest of it as a string: hashing helpers a fix
// can call.
func (c *Classifier) Digests() []*types.Func {
	c.mu.Lock()
	defer c.mu.Unlock()
	var fns []*types.Func
	for fn := range c.decls {
		sig := fn.Signature()
		if sig.Recv() != nil || sig.Params().Len() != 1 || !isString(sig.Params().At(0).Type()) ||
			sig.Results().Len() != 1 || !isString(sig.Results().At(0).Type()) {
			continue
		}
		if s := c.summary(fn, 0); s != nil && s.Digest {
			fns = append(fns, fn)
		}
	}
	slices.SortFunc(fns, func(a, b *types.Func) int { return strings.Compare(a.Name(), b.Name()) })
	return fns
}

// Personal returns where personal data reaches e with no hash,
// or nil.
func (c *Classifier) Personal(e ast.Expr) []Origin {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.expr(e, astutil.OutermostBody(c.pass.Files, e.Pos()), 0).origins
}

// PersonalVar returns where personal data reaches the variable v, read at
// pos, with no hash, or nil: what code that a fix adds at pos
// would send by naming v.
func (c *Classifier) PersonalVar(v *types.Var, pos token.Pos) []Origin {
	c.mu.Lock()
	defer c.mu.Unlock()
	// The identifier the fix would write.
	id := &ast.Ident{NamePos: pos, Name: v.Name()}
	return c.variable(id, v, astutil.OutermostBody(c.pass.Files, pos), 0).origins
}

// summary computes what a function of this package returns, for a
// function with a single string result.
func (c *Classifier) summary(fn *types.Func, depth int) *Summary {
	if s, done := c.summaries[fn]; done {
		return s
	}
	c.summaries[fn] = nil // recursion: nothing known
	decl := c.decls[fn]
	sig := fn.Signature()
	if decl == nil || sig.Results().Len() != 1 || !c.summarized(sig.Results().At(0).Type(), decl) {
		return nil
	}
	saved := c.params
	c.params = make(map[*types.Var]int)
	for i := range sig.Params().Len() {
		c.params[sig.Params().At(i)] = i
	}
	defer func() { c.params = saved }()

	var result value
	returns, digests := 0, 0
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			returns++
			var v value
			if len(n.Results) == 1 {
				v = c.expr(n.Results[0], decl.Body, depth+1)
			} else {
				// A bare return gives back the named result.
				res := sig.Results().At(0)
				v = c.assigned(&ast.Ident{NamePos: n.Pos(), Name: res.Name()}, res, decl.Body, depth+1)
			}
			if v.digest && !v.personal() {
				digests++
			}
			result.merge(v)
		}
		return true
	})
	s := &Summary{Digest: returns > 0 && digests == returns, Params: result.params}
	for _, o := range result.origins {
		if !slices.Contains(s.Kinds, o.Kind) {
			s.Kinds = append(s.Kinds, o.Kind)
		}
	}
	slices.Sort(s.Kinds)
	slices.Sort(s.Params)
	c.summaries[fn] = s
	return s
}

func (c *Classifier) expr(e ast.Expr, region *ast.BlockStmt, depth int) value {
	if depth > maxDepth {
		return value{}
	}
	info := c.pass.TypesInfo
	e = ast.Unparen(e)
	if tv, ok := info.Types[e]; ok && tv.Value != nil {
		if tv.Value.Kind() == constant.String && emailPattern.MatchString(constant.StringVal(tv.Value)) {
			return value{origins: []Origin{{Email, e.Pos(), "a literal e-mail address"}}}
		}
		return value{}
	}
	switch e := e.(type) {
	case *ast.Ident:
		v, ok := info.ObjectOf(e).(*types.Var)
		if !ok {
			return value{}
		}
		return c.variable(e, v, region, depth)
	case *ast.SelectorExpr:
		return c.selector(e, region, depth)
	case *ast.CallExpr:
		return c.call(e, region, depth)
	case *ast.BinaryExpr:
		v := c.expr(e.X, region, depth+1)
		v.merge(c.expr(e.Y, region, depth+1))
		return v
	case *ast.StarExpr:
		return c.expr(e.X, region, depth+1)
	case *ast.UnaryExpr:
		return c.expr(e.X, region, depth+1)
	case *ast.IndexExpr:
		return c.element(e, region, depth)
	case *ast.CompositeLit:
		// The elements of a map, slice or array literal; a struct's
		// fields are read one at a time (selector).
		switch c.pass.TypesInfo.TypeOf(e).Underlying().(type) {
		case *types.Map, *types.Slice, *types.Array:
			var v value
			for _, elt := range e.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok {
					elt = kv.Value
				}
				v.merge(c.expr(elt, region, depth+1))
			}
			return v
		}
		return value{}
	case *ast.SliceExpr:
		return c.expr(e.X, region, depth+1)
	case *ast.TypeAssertExpr:
		return c.expr(e.X, region, depth+1) // claims["email"].(string)
	}
	return value{}
}

// variable classifies a variable: a parameter of a function being
// summarized stands for its argument; a local variable carries what is
// assigned to it, whatever its name says (emailHash :=
// strings.ToLower(email) holds an address), or what its name says when
// that is all there is to go on; anything else carries what its name
// says.
func (c *Classifier) variable(id *ast.Ident, v *types.Var, region *ast.BlockStmt, depth int) value {
	if i, ok := c.params[v]; ok {
		return value{params: []int{i}}
	}
	if !declaredIn(v, region) {
		return c.named(id, v.Name())
	}
	return c.assigned(id, v, region, depth)
}

// assigned classifies the variable v, named by id, by what region
// assigns to it, or by its name when nothing assigned says anything.
func (c *Classifier) assigned(id *ast.Ident, v *types.Var, region *ast.BlockStmt, depth int) value {
	defs, defined, digest, _ := c.definitions(v, region, id.Pos(), depth, nil)
	switch {
	case defs.personal():
		return defs
	case defined && digest:
		return value{digest: true}
	case defined:
		return value{}
	}
	return c.named(id, v.Name())
}

// declaredIn reports whether v is a local variable of region.
func declaredIn(v *types.Var, region *ast.BlockStmt) bool {
	return region != nil && v.Pos() >= region.Pos() && v.Pos() < region.End()
}

// definitions classifies what region assigns to the variable v that may
// reach the read at pos: whole (v = x, v := x, var v = x, v += x, the first
// result of a call that builds strings, as strings.Cut's, or of a comma-ok
// form), or, for a map or slice, an element (v[k] = x, and the elements of
// a literal). With key set, only the elements of that constant key count,
// unless some key is not a constant. defined holds when an assignment says
// anything (personal data or a digest), digest when every one gives a
// digest; found counts the assignments. Where v escapes (its address
// taken, a helper filling it), what it gets there is not seen: pii
// reports what it sees, and stays silent on the rest.
func (c *Classifier) definitions(v *types.Var, region *ast.BlockStmt, pos token.Pos, depth int, key constant.Value) (defs value, defined, digest bool, found int) {
	info := c.pass.TypesInfo
	digest = true
	add := func(rhs ast.Expr) {
		found++
		w := c.expr(rhs, region, depth+1)
		defined = defined || w.personal() || w.digest
		digest = digest && w.digest
		defs.merge(w)
	}
	// The literal a variable is given: its elements, by key.
	literal := func(rhs ast.Expr) bool {
		lit, ok := compositeLit(rhs)
		if !ok || key == nil {
			return false
		}
		// A map literal's elements all have keys.
		for _, elt := range lit.Elts {
			kv := elt.(*ast.KeyValueExpr)
			if k := info.Types[kv.Key].Value; k == nil || constant.Compare(k, token.EQL, key) {
				add(kv.Value)
			}
		}
		return true
	}
	writes, _ := locals.Writes(info, v, region, nil)
	for _, w := range locals.Reaching(writes, region, pos, nil) {
		switch {
		case len(w.Path) == 1 && w.Path[0].Index != nil && w.Kind == locals.Assign:
			// v[k] = x
			if k := info.Types[w.Path[0].Index].Value; key == nil || k == nil || constant.Compare(k, token.EQL, key) {
				add(w.Value)
			}
		case !w.Whole():
		case w.Kind == locals.Assign:
			if !literal(w.Value) {
				add(w.Value)
			}
		case w.Kind == locals.Update && w.Value != nil:
			add(w.Value)
		case w.Index == 0 && (w.Kind == locals.Result && c.buildsStrings(w.Value) || w.Kind == locals.CommaOK && c.commaOK(w.Value)):
			// local, _, _ := strings.Cut(email, "@");
			// email, ok := claims["email"].(string)
			add(w.Value)
		}
	}
	return defs, defined, digest, found
}

// compositeLit returns the composite literal e is, or takes the address of.
func compositeLit(e ast.Expr) (*ast.CompositeLit, bool) {
	if u, ok := ast.Unparen(e).(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = u.X
	}
	lit, ok := ast.Unparen(e).(*ast.CompositeLit)
	return lit, ok
}

// buildsStrings reports whether e calls a function of a package that
// builds strings from its arguments (strings.Cut, fmt.Sscan's kin).
func (c *Classifier) buildsStrings(e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn := typeutil.StaticCallee(c.pass.TypesInfo, call)
	return fn != nil && transparentPackages[pkgPath(fn)] && fn.Signature().Recv() == nil
}

// commaOK reports whether e, assigned to two variables, gives its value
// to the first: a map read or a type assertion.
func (c *Classifier) commaOK(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.TypeAssertExpr:
		return true
	case *ast.IndexExpr:
		_, isMap := c.pass.TypesInfo.TypeOf(e.X).Underlying().(*types.Map)
		return isMap
	}
	return false
}

// element classifies m[k]: for a local map or slice read by a constant
// key, what region stores under that key; otherwise what the map holds.
func (c *Classifier) element(e *ast.IndexExpr, region *ast.BlockStmt, depth int) value {
	info := c.pass.TypesInfo
	if c.afterAt(e) {
		return value{} // the domain of an address is nobody's
	}
	key := info.Types[e.Index].Value
	if id, ok := ast.Unparen(e.X).(*ast.Ident); ok && key != nil {
		if v, ok := info.ObjectOf(id).(*types.Var); ok && declaredIn(v, region) {
			if _, isMap := v.Type().Underlying().(*types.Map); isMap {
				defs, defined, digest, found := c.definitions(v, region, e.Pos(), depth, key)
				switch {
				case defs.personal():
					return defs
				case defined && digest:
					return value{digest: true}
				case found > 0:
					return value{} // what is stored there says nothing
				}
			}
		}
	}
	return c.expr(e.X, region, depth+1)
}

// afterAt reports whether e reads a part after the @ of a string split
// at it: strings.Split(email, "@")[1].
func (c *Classifier) afterAt(e *ast.IndexExpr) bool {
	info := c.pass.TypesInfo
	if k := info.Types[e.Index].Value; k == nil || k.Kind() != constant.Int || constant.Sign(k) <= 0 {
		return false
	}
	call, ok := ast.Unparen(e.X).(*ast.CallExpr)
	if !ok || len(call.Args) < 2 || !splitFuncs.Has(typeutil.StaticCallee(info, call)) {
		return false
	}
	sep := info.Types[call.Args[1]].Value
	return sep != nil && sep.Kind() == constant.String && constant.StringVal(sep) == "@"
}

// named classifies a value by the name it is known by.
func (c *Classifier) named(at ast.Expr, name string) value {
	kind, hashed := classifyName(name)
	switch {
	case hashed:
		return value{digest: true}
	case kind != 0:
		return value{origins: []Origin{{kind, at.Pos(), describe(at)}}}
	}
	return value{}
}

func (c *Classifier) selector(e *ast.SelectorExpr, region *ast.BlockStmt, depth int) value {
	info := c.pass.TypesInfo
	sel, ok := info.Selections[e]
	if !ok {
		// A qualified identifier: a package-level variable elsewhere.
		if v, ok := info.Uses[e.Sel].(*types.Var); ok {
			return c.named(e, v.Name())
		}
		return value{}
	}
	if sel.Kind() != types.FieldVal {
		return value{}
	}
	field := sel.Obj()
	if v, ok := c.localField(e, field, region, depth); ok {
		return v
	}
	if kind, ok := knownFields.Lookup(names.Name{Pkg: pkgPath(field), Type: receiverName(sel.Recv()), Member: field.Name()}); ok {
		return value{origins: []Origin{{kind, e.Pos(), describe(e)}}}
	}
	v := c.named(e, field.Name())
	if len(v.origins) > 0 && v.origins[0].Kind == PersonName && genericNames[strings.ToLower(field.Name())] &&
		(entityName(ownerName(sel)) || entityName(baseName(e.X))) {
		return value{} // org.Name, u.Company.Name: not a person's
	}
	return v
}

// localField classifies x.f for a local struct variable x: what region
// stores in the field (x.f = v, x := T{f: v}), whatever the field's name
// says; ok is false when region stores nothing there that says anything.
func (c *Classifier) localField(e *ast.SelectorExpr, field types.Object, region *ast.BlockStmt, depth int) (value, bool) {
	info := c.pass.TypesInfo
	id, ok := ast.Unparen(e.X).(*ast.Ident)
	if !ok {
		return value{}, false
	}
	x, ok := info.ObjectOf(id).(*types.Var)
	if !ok || !declaredIn(x, region) {
		return value{}, false
	}
	var defs value
	defined, digest := false, true
	add := func(rhs ast.Expr) {
		w := c.expr(rhs, region, depth+1)
		defined = defined || w.personal() || w.digest
		digest = digest && w.digest
		defs.merge(w)
	}
	f, _ := field.(*types.Var)
	writes, _ := locals.Writes(info, x, region, nil)
	for _, w := range locals.Reaching(writes, region, e.Pos(), []locals.Step{{Field: f}}) {
		if w.Kind != locals.Assign {
			continue
		}
		switch {
		case len(w.Path) == 1 && w.Path[0].Field == f:
			add(w.Value)
		case w.Whole():
			// x := T{f: v}
			if lit, ok := compositeLit(w.Value); ok {
				for _, elt := range lit.Elts {
					if kv, ok := elt.(*ast.KeyValueExpr); ok {
						if k, ok := kv.Key.(*ast.Ident); ok && info.ObjectOf(k) == field {
							add(kv.Value)
						}
					}
				}
			}
		}
	}
	switch {
	case defs.personal():
		return defs, true
	case defined && digest:
		return value{digest: true}, true
	}
	return value{}, false
}

// ownerName is the name of the struct type that declares a selected
// field: Company in u.Company.Name.
func ownerName(sel *types.Selection) string {
	t := sel.Recv()
	idx := sel.Index()
	for i, fi := range idx {
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok || fi >= st.NumFields() {
			return ""
		}
		if i == len(idx)-1 {
			return receiverName(t)
		}
		t = st.Field(fi).Type()
	}
	return ""
}

// baseName is the last name in the expression a field is selected from:
// org in org.Name, Company in u.Company.Name.
func baseName(x ast.Expr) string {
	switch x := ast.Unparen(x).(type) {
	case *ast.Ident:
		return x.Name
	case *ast.SelectorExpr:
		return x.Sel.Name
	case *ast.StarExpr:
		return baseName(x.X)
	case *ast.IndexExpr:
		return baseName(x.X)
	}
	return ""
}

// entityName reports whether a name names an organisation or another
// thing that is not a person: its Name field is no person's name.
func entityName(name string) bool {
	for _, w := range words(name) {
		if entityWords[w] || entityWords[strings.TrimSuffix(w, "s")] { // vendors[id].Name
			return true
		}
	}
	return false
}

func (c *Classifier) call(call *ast.CallExpr, region *ast.BlockStmt, depth int) value {
	info := c.pass.TypesInfo
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
		if len(call.Args) == 1 {
			return c.expr(call.Args[0], region, depth+1) // a conversion
		}
		return value{}
	}
	// Hashes are called through the hash.Hash interface: h.Sum(nil).
	// A method is always called through a selector.
	if m, ok := typeutil.Callee(info, call).(*types.Func); ok && m.Signature().Recv() != nil {
		sel := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if sumMethods[m.Name()] {
			return c.hashSum(sel, m, region, depth)
		}
		if recv, ok := names.Type(m.Signature().Recv().Type()); ok && builderReads[m.Name()] && builderTypes.Contains(recv) {
			// b.String() of a strings.Builder: what was written to it.
			return c.written(sel.X, call.Pos(), region, depth)
		}
	}
	fn := typeutil.StaticCallee(info, call)
	if fn == nil {
		return value{}
	}
	path := pkgPath(fn)
	if cryptoHashPackages[path] || strings.HasPrefix(path, "golang.org/x/crypto/") {
		return value{digest: true}
	}
	if key, ok := keyedAccessor(info, fn, call); ok {
		kind, _ := classifyName(key)
		if kind != 0 {
			return value{origins: []Origin{{kind, call.Pos(), describe(call)}}}
		}
		return value{}
	}
	if kind, ok := knownResults.Func(fn); ok {
		return value{origins: []Origin{{kind, call.Pos(), describe(call)}}}
	}
	if transparentPackages[path] || checksumPackages[path] {
		// xxhash.Sum64String(email) hides nothing either; a method
		// gives back what its receiver holds: ip.String().
		var v value
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && fn.Signature().Recv() != nil {
			v.merge(c.expr(sel.X, region, depth+1))
		}
		for _, arg := range call.Args {
			v.merge(c.expr(arg, region, depth+1))
		}
		return v
	}
	var s *Summary
	if fn.Pkg() == c.pass.Pkg {
		s = c.summary(fn, depth+1)
	} else {
		var fact Summary
		if c.pass.ImportObjectFact(fn, &fact) {
			s = &fact
		}
	}
	if s == nil {
		// The standard library is in the tables: there a name says what
		// a function does, not whose data it returns (f.Name() is a
		// file's).
		if astutil.IsStandard(path) {
			return value{}
		}
		// A function we know nothing of: its name may still say what it
		// returns (u.Email(), GetPhoneNumber()).
		return c.named(call, strings.TrimPrefix(fn.Name(), "Get"))
	}
	if s.Digest {
		return value{digest: true}
	}
	var v value
	for _, k := range s.Kinds {
		v.origins = append(v.origins, Origin{k, call.Pos(), describe(call)})
	}
	for _, i := range s.Params {
		if i < len(call.Args) {
			v.merge(c.expr(call.Args[i], region, depth+1))
		}
	}
	return v
}

// hashSum classifies h.Sum(b): a digest when h is a cryptographic hash,
// and what was written to h when it is a checksum such as FNV, CRC-32 or
// xxHash: made by a checksum package, typed as one (hash.Hash64,
// *xxhash.Digest), or read with Sum32 or Sum64, which no cryptographic
// hash has. h may be a variable or a field (s.h.Sum64()). A hash the
// analysis cannot trace is taken for a digest.
func (c *Classifier) hashSum(sel *ast.SelectorExpr, m *types.Func, region *ast.BlockStmt, depth int) value {
	info := c.pass.TypesInfo
	checksum := m.Name() != "Sum" || checksumType(info.TypeOf(sel.X))
	if !checksum && region != nil {
		checksum = c.madeByChecksum(sel.X, sel.Pos(), region)
	}
	if !checksum {
		return value{digest: true}
	}
	return c.written(sel.X, sel.Pos(), region, depth)
}

// madeByChecksum reports whether the hash h that is read at pos was made
// by a checksum package: h := fnv.New64a().
func (c *Classifier) madeByChecksum(h ast.Expr, pos token.Pos, region *ast.BlockStmt) bool {
	info := c.pass.TypesInfo
	v, path, ok := locals.Root(info, h)
	if !ok {
		return false
	}
	writes, _ := locals.Writes(info, v, region, nil)
	for _, w := range locals.Reaching(writes, region, pos, path) {
		if len(w.Path) != len(path) || w.Kind != locals.Assign && w.Kind != locals.Result {
			continue
		}
		if ctor, ok := ast.Unparen(w.Value).(*ast.CallExpr); ok {
			if fn := typeutil.StaticCallee(info, ctor); fn != nil && checksumPackages[pkgPath(fn)] {
				return true
			}
		}
	}
	return false
}

// checksumType reports whether t is a hash that hides nothing:
// hash.Hash32, hash.Hash64, or a type of a checksum package.
func checksumType(t types.Type) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	// Every named type with a Sum method has a package: error has none.
	named, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	path, name := named.Obj().Pkg().Path(), named.Obj().Name()
	return path == "hash" && (name == "Hash32" || name == "Hash64") || checksumPackages[path]
}

// written returns what region writes to the writer w (a variable, or a
// field reached from one) that is read at pos: w.Write(b),
// w.WriteString(s), io.WriteString(w, s), fmt.Fprintf(&w, ...).
func (c *Classifier) written(w ast.Expr, pos token.Pos, region *ast.BlockStmt, depth int) value {
	info := c.pass.TypesInfo
	root, path, ok := locals.Root(info, w)
	if !ok || region == nil {
		return value{}
	}
	writes, _ := locals.Writes(info, root, region, nil)
	var v value
	for _, fed := range locals.Reaching(writes, region, pos, path) {
		if fed.Kind == locals.Fed {
			v.merge(c.expr(fed.Value, region, depth+1))
		}
	}
	return v
}

// keyedAccessor recognizes a lookup by a constant key, such as
// r.FormValue("email") or r.Header.Get("X-Forwarded-For"), and returns
// the key.
func keyedAccessor(info *types.Info, fn *types.Func, call *ast.CallExpr) (string, bool) {
	if fn.Signature().Recv() == nil || !keyedAccessors[fn.Name()] || len(call.Args) == 0 {
		return "", false
	}
	tv, ok := info.Types[call.Args[0]]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

var emailPattern = regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}`)

// describe renders the code of an expression for a message, shortened.
func describe(e ast.Expr) string {
	s := types.ExprString(e)
	if len(s) > 40 {
		s = s[:37] + "..."
	}
	return s
}

// summarized reports whether a function with the given result is
// summarized: one that returns a string; one that returns bytes or an
// integer only when it computes a checksum (calls a checksum package, or
// a Sum32 or Sum64), which is what such a helper carries personal data
// through. Other functions of those results are many, and cost every
// package a walk of each for nothing.
func (c *Classifier) summarized(t types.Type, decl *ast.FuncDecl) bool {
	if isString(t) {
		return true
	}
	integer := false
	if b, ok := t.Underlying().(*types.Basic); ok {
		integer = b.Info()&types.IsInteger != 0
	}
	if sl, ok := t.Underlying().(*types.Slice); ok {
		b, ok := sl.Elem().Underlying().(*types.Basic)
		integer = ok && b.Kind() == types.Byte
	}
	if !integer {
		return false
	}
	checksum := false
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || checksum {
			return !checksum
		}
		if fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func); ok {
			checksum = checksumPackages[pkgPath(fn)] || fn.Name() == "Sum32" || fn.Name() == "Sum64"
		}
		return !checksum
	})
	return checksum
}

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

func pkgPath(obj types.Object) string {
	if obj.Pkg() == nil {
		return ""
	}
	return obj.Pkg().Path()
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

// words splits an identifier or a key into lower-case words:
// "userEmailAddress" and "user_email-address" give user, email, address.
func words(name string) []string {
	var ws []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			ws = append(ws, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	runes := []rune(name)
	for i, r := range runes {
		switch {
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			flush()
		case unicode.IsUpper(r) && i > 0 && (unicode.IsLower(runes[i-1]) || i+1 < len(runes) && unicode.IsLower(runes[i+1]) && unicode.IsUpper(runes[i-1])):
			flush()
			cur = append(cur, r)
		default:
			cur = append(cur, r)
		}
	}
	flush()
	return ws
}

// classifyName says what personal data a name stands for, or that it
// names a hashed value.
func classifyName(name string) (kind Kind, hashed bool) {
	ws := words(name)
	if len(ws) == 0 {
		return 0, false
	}
	for _, w := range ws {
		if hashWords[w] {
			return 0, true
		}
	}
	joined := strings.Join(ws, "")
	last2 := joined
	if len(ws) >= 2 {
		last2 = ws[len(ws)-2] + ws[len(ws)-1]
	}
	switch {
	case slices.ContainsFunc(ws, func(w string) bool { return w == "email" || w == "mail" || w == "emails" }):
		return Email, false
	case slices.ContainsFunc(ws, func(w string) bool { return phoneWords[w] }):
		return Phone, false
	case loginNames[joined] || loginNames[last2]:
		return Login, false
	case personNames[joined] || personNames[last2]:
		return PersonName, false
	case slices.Contains(ws, "ip") || ipNames[joined] || ipNames[last2]:
		return IPAddress, false
	}
	return 0, false
}
