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
	// user input.
	output bool
	// system holds once the input entered a system part of a prompt, at
	// systemPos when the syntax says where.
	system    bool
	systemPos token.Pos
	// allowlisted holds when every way the input took checked it against
	// fixed values; bounded, when every way bounded its length.
	allowlisted bool
	bounded     bool
	// scalar holds when the input reaches the value only as a number or
	// a boolean: it cannot carry text, but it can still be too large (a
	// bounded scalar is clamped).
	scalar bool
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
		m.bounded = m.bounded && l.bounded
		m.scalar = m.scalar && l.scalar
	}
	return out
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
