package taint

import (
	"go/token"
	"go/types"

	"github.com/openaivet/openaivet/internal/openaiapi"
	"golang.org/x/tools/go/ssa"
)

// moderationCall is a call to the Moderation endpoint in a function, the
// sources of the input it moderates, and the branches taken when its
// verdict says flagged.
type moderationCall struct {
	call    *ssa.Call
	sources map[token.Pos]bool
	flagged []*ssa.BasicBlock
}

// moderations finds the function's moderation calls and their verdicts.
func (s *state) moderations(calls map[token.Pos]*openaiapi.Request) []*moderationCall {
	byCall := make(map[*ssa.Call]*moderationCall)
	var mods []*moderationCall
	for _, b := range s.fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(*ssa.Call)
			if !ok {
				continue
			}
			req := calls[call.Pos()]
			if req == nil || req.Endpoint.Kind != openaiapi.Moderation {
				continue
			}
			m := &moderationCall{call: call, sources: make(map[token.Pos]bool)}
			for _, arg := range call.Common().Args {
				if types.Identical(arg.Type(), req.Params) {
					for _, l := range s.use(arg, b) {
						m.sources[l.source] = true
					}
				}
			}
			byCall[call] = m
			mods = append(mods, m)
		}
	}
	if len(mods) == 0 {
		return nil
	}
	for _, b := range s.fn.Blocks {
		if len(b.Instrs) == 0 || len(b.Succs) != 2 {
			continue
		}
		ifInstr, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
		if !ok {
			continue
		}
		call, negated := verdictOf(ifInstr.Cond)
		if m := byCall[call]; m != nil {
			m.flagged = append(m.flagged, b.Succs[branch(!negated)])
		}
	}
	return mods
}

// verdictOf recognizes a condition on a moderation verdict (a result's
// Flagged field, possibly negated) and returns the call it came from.
func verdictOf(cond ssa.Value) (call *ssa.Call, negated bool) {
	v := cond
	for {
		u, ok := v.(*ssa.UnOp)
		if !ok || u.Op != token.NOT {
			break
		}
		negated, v = !negated, u.X
	}
	var base ssa.Value
	switch x := v.(type) {
	case *ssa.UnOp:
		fa, ok := x.X.(*ssa.FieldAddr)
		if !ok || x.Op != token.MUL || !isVerdict(fa.X.Type(), fa.Field) {
			return nil, false
		}
		base = fa.X
	case *ssa.Field:
		if !isVerdict(x.X.Type(), x.Field) {
			return nil, false
		}
		base = x.X
	default:
		return nil, false
	}
	for range 12 {
		switch b := base.(type) {
		case *ssa.Call:
			return b, negated
		case *ssa.Extract:
			base = b.Tuple
		case *ssa.FieldAddr:
			base = b.X
		case *ssa.Field:
			base = b.X
		case *ssa.IndexAddr:
			base = b.X
		case *ssa.Index:
			base = b.X
		case *ssa.UnOp:
			base = b.X
		case *ssa.Alloc:
			// A local copy, such as a range loop's variable: what was
			// stored in it.
			base = storedIn(b)
		default:
			return nil, false
		}
	}
	return nil, false
}

// storedIn returns the value stored whole into an allocation, when there is
// exactly one such store.
func storedIn(alloc *ssa.Alloc) ssa.Value {
	var val ssa.Value
	for _, ref := range *alloc.Referrers() {
		if store, ok := ref.(*ssa.Store); ok && store.Addr == alloc {
			if val != nil {
				return nil
			}
			val = store.Val
		}
	}
	return val
}

func isVerdict(t types.Type, field int) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	return ok && field < st.NumFields() && openaiapi.IsVerdictField(st, st.Field(field))
}

// moderated reports whether input from source reaching block b passed a
// moderation verdict: a moderation call of that input lies on every way to
// b, checks its verdict, and no flagged branch leads to b.
func (s *state) moderated(mods []*moderationCall, source token.Pos, b *ssa.BasicBlock) bool {
	for _, m := range mods {
		if !m.sources[source] || len(m.flagged) == 0 || m.call.Block() == b {
			continue // not this input, no verdict read, or the verdict read after the request
		}
		if reachable(s.fn.Blocks[0], b, m.call.Block()) {
			continue // a way around the moderation call
		}
		passed := true
		for _, f := range m.flagged {
			if f == b || reachable(f, b, nil) {
				passed = false
				break
			}
		}
		if passed {
			return true
		}
	}
	return false
}

// reachable reports whether to can be reached from from without passing
// through avoid.
func reachable(from, to, avoid *ssa.BasicBlock) bool {
	if from == avoid {
		return false
	}
	seen := map[*ssa.BasicBlock]bool{from: true}
	queue := []*ssa.BasicBlock{from}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == to {
			return true
		}
		for _, next := range cur.Succs {
			if !seen[next] && next != avoid {
				seen[next] = true
				queue = append(queue, next)
			}
		}
	}
	return false
}
