package taint

import (
	"go/token"

	"golang.org/x/tools/go/ssa"
)

// edge is a branch from one block to a successor.
type edge struct{ from, to *ssa.BasicBlock }

// guards finds the checks of values against fixed sets: comparisons with
// constants (a switch with constant cases lowers to them) and lookups in
// package-level maps. A block is allowlisted for a value when every way to
// it from the function's entry passes a branch taken only when the value
// matched.
type guards struct {
	fn *ssa.Function
	// matched and short hold, for a value, the branches taken only when
	// it matched a fixed value, or only when its length is bounded.
	matched, short guarded
}

// guarded is a kind of check: the branches it guards, by value, and what
// has been worked out of them.
type guarded struct {
	edges map[ssa.Value]map[edge]bool
	// open holds, for a value, the blocks reached from the entry without
	// crossing one of its guarded branches: one walk of the function per
	// value, however many blocks are asked about.
	open map[ssa.Value]map[*ssa.BasicBlock]bool
}

func (g *guarded) add(v ssa.Value, e edge) {
	if g.edges == nil {
		g.edges = make(map[ssa.Value]map[edge]bool)
		g.open = make(map[ssa.Value]map[*ssa.BasicBlock]bool)
	}
	if g.edges[v] == nil {
		g.edges[v] = make(map[edge]bool)
	}
	g.edges[v][e] = true
}

func newGuards(fn *ssa.Function) *guards {
	g := &guards{fn: fn}
	for _, b := range fn.Blocks {
		if len(b.Instrs) == 0 || len(b.Succs) != 2 {
			continue
		}
		ifInstr, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
		if !ok {
			continue
		}
		if v, whenTrue, ok := matchCondition(ifInstr.Cond); ok {
			g.matched.add(v, edge{b, b.Succs[branch(whenTrue)]})
		}
		if v, whenTrue, ok := lengthCondition(ifInstr.Cond); ok {
			g.short.add(v, edge{b, b.Succs[branch(whenTrue)]})
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

// lengthCondition recognizes a comparison of len(v), or of a number v,
// with a constant, and whether v is bounded when it holds (len(v) <= n) or
// when it fails (len(v) > n).
func lengthCondition(cond ssa.Value) (v ssa.Value, whenTrue bool, ok bool) {
	c, isBin := cond.(*ssa.BinOp)
	if !isBin {
		return nil, false, false
	}
	op, x, y := c.Op, c.X, c.Y
	if _, isConst := x.(*ssa.Const); isConst {
		// n < len(v) is len(v) > n.
		x, y = y, x
		switch op {
		case token.LSS:
			op = token.GTR
		case token.LEQ:
			op = token.GEQ
		case token.GTR:
			op = token.LSS
		case token.GEQ:
			op = token.LEQ
		}
	}
	if _, isConst := y.(*ssa.Const); !isConst {
		return nil, false, false
	}
	// The bounded value is the string in len(v), or a number itself.
	v = x
	if lenCall, isCall := x.(*ssa.Call); isCall {
		b, isBuiltin := lenCall.Common().Value.(*ssa.Builtin)
		if !isBuiltin || b.Name() != "len" || len(lenCall.Common().Args) != 1 {
			return nil, false, false
		}
		v = lenCall.Common().Args[0]
	} else if !isScalar(x.Type()) {
		return nil, false, false
	}
	switch op {
	case token.LSS, token.LEQ:
		return v, true, true
	case token.GTR, token.GEQ:
		return v, false, true
	}
	return nil, false, false
}

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
	return g.matched.guards(g.fn, v, b)
}

// bounded reports whether every way to b passes a branch taken only when
// v's length is bounded.
func (g *guards) bounded(v ssa.Value, b *ssa.BasicBlock) bool {
	return g.short.guards(g.fn, v, b)
}

// guards reports whether every way from fn's entry to b crosses one of v's
// guarded branches.
func (g *guarded) guards(fn *ssa.Function, v ssa.Value, b *ssa.BasicBlock) bool {
	edges := g.edges[v]
	if len(edges) == 0 || b == nil {
		return false
	}
	open, ok := g.open[v]
	if !ok {
		open = map[*ssa.BasicBlock]bool{fn.Blocks[0]: true}
		queue := []*ssa.BasicBlock{fn.Blocks[0]}
		for len(queue) > 0 {
			cur := queue[0]
			queue = queue[1:]
			for _, next := range cur.Succs {
				if !open[next] && !edges[edge{cur, next}] {
					open[next] = true
					queue = append(queue, next)
				}
			}
		}
		g.open[v] = open
	}
	return !open[b]
}

// on reports whether the edge is one of v's guarded branches.
func (g *guarded) on(v ssa.Value, e edge) bool {
	return g.edges[v][e]
}
