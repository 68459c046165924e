package taint

import (
	"go/token"
	"slices"
)

// label is what the analysis knows of user input from one source, as it
// reaches a value.
type label struct {
	source token.Pos
	what   string
	// output marks model output (what a request returns), as opposed to
	// user input. Output that a function of another package returns has
	// its source at the call, and names the function (via) and the
	// request's place (at, as dir/file:line text).
	output  bool
	via, at string
	// through, on output, is the call through an interface the package
	// has no implementation of that returned it: model output only if
	// the implementation wired in returns some (inject.go).
	through *injectedCall
	// system holds once the input entered a system part of a prompt, at
	// systemPos when the syntax says where.
	system    bool
	systemPos token.Pos
	// allowlisted holds when every way the input took checked it against
	// fixed values; bounded, when every way bounded its length.
	allowlisted bool
	bounded     bool
	// limit is the largest length or number a bound lets through, when
	// a constant says (0 when unknown).
	limit int64
	// boundIf, in a summary, holds the parameters the bound comes from
	// (bit i for parameter i): it holds only when the caller passes
	// values that carry no input there, as clamp(n, lo, hi) bounds n by
	// hi.
	boundIf uint64
	// moderated holds when every way the input took passed a moderation
	// verdict before the function saw it (a moderating middleware).
	moderated bool
	// scalar holds when the input reaches the value only as a number or
	// a boolean: it cannot carry text, but it can still be too large (a
	// bounded scalar is clamped).
	scalar bool
	// parts, on a parameter's label in a summary, are the fields of a
	// struct parameter the value comes from (bit k for field k), 0 for
	// the whole parameter; systemParts are the parts that entered a
	// system prompt. A caller that fills those fields with fixed text
	// does not put input there.
	parts, systemParts uint64
}

// taint is the user input a value carries: a label for each source, in
// the order of their positions. The nil taint is a clean value.
type taint []label

// join merges what two ways to a value carry: for input from the same
// source, it is placed in a system prompt if either way placed it there,
// and allowlisted or bounded only if both ways made it so.
func join(a, b taint) taint {
	if len(a) == 0 {
		return b
	}
	if len(b) == 0 {
		return a
	}
	out := slices.Clone(a)
	for _, l := range b {
		i, found := slices.BinarySearchFunc(out, l.source, func(m label, p token.Pos) int { return int(m.source - p) })
		if !found {
			out = slices.Insert(out, i, l)
			continue
		}
		m := &out[i]
		if !m.system && l.system {
			m.system, m.systemPos = true, l.systemPos
		}
		m.allowlisted = m.allowlisted && l.allowlisted
		m.limit = joinLimit(*m, l)
		m.bounded = m.bounded && l.bounded
		m.boundIf |= l.boundIf
		if !m.bounded {
			m.boundIf = 0
		}
		m.moderated = m.moderated && l.moderated
		m.scalar = m.scalar && l.scalar
		if m.parts != 0 && l.parts != 0 {
			m.parts |= l.parts
		} else {
			m.parts = 0
		}
		m.systemParts |= l.systemParts
	}
	return out
}

// enterSystem marks a label's input as placed in a system part of a
// prompt, at pos unless it was placed in one already. Input that reaches
// it only as a number or a boolean writes no instructions there: it is
// not marked, so that the text of the same input in a user message
// beside it is not taken for system text when the two ways join.
func (l *label) enterSystem(pos token.Pos) {
	if l.scalar {
		return
	}
	if !l.system {
		l.system, l.systemPos = true, pos
	}
	l.systemParts |= l.parts
}

// joinLimit is the limit of a value that may come from either label: the
// larger, known only when both are bounded by known limits.
func joinLimit(a, b label) int64 {
	if !a.bounded || !b.bounded || a.limit == 0 || b.limit == 0 {
		return 0
	}
	return max(a.limit, b.limit)
}

// bound marks a label bounded by a limit (0 when unknown) that holds if
// the parameters in boundIf are fixed.
func (l *label) bound(limit int64, boundIf uint64) {
	if !l.bounded {
		l.bounded, l.limit, l.boundIf = true, limit, boundIf
		return
	}
	// Bounded twice: a certain bound wins over a conditional one, and the
	// value is within the tighter of two known limits.
	if boundIf == 0 {
		l.boundIf = 0
	}
	if limit != 0 && (l.limit == 0 || limit < l.limit) {
		l.limit = limit
	}
}

// with returns a copy of t with f applied to each label.
func (t taint) with(f func(*label)) taint {
	if len(t) == 0 {
		return t
	}
	out := slices.Clone(t)
	for i := range out {
		f(&out[i])
	}
	return out
}

func (t taint) equal(u taint) bool { return slices.Equal(t, u) }
