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
	fn      *ssa.Function
	matched map[ssa.Value]map[edge]bool
	memo    map[ssa.Value]map[*ssa.BasicBlock]bool
}

func newGuards(fn *ssa.Function) *guards {
	g := &guards{fn: fn, matched: make(map[ssa.Value]map[edge]bool), memo: make(map[ssa.Value]map[*ssa.BasicBlock]bool)}
	for _, b := range fn.Blocks {
		if len(b.Instrs) == 0 || len(b.Succs) != 2 {
			continue
		}
		ifInstr, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
		if !ok {
			continue
		}
		v, whenTrue, ok := matchCondition(ifInstr.Cond)
		if !ok {
			continue
		}
		taken := b.Succs[1]
		if whenTrue {
			taken = b.Succs[0]
		}
		if g.matched[v] == nil {
			g.matched[v] = make(map[edge]bool)
		}
		g.matched[v][edge{b, taken}] = true
	}
	return g
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
	}
	return nil, false, false
}

// isPackageMap reports whether m is loaded from a package-level variable:
// the fixed tables allowlists are kept in.
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
	edges := g.matched[v]
	if len(edges) == 0 || b == nil {
		return false
	}
	if m, ok := g.memo[v][b]; ok {
		return m
	}
	// Search from the entry without crossing a matching branch.
	seen := map[*ssa.BasicBlock]bool{g.fn.Blocks[0]: true}
	queue := []*ssa.BasicBlock{g.fn.Blocks[0]}
	reached := false
	for len(queue) > 0 && !reached {
		cur := queue[0]
		queue = queue[1:]
		if cur == b {
			reached = true
			break
		}
		for _, next := range cur.Succs {
			if !seen[next] && !edges[edge{cur, next}] {
				seen[next] = true
				queue = append(queue, next)
			}
		}
	}
	if g.memo[v] == nil {
		g.memo[v] = make(map[*ssa.BasicBlock]bool)
	}
	g.memo[v][b] = !reached
	return !reached
}
