package taint

import (
	"fmt"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// edge is a branch from one block to a successor.
type edge struct{ from, to *ssa.BasicBlock }

// guards finds the checks of values: against fixed sets (comparisons with
// constants, which a switch with constant cases lowers to, and lookups in
// package-level maps), and of their length or size (a comparison with a
// limit, a validation helper, a regular expression that matches only short
// strings). A block is guarded for a value when every way to it from the
// function's entry passes a branch taken only when the check held.
type guards struct {
	fn *ssa.Function
	// matched and short hold, for a value, the branches taken only when
	// it matched a fixed value, or only when its length is bounded.
	matched, short guarded
	// approved holds the branches taken only when a person approved
	// going on (see approval.go), under the key nil: they guard every
	// value.
	approved guarded
}

// guarded is a kind of check: the branches it guards, by value, with the
// limit each compares against, and what has been worked out of them.
type guarded struct {
	// same gives the value a check of another is kept under: one read
	// of a field for all its reads.
	same  sameReads
	edges map[ssa.Value]map[edge]ssa.Value
	// open holds, for a value whose branches all hold whatever the
	// state, the blocks reached from the entry without crossing one of
	// its guarded branches: one walk of the function per value, however
	// many blocks are asked about.
	open map[ssa.Value]map[*ssa.BasicBlock]bool
}

// add records that e is taken only when v passed the check; limit is the
// value a length or size was compared with, nil when the check holds by
// itself.
func (g *guarded) add(v ssa.Value, e edge, limit ssa.Value) {
	v = g.same.of(v)
	if g.edges == nil {
		g.edges = make(map[ssa.Value]map[edge]ssa.Value)
		g.open = make(map[ssa.Value]map[*ssa.BasicBlock]bool)
	}
	if g.edges[v] == nil {
		g.edges[v] = make(map[edge]ssa.Value)
	}
	if old, ok := g.edges[v][e]; ok && old == nil {
		return // a check that holds by itself already guards this branch
	}
	g.edges[v][e] = limit
}

// newGuards finds the checks in fn. validations says how a call's callee
// reports that an argument is bounded, when it does.
func newGuards(fn *ssa.Function, validations func(*ssa.Call) []Validation, approval func(ssa.Value) (bool, bool)) *guards {
	g := &guards{fn: fn}
	g.matched.same = newSameReads(fn)
	g.short.same = g.matched.same
	for _, b := range fn.Blocks {
		if len(b.Instrs) == 0 || len(b.Succs) != 2 {
			continue
		}
		ifInstr, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
		if !ok {
			continue
		}
		if v, whenTrue, ok := matchCondition(ifInstr.Cond); ok {
			g.matched.add(v, edge{b, b.Succs[branch(whenTrue)]}, nil)
		}
		for _, c := range lengthConditions(ifInstr.Cond) {
			g.short.add(c.v, edge{b, b.Succs[branch(c.whenTrue)]}, c.limit)
		}
		if call, result, successWhen, ok := resultCondition(ifInstr.Cond); ok && validations != nil {
			for _, v := range validations(call) {
				if v.Result == result && v.Param < len(call.Common().Args) {
					g.short.add(call.Common().Args[v.Param], edge{b, b.Succs[branch(successWhen)]}, nil)
				}
			}
		}
		if approval != nil {
			if whenTrue, ok := approval(ifInstr.Cond); ok {
				g.approved.add(nil, edge{b, b.Succs[branch(whenTrue)]}, nil)
			}
		}
	}
	return g
}

// branch is the index of the successor taken when a condition is cond.
func branch(cond bool) int {
	if cond {
		return 0
	}
	return 1
}

// lengthCheck is a value bounded on one branch of a condition.
type lengthCheck struct {
	v        ssa.Value
	whenTrue bool
	// limit is what it is compared with; nil when the check holds by
	// itself (a bounded regular expression).
	limit ssa.Value
}

// lengthConditions recognizes a comparison of a length (len(v),
// len([]rune(v)), utf8.RuneCountInString(v)) or of a number v with a
// limit, and says on which branch v is bounded (len(v) <= n holds, or
// len(v) > n fails); and a match of v against a regular expression that
// matches only strings of bounded length. Whether the limit is one the
// program fixed, not the user, is for the state to say.
func lengthConditions(cond ssa.Value) []lengthCheck {
	if call, ok := cond.(*ssa.Call); ok {
		if v, ok := boundedMatch(call); ok {
			return []lengthCheck{{v: v, whenTrue: true}}
		}
		return nil
	}
	c, isBin := cond.(*ssa.BinOp)
	if !isBin {
		return nil
	}
	// x < y bounds x when it holds and y when it fails; x > y the other
	// way round.
	var upperWhenTrue bool
	switch c.Op {
	case token.LSS, token.LEQ:
		upperWhenTrue = true
	case token.GTR, token.GEQ:
		upperWhenTrue = false
	default:
		return nil
	}
	var checks []lengthCheck
	if v, ok := measured(c.X); ok && !isLength(c.Y) {
		checks = append(checks, lengthCheck{v: v, whenTrue: upperWhenTrue, limit: c.Y})
	}
	if v, ok := measured(c.Y); ok && !isLength(c.X) {
		checks = append(checks, lengthCheck{v: v, whenTrue: !upperWhenTrue, limit: c.X})
	}
	return checks
}

// measured returns the value whose size x is: the string or slice of a
// length, or a number itself.
func measured(x ssa.Value) (ssa.Value, bool) {
	if v, ok := lengthOf(x); ok {
		return v, true
	}
	if _, isConst := x.(*ssa.Const); isConst || !isScalar(x.Type()) {
		return nil, false
	}
	return x, true
}

func isLength(x ssa.Value) bool {
	_, ok := lengthOf(x)
	return ok
}

// lengthOf recognizes the length of a value in bytes or runes: len(v),
// len([]rune(v)), len([]byte(v)), utf8.RuneCountInString(v),
// utf8.RuneCount(v).
func lengthOf(x ssa.Value) (ssa.Value, bool) {
	call, ok := x.(*ssa.Call)
	if !ok || len(call.Common().Args) != 1 {
		return nil, false
	}
	arg := call.Common().Args[0]
	if b, ok := call.Common().Value.(*ssa.Builtin); ok {
		if b.Name() != "len" {
			return nil, false
		}
		if conv, ok := arg.(*ssa.Convert); ok {
			arg = conv.X // len([]rune(s)) measures s
		}
		return arg, true
	}
	callee := call.Common().StaticCallee()
	if callee == nil || callee.Pkg == nil || callee.Pkg.Pkg.Path() != "unicode/utf8" {
		return nil, false
	}
	switch callee.Name() {
	case "RuneCountInString", "RuneCount":
		return arg, true
	}
	return nil, false
}

// resultCondition recognizes a test of one result of a call: err != nil,
// err == nil, ok, !ok. It returns the call, the result's index, and on
// which branch the result says success (a nil error, or true).
func resultCondition(cond ssa.Value) (call *ssa.Call, result int, successWhen bool, ok bool) {
	cond, negated := unnegate(cond)
	resultOf := func(v ssa.Value) (*ssa.Call, int, bool) {
		idx := 0
		if ex, ok := v.(*ssa.Extract); ok {
			v, idx = ex.Tuple, ex.Index
		}
		call, ok := v.(*ssa.Call)
		return call, idx, ok
	}
	if bin, isBin := cond.(*ssa.BinOp); isBin && (bin.Op == token.NEQ || bin.Op == token.EQL) {
		x, y := bin.X, bin.Y
		if _, isConst := x.(*ssa.Const); isConst {
			x, y = y, x
		}
		c, isConst := y.(*ssa.Const)
		if !isConst || !c.IsNil() || !types.Identical(x.Type(), errorType) {
			return nil, 0, false, false
		}
		call, idx, ok := resultOf(x)
		// err == nil holds on success.
		return call, idx, (bin.Op == token.EQL) != negated, ok
	}
	if !types.Identical(cond.Type().Underlying(), types.Typ[types.Bool]) {
		return nil, 0, false, false
	}
	call, result, ok = resultOf(cond)
	return call, result, !negated, ok
}

var errorType = types.Universe.Lookup("error").Type()

// matchCondition recognizes a condition that holds (whenTrue) or fails
// only when v is one of a fixed set of values.
func matchCondition(cond ssa.Value) (v ssa.Value, whenTrue bool, ok bool) {
	switch c := cond.(type) {
	case *ssa.BinOp:
		if c.Op != token.EQL && c.Op != token.NEQ {
			return nil, false, false
		}
		x, y := c.X, c.Y
		if _, isConst := x.(*ssa.Const); isConst {
			x, y = y, x
		}
		if _, isConst := y.(*ssa.Const); !isConst {
			return nil, false, false
		}
		return x, c.Op == token.EQL, true
	case *ssa.Extract:
		// _, ok := allowed[v]
		if lookup, isLookup := c.Tuple.(*ssa.Lookup); isLookup && c.Index == 1 && isPackageMap(lookup.X) {
			return lookup.Index, true, true
		}
	case *ssa.Lookup:
		// allowed[v] in a map[string]bool
		if isPackageMap(c.X) && !c.CommaOk {
			return c.Index, true, true
		}
	case *ssa.Call:
		// slices.Contains(allowed, v)
		callee := c.Common().StaticCallee()
		if callee != nil && callee.Origin() != nil {
			callee = callee.Origin()
		}
		args := c.Common().Args
		if callee != nil && callee.Pkg != nil && callee.Pkg.Pkg.Path() == "slices" && callee.Name() == "Contains" &&
			len(args) == 2 && isFixedList(args[0]) {
			return args[1], true, true
		}
	}
	return nil, false, false
}

// isFixedList reports whether a slice is a fixed list of values: a
// package-level variable, or a literal of constants.
func isFixedList(v ssa.Value) bool {
	if isPackageMap(v) {
		return true // a load of a package-level variable
	}
	slice, ok := v.(*ssa.Slice)
	if !ok {
		return false
	}
	alloc, ok := slice.X.(*ssa.Alloc)
	if !ok {
		return false
	}
	for _, ref := range *alloc.Referrers() {
		ia, ok := ref.(*ssa.IndexAddr)
		if !ok {
			continue
		}
		for _, use := range *ia.Referrers() {
			if store, ok := use.(*ssa.Store); ok {
				if _, isConst := store.Val.(*ssa.Const); !isConst {
					return false
				}
			}
		}
	}
	return true
}

// isPackageMap reports whether m is loaded from a package-level variable:
// the fixed tables allowlists are kept in (maps and slices alike).
func isPackageMap(m ssa.Value) bool {
	load, ok := m.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return false
	}
	_, ok = load.X.(*ssa.Global)
	return ok
}

// allowlisted reports whether every way to b passes a branch taken only
// when v matched a fixed value.
func (g *guards) allowlisted(v ssa.Value, b *ssa.BasicBlock) bool {
	return g.matched.guards(g.fn, v, b, nil)
}

// approvedAt reports whether every way to b passes a branch taken only
// when a person approved.
func (g *guards) approvedAt(b *ssa.BasicBlock) bool {
	return g.approved.guards(g.fn, nil, b, nil)
}

// guards reports whether every way from fn's entry to b crosses one of v's
// guarded branches whose limit accept takes (nil takes every limit).
func (g *guarded) guards(fn *ssa.Function, v ssa.Value, b *ssa.BasicBlock, accept func(limit ssa.Value) bool) bool {
	v = g.same.of(v)
	edges := g.edges[v]
	if len(edges) == 0 || b == nil {
		return false
	}
	taken := make(map[edge]bool, len(edges))
	all := true
	for e, limit := range edges {
		if limit == nil || accept == nil || accept(limit) {
			taken[e] = true
		} else {
			all = false
		}
	}
	if len(taken) == 0 {
		return false
	}
	open, ok := g.open[v]
	if !ok || !all {
		open = map[*ssa.BasicBlock]bool{fn.Blocks[0]: true}
		queue := []*ssa.BasicBlock{fn.Blocks[0]}
		for len(queue) > 0 {
			cur := queue[0]
			queue = queue[1:]
			for _, next := range cur.Succs {
				if !open[next] && !taken[edge{cur, next}] {
					open[next] = true
					queue = append(queue, next)
				}
			}
		}
		if all {
			g.open[v] = open // the same whatever the state: keep it
		}
	}
	return !open[b]
}

// limits returns the limits of v's guarded branches on the ways to b, for
// the bound they put on it there.
func (g *guarded) limits(v ssa.Value, b *ssa.BasicBlock) []ssa.Value {
	v = g.same.of(v)
	var out []ssa.Value
	for e, limit := range g.edges[v] {
		if e.to == b || reachable(e.to, b, nil) {
			out = append(out, limit)
		}
	}
	return out
}

// on reports whether the edge is one of v's guarded branches whose limit
// accept takes, and returns that limit.
func (g *guarded) on(v ssa.Value, e edge, accept func(ssa.Value) bool) (ssa.Value, bool) {
	v = g.same.of(v)
	limit, ok := g.edges[v][e]
	if !ok || limit != nil && accept != nil && !accept(limit) {
		return nil, false
	}
	return limit, true
}

// sameReads maps each read of a struct's field to one read of the same
// field that stands for them all, where the reads cannot differ: a field
// of one struct value (a.Cmd, read twice), or of a variable or pointer
// parameter that nothing writes after the field is first read (a request
// decoded into var req). A check of req.Message then holds for
// req.Message read again after it.
type sameReads map[ssa.Value]ssa.Value

// of returns the read that stands for v, or v.
func (r sameReads) of(v ssa.Value) ssa.Value {
	if u, ok := r[v]; ok {
		return u
	}
	return v
}

// fieldRead is where a read of a field comes from: the struct value, or
// the variable or pointer it is loaded through, and the field indices.
type fieldRead struct {
	root   ssa.Value
	fields string
}

func newSameReads(fn *ssa.Function) sameReads {
	reads := make(map[fieldRead][]ssa.Value)
	var order []fieldRead
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			v, ok := instr.(ssa.Value)
			if !ok {
				continue
			}
			if at, ok := fieldReadOf(v); ok {
				if reads[at] == nil {
					order = append(order, at)
				}
				reads[at] = append(reads[at], v)
			}
		}
	}
	var out sameReads
	for _, at := range order {
		vs := reads[at]
		if len(vs) < 2 || !unwrittenAfterReads(at, vs) {
			continue
		}
		if out == nil {
			out = make(sameReads)
		}
		for _, v := range vs[1:] {
			out[v] = vs[0]
		}
	}
	return out
}

// fieldReadOf recognizes a read of a field: v.f.g of a struct value, or
// a load of p.f.g through a local variable or a pointer parameter; or a
// load of a variable a function literal captured.
func fieldReadOf(v ssa.Value) (fieldRead, bool) {
	var fields string
	switch x := v.(type) {
	case *ssa.Field:
		for {
			fields = fmt.Sprintf(".%d%s", x.Field, fields)
			inner, ok := x.X.(*ssa.Field)
			if !ok {
				return fieldRead{x.X, fields}, true
			}
			x = inner
		}
	case *ssa.UnOp:
		if x.Op != token.MUL {
			return fieldRead{}, false
		}
		switch addr := x.X.(type) {
		case *ssa.FreeVar:
			// A variable a function literal captured, read whole: the
			// literal's check of it holds for its reads after.
			return fieldRead{addr, ""}, true
		case *ssa.FieldAddr:
			root, path, ok := addressPath(addr)
			return fieldRead{root, path}, ok
		}
	}
	return fieldRead{}, false
}

// addressPath returns the variable or pointer parameter a field's address
// is taken from, and the field indices on the way.
func addressPath(fa *ssa.FieldAddr) (ssa.Value, string, bool) {
	fields := ""
	for {
		fields = fmt.Sprintf(".%d%s", fa.Field, fields)
		switch x := fa.X.(type) {
		case *ssa.FieldAddr:
			fa = x
		case *ssa.Alloc, *ssa.Parameter:
			return x, fields, true
		default:
			return nil, "", false
		}
	}
}

// unwrittenAfterReads reports whether every write of a field read
// through a variable or pointer, of the field or the whole, and every
// other use of its address (given to a call, captured, converted), comes
// before each read. The reads of a struct value need no such care.
func unwrittenAfterReads(at fieldRead, reads []ssa.Value) bool {
	if _, isField := reads[0].(*ssa.Field); isField {
		return true
	}
	var writes []ssa.Instruction
	var visit func(addr ssa.Value, fields string)
	visit = func(addr ssa.Value, fields string) {
		for _, ref := range *addr.Referrers() {
			switch ref := ref.(type) {
			case *ssa.FieldAddr:
				visit(ref, fmt.Sprintf("%s.%d", fields, ref.Field))
			case *ssa.UnOp:
				if ref.Op != token.MUL {
					writes = append(writes, ref)
				}
			case *ssa.Store:
				if ref.Addr == addr && overlaps(fields, at.fields) || ref.Addr != addr {
					writes = append(writes, ref) // a write, or the address stored
				}
			case *ssa.DebugRef:
			default:
				writes = append(writes, ref)
			}
		}
	}
	visit(at.root, "")
	for _, w := range writes {
		for _, r := range reads {
			if !before(w, r.(ssa.Instruction)) {
				return false
			}
		}
	}
	return true
}

// overlaps reports whether a write of one field path changes a read of
// the other: one holds the other.
func overlaps(a, b string) bool {
	return strings.HasPrefix(a+".", b+".") || strings.HasPrefix(b+".", a+".")
}
