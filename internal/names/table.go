package names

import "go/types"

// Table maps names to what is known about them: a table of knowledge,
// written as data (staticcheck's knowledge package is the model).
type Table[V any] map[Name]V

// NewTable makes a table from names written in the one format. It panics
// on a malformed name: tables are written in this repository, and a test
// of each reads it.
func NewTable[V any](entries map[string]V) Table[V] {
	t := make(Table[V], len(entries))
	for s, v := range entries {
		t[MustParse(s)] = v
	}
	return t
}

// NewRelativeTable makes a table from names relative to a library's root
// package (see ParseRelative): option.WithJSONSet,
// (ChatCompletionService).New. Look a function up in it by its name made
// relative to the root of its library:
//
//	n, _ := names.Func(fn)
//	if rel, ok := n.Relative(root); ok {
//		endpoint, ok := endpoints.Lookup(rel)
//	}
//
// It panics on a malformed name, as NewTable does.
func NewRelativeTable[V any](entries map[string]V) Table[V] {
	t := make(Table[V], len(entries))
	for s, v := range entries {
		n, err := ParseRelative(s)
		if err != nil {
			panic(err)
		}
		t[n] = v
	}
	return t
}

// Lookup returns what the table holds for n.
func (t Table[V]) Lookup(n Name) (V, bool) {
	return lookup(t, n)
}

// Func returns what the table holds for a function or method.
func (t Table[V]) Func(fn *types.Func) (V, bool) {
	n, ok := Func(fn)
	if !ok {
		var zero V
		return zero, false
	}
	return lookup(t, n)
}

// Field returns what the table holds for the i-th field of the struct
// type t, or of the struct t points to.
func (t Table[V]) Field(typ types.Type, i int) (V, bool) {
	n, ok := Field(typ, i)
	if !ok {
		var zero V
		return zero, false
	}
	return lookup(t, n)
}

// Var returns what the table holds for a package-level variable.
func (t Table[V]) Var(v *types.Var) (V, bool) {
	n, ok := Var(v)
	if !ok {
		var zero V
		return zero, false
	}
	return lookup(t, n)
}

func lookup[V any](t map[Name]V, n Name) (V, bool) {
	if v, ok := t[n]; ok {
		return v, true
	}
	// gopkg.in/telebot.v3.NewBot, written as Go tools print it, reads
	// like the member NewBot of a type v3 in gopkg.in/telebot: a
	// function of a package whose last element has a dot is found
	// under that reading too.
	if n.Type == "" {
		if pkg, typ := splitLast(n.Pkg); pkg != "" {
			v, ok := t[Name{Pkg: pkg, Type: typ, Member: n.Member}]
			return v, ok
		}
	}
	var zero V
	return zero, false
}

// Set is a set of names: the functions, methods, fields and variables of
// one kind that a project lists in .openaivet.yml.
type Set map[Name]bool

// NewSet makes a set from names written in the one format; it panics on
// a malformed name, as NewTable does.
func NewSet(names ...string) Set {
	s := make(Set, len(names))
	for _, n := range names {
		s[MustParse(n)] = true
	}
	return s
}

// Contains reports whether n is in the set.
func (s Set) Contains(n Name) bool {
	in, _ := lookup(s, n)
	return in
}

// Has reports whether a function or method is in the set.
func (s Set) Has(fn *types.Func) bool {
	in, _ := Table[bool](s).Func(fn)
	return in
}

// HasField reports whether the i-th field of the struct type t, or of the
// struct t points to, is in the set.
func (s Set) HasField(t types.Type, i int) bool {
	in, _ := Table[bool](s).Field(t, i)
	return in
}

// HasVar reports whether a package-level variable is in the set.
func (s Set) HasVar(v *types.Var) bool {
	in, _ := Table[bool](s).Var(v)
	return in
}
