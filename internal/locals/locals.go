// Package locals answers, for a variable local to a function, every value
// the function gives it or a part of it, and every place where code it
// does not see may change it.
//
// openaiapi reads what request params a local holds and pii what personal
// data a local carries; both ask the same question of the syntax tree,
// because their answers point at the code a fix edits. The answer is one
// list of writes, in source order, and one list of escapes: what an
// engine does when a variable escapes (give up, or keep what it saw) is
// its own policy, stated where it reads Escapes.
//
// Reaching narrows the writes to those that may reach one use: a whole
// assignment that every path to the use passes kills the writes before it
// (id := u.Email; id = digest(id); use(id) sees only the digest).
package locals

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"github.com/openaivet/openaivet/internal/names"
	"golang.org/x/tools/go/types/typeutil"
)

// Kind says how a write gives its value.
type Kind int

const (
	// Assign is v = x, v := x, var v = x, v.F = x or v[k] = x: Value is x.
	Assign Kind = iota
	// Zero is var v T: the zero value.
	Zero
	// Result is v, w := f(): result Index of the call Value.
	Result
	// CommaOK is v, ok := m[k], x.(T) or <-ch: Value is the expression,
	// whose value v gets.
	CommaOK
	// Range is for k, v := range x: Value is x, Index 0 for the key and 1
	// for the value.
	Range
	// Update is v op= x, v++ or v--: Value is x, nil for ++ and --.
	Update
	// Return is return x in the function whose named result v is.
	Return
	// TypeSwitch is the variable of a type switch: Value is the switched
	// expression.
	TypeSwitch
	// Fed is v.Write(x), v.WriteString(x), io.WriteString(v, x) or
	// fmt.Fprintf(&v, f, x): v takes x in, as a buffer, a builder or a
	// hash does, and keeps what it had. Value is x, one write for each
	// argument written; Index is the argument's position in the call.
	Fed
)

var kindNames = [...]string{"assign", "zero", "result", "comma-ok", "range", "update", "return", "type-switch", "fed"}

// WriteMethods write their arguments to their receiver: a buffer, a
// builder, a hash, a pipe.
var WriteMethods = map[string]bool{"Write": true, "WriteString": true, "WriteByte": true, "WriteRune": true}

// WriterFuncs write their arguments, after the first, to the writer that
// is their first: io.WriteString(w, s), fmt.Fprintln(w, s).
var WriterFuncs = names.NewSet("io.WriteString", "fmt.Fprint", "fmt.Fprintf", "fmt.Fprintln")

func (k Kind) String() string { return kindNames[k] }

// Step is one selector or index below a variable in a written path.
type Step struct {
	Field *types.Var // v.F; nil for an index
	Index ast.Expr   // v[k]; nil for a field
	// Expr is the selector or index expression of the step, as written:
	// nil in paths a caller builds.
	Expr ast.Expr
}

// A Write is one place where a function gives a value to a local variable
// or to a part of it.
type Write struct {
	Kind Kind
	// Node is the statement that writes: an assignment, a declaration, a
	// range or type switch statement, an increment, a return.
	Node ast.Node
	// Path is the part written below the variable: empty for the whole
	// variable, [F G] for v.F.G = x, [k] for v[k] = x.
	Path  []Step
	Value ast.Expr
	Index int
}

// Whole reports whether the write gives the whole variable its value.
func (w Write) Whole() bool { return len(w.Path) == 0 }

// EscapeKind says how a variable escapes the function's sight.
type EscapeKind int

const (
	// AddressTaken is &v, or &v.F: whoever holds the pointer may write
	// through it.
	AddressTaken EscapeKind = iota
	// PointerMethod is v.M() for a method with a pointer receiver, which
	// may change any part of v.
	PointerMethod
	// Shared is a pointer, map or slice variable passed to a call, stored,
	// sent or returned: whoever gets it may write what it points at.
	Shared
)

// An Escape is a place where code the walk does not follow may change the
// variable, or the part of it named by Path.
type Escape struct {
	Kind EscapeKind
	Node ast.Node
	Path []Step
}

// Writes lists, in source order, every write to the local variable v in
// body, closures inside it included, and every place where v escapes.
// typ is the type of the function whose body it is, so that returns write
// its named results; it may be nil.
func Writes(info *types.Info, v *types.Var, body *ast.BlockStmt, typ *ast.FuncType) (writes []Write, escapes []Escape) {
	w := walker{info: info, v: v}
	w.function(typ, body)
	return w.writes, w.escapes
}

type walker struct {
	info    *types.Info
	v       *types.Var
	writes  []Write
	escapes []Escape
}

// path returns the steps from the variable to what e denotes, and whether
// e is rooted at the variable.
func (w *walker) path(e ast.Expr) ([]Step, bool) {
	root, steps, ok := Root(w.info, e)
	return steps, ok && root == w.v
}

// Root returns the variable at the root of e and the steps from it to what
// e denotes: v, v.F.G, v[k], p.F for a pointer p; ok is false when e is
// not rooted at a variable (a call's result, a package member's method).
func Root(info *types.Info, e ast.Expr) (v *types.Var, steps []Step, ok bool) {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			v, ok := info.ObjectOf(x).(*types.Var)
			if !ok {
				return nil, nil, false
			}
			slices.Reverse(steps)
			return v, steps, true
		case *ast.StarExpr:
			e = x.X
		case *ast.SelectorExpr:
			sel, ok := info.Selections[x]
			if !ok || sel.Kind() != types.FieldVal {
				return nil, nil, false // a method value or a package member
			}
			steps = append(steps, Step{Field: sel.Obj().(*types.Var), Expr: x})
			e = x.X
		case *ast.IndexExpr:
			switch info.TypeOf(x.X).Underlying().(type) {
			case *types.Map, *types.Slice, *types.Array, *types.Pointer:
				steps = append(steps, Step{Index: x.Index, Expr: x})
				e = x.X
			default:
				return nil, nil, false // a generic instantiation
			}
		default:
			return nil, nil, false
		}
	}
}

func (w *walker) add(kind Kind, node ast.Node, path []Step, value ast.Expr, index int) {
	w.writes = append(w.writes, Write{Kind: kind, Node: node, Path: path, Value: value, Index: index})
}

// function walks a function body, with the type that names its results.
func (w *walker) function(typ *ast.FuncType, body *ast.BlockStmt) {
	result := -1
	var nresults int
	if typ != nil && typ.Results != nil {
		for _, field := range typ.Results.List {
			for _, name := range field.Names {
				if w.info.ObjectOf(name) == w.v {
					result = nresults
				}
				nresults++
			}
			if len(field.Names) == 0 {
				nresults++
			}
		}
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			w.function(n.Type, n.Body)
			return false
		case *ast.ReturnStmt:
			w.shared(n.Results...)
			if result < 0 || len(n.Results) == 0 {
				return true // a bare return gives back what v already holds
			}
			if len(n.Results) == nresults {
				w.add(Return, n, nil, n.Results[result], 0)
			} else if len(n.Results) == 1 {
				w.add(Result, n, nil, n.Results[0], result)
			}
		case *ast.AssignStmt:
			w.assign(n)
		case *ast.ValueSpec:
			w.shared(n.Values...)
			for i, name := range n.Names {
				if w.info.ObjectOf(name) != w.v {
					continue
				}
				switch {
				case len(n.Values) == 0:
					w.add(Zero, n, nil, nil, 0)
				case len(n.Values) == len(n.Names):
					w.add(Assign, n, nil, n.Values[i], 0)
				default:
					w.add(multiKind(n.Values[0]), n, nil, n.Values[0], i)
				}
			}
		case *ast.IncDecStmt:
			if path, ok := w.path(n.X); ok {
				w.add(Update, n, path, nil, 0)
			}
		case *ast.RangeStmt:
			for i, e := range []ast.Expr{n.Key, n.Value} {
				if e == nil {
					continue
				}
				if path, ok := w.path(e); ok {
					w.add(Range, n, path, n.X, i)
				}
			}
		case *ast.TypeSwitchStmt:
			w.typeSwitch(n)
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				if path, ok := w.path(n.X); ok {
					w.escapes = append(w.escapes, Escape{Kind: AddressTaken, Node: n, Path: path})
				}
			}
		case *ast.CallExpr:
			w.methodCall(n)
			w.fed(n)
			if !w.harmlessBuiltin(n) {
				w.shared(n.Args...)
			}
		case *ast.CompositeLit:
			for _, elt := range n.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok {
					elt = kv.Value
				}
				w.shared(elt)
			}
		case *ast.SendStmt:
			w.shared(n.Value)
		}
		return true
	})
}

// shared records, for a variable of a reference type, each of exprs that
// is the variable itself: another name for what it points at.
func (w *walker) shared(exprs ...ast.Expr) {
	switch w.v.Type().Underlying().(type) {
	case *types.Pointer, *types.Map, *types.Slice:
	default:
		return
	}
	for _, e := range exprs {
		if id, ok := ast.Unparen(e).(*ast.Ident); ok && w.info.ObjectOf(id) == w.v {
			w.escapes = append(w.escapes, Escape{Kind: Shared, Node: e})
		}
	}
}

// harmlessBuiltin reports whether call is a builtin that neither keeps
// nor writes what its arguments point at.
func (w *walker) harmlessBuiltin(call *ast.CallExpr) bool {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return false
	}
	b, ok := w.info.Uses[id].(*types.Builtin)
	return ok && b.Name() != "append" && b.Name() != "copy" && b.Name() != "delete"
}

func (w *walker) assign(n *ast.AssignStmt) {
	w.shared(n.Rhs...)
	for i, lhs := range n.Lhs {
		path, ok := w.path(lhs)
		if !ok {
			continue
		}
		switch {
		case n.Tok != token.ASSIGN && n.Tok != token.DEFINE:
			w.add(Update, n, path, n.Rhs[i], 0)
		case len(n.Lhs) == len(n.Rhs):
			w.add(Assign, n, path, n.Rhs[i], 0)
		default:
			w.add(multiKind(n.Rhs[0]), n, path, n.Rhs[0], i)
		}
	}
}

// multiKind is the kind of a write from one expression to several
// variables: a call's results, or a comma-ok form.
func multiKind(e ast.Expr) Kind {
	if _, ok := ast.Unparen(e).(*ast.CallExpr); ok {
		return Result
	}
	return CommaOK
}

func (w *walker) typeSwitch(n *ast.TypeSwitchStmt) {
	assign, ok := n.Assign.(*ast.AssignStmt)
	if !ok || len(assign.Rhs) != 1 {
		return
	}
	ta, ok := ast.Unparen(assign.Rhs[0]).(*ast.TypeAssertExpr)
	if !ok {
		return
	}
	for _, stmt := range n.Body.List {
		if w.info.Implicits[stmt] == w.v {
			w.add(TypeSwitch, n, nil, ta.X, 0)
		}
	}
}

// methodCall records v.M() for a pointer method M as an escape: the
// method may change any part of v.
func (w *walker) methodCall(call *ast.CallExpr) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return
	}
	selection, ok := w.info.Selections[sel]
	if !ok || selection.Kind() != types.MethodVal {
		return
	}
	if _, ptr := selection.Obj().(*types.Func).Signature().Recv().Type().(*types.Pointer); !ptr {
		return
	}
	if path, ok := w.path(sel.X); ok {
		w.escapes = append(w.escapes, Escape{Kind: PointerMethod, Node: call, Path: path})
	}
}

// fed records the arguments a call writes into the variable, or into a
// part of it: v.Write(b), s.h.Write(b), fmt.Fprintf(&v, f, x).
func (w *walker) fed(call *ast.CallExpr) {
	writer, args := w.writerCall(call)
	if writer == nil {
		return
	}
	if u, ok := ast.Unparen(writer).(*ast.UnaryExpr); ok && u.Op == token.AND {
		writer = u.X
	}
	path, ok := w.path(writer)
	if !ok {
		return
	}
	for i, arg := range args {
		w.add(Fed, call, path, arg, len(call.Args)-len(args)+i)
	}
}

// writerCall returns the writer a call writes to and the arguments it
// writes: the receiver of a write method, or the first argument of a
// writer function.
func (w *walker) writerCall(call *ast.CallExpr) (ast.Expr, []ast.Expr) {
	fn, _ := typeutil.Callee(w.info, call).(*types.Func)
	if fn == nil {
		return nil, nil
	}
	if fn.Signature().Recv() != nil {
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if ok && WriteMethods[fn.Name()] {
			return sel.X, call.Args
		}
		return nil, nil
	}
	if WriterFuncs.Has(fn) && len(call.Args) > 1 {
		return call.Args[0], call.Args[1:]
	}
	return nil, nil
}

// Reaching returns the writes that may give the read at pos, in body, of
// the variable or the part of it at path its value. A write of another
// part (v.Name for a read of v.ID) is left out, and so is a write a later write of the whole variable, or of a part that holds path,
// lies on every way to use: a statement of a block around use, before
// it, in the same function (a closure may run at any time), in a body with
// no goto.
func Reaching(writes []Write, body *ast.BlockStmt, pos token.Pos, path []Step) []Write {
	writes = slices.DeleteFunc(slices.Clone(writes), func(w Write) bool { return !overlap(w.Path, path) })
	lists := enclosingLists(body, pos)
	if lists == nil {
		return writes
	}
	var killers []killer
	for _, k := range writes {
		if !kills(k, path) {
			continue
		}
		for _, l := range lists {
			for _, stmt := range l.before {
				if stmt == k.Node || isDeclOf(stmt, k.Node) {
					killers = append(killers, killer{stmt, l.holder})
				}
			}
		}
	}
	if len(killers) == 0 {
		return writes
	}
	var reaching []Write
	for _, w := range writes {
		if !slices.ContainsFunc(killers, func(k killer) bool { return k.hides(w, body) }) {
			reaching = append(reaching, w)
		}
	}
	return reaching
}

// A killer is a write of the whole, or of an enclosing part, that is a
// statement of a block around the use; holder is the statement of that
// block that holds the use.
type killer struct{ stmt, holder ast.Stmt }

// hides reports whether every way from w to the use passes the killer:
// w lies anywhere but between the killer and the use (the block's only
// entry is its top, so a write after the use reaches it only around a
// loop, through the killer), in the same function.
func (k killer) hides(w Write, body *ast.BlockStmt) bool {
	if contains(k.stmt, w.Node) {
		return false
	}
	if k.stmt.End() <= w.Node.Pos() && w.Node.End() <= k.holder.End() {
		return false
	}
	return sameFunction(body, w.Node, k.stmt)
}

// overlap reports whether two paths below a variable may share memory:
// one lies below the other, an index standing for any element.
func overlap(a, b []Step) bool {
	for i := range min(len(a), len(b)) {
		if a[i].Field != b[i].Field {
			return false
		}
	}
	return true
}

// kills reports whether k overwrites, on its own, all of what a read of
// path sees: the whole variable, or a field path that path lies below.
func kills(k Write, path []Step) bool {
	switch k.Kind {
	case Assign, Zero, Result, CommaOK:
	default:
		return false
	}
	if len(k.Path) > len(path) {
		return false
	}
	for i, step := range k.Path {
		if step.Field == nil || step.Field != path[i].Field {
			return false
		}
	}
	return true
}

// isDeclOf reports whether stmt declares the variables of spec.
func isDeclOf(stmt ast.Stmt, spec ast.Node) bool {
	decl, ok := stmt.(*ast.DeclStmt)
	return ok && contains(decl, spec)
}

// sameFunction reports whether no closure holds a but not b.
func sameFunction(body *ast.BlockStmt, a, b ast.Node) bool {
	same := true
	ast.Inspect(body, func(n ast.Node) bool {
		if lit, ok := n.(*ast.FuncLit); ok && same {
			if contains(lit, a) != contains(lit, b) {
				same = false
			}
		}
		return same
	})
	return same
}

func holds(n ast.Node, pos token.Pos) bool { return n.Pos() <= pos && pos < n.End() }

func contains(outer, inner ast.Node) bool {
	return outer.Pos() <= inner.Pos() && inner.End() <= outer.End()
}

// list is the statements of one block around a use that come before
// holder, the statement that holds it.
type list struct {
	before []ast.Stmt
	holder ast.Stmt
}

// enclosingLists returns, for each block around pos up to the innermost
// function holding it, the statements before the one that holds pos; nil
// when body has a goto or a label (a way into a block's middle).
func enclosingLists(body *ast.BlockStmt, pos token.Pos) []list {
	var lists []list
	jumps := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.LabeledStmt:
			jumps = true
		case *ast.BranchStmt:
			jumps = jumps || n.Tok == token.GOTO
		}
		return !jumps
	})
	if jumps {
		return nil
	}
	var visit func(stmts []ast.Stmt) bool
	visit = func(stmts []ast.Stmt) bool {
		for i, s := range stmts {
			if !holds(s, pos) {
				continue
			}
			lists = append(lists, list{before: stmts[:i], holder: s})
			found := false
			ast.Inspect(s, func(n ast.Node) bool {
				if found || n == nil || !holds(n, pos) {
					return false
				}
				switch n := n.(type) {
				case *ast.FuncLit:
					// Blocks outside the innermost function do not order
					// what runs inside it.
					lists = nil
				case *ast.BlockStmt:
					found = visit(n.List)
					return false
				case *ast.CaseClause:
					found = visit(n.Body)
					return false
				case *ast.CommClause:
					found = visit(n.Body)
					return false
				}
				return true
			})
			return true
		}
		return false
	}
	visit(body.List)
	return lists
}
