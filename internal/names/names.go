// Package names is the one format in which openaivet names the
// functions, methods, fields and variables it knows about, in its own
// tables and in .openaivet.yml alike, so that what a table holds can be
// written in a configuration file as it is.
//
// The format is the one Go tools print (go/types, typeutil.FuncName,
// staticcheck's knowledge):
//
//	fmt.Printf                                a package-level function
//	os.Args                                   a package-level variable
//	(*net/http.Request).FormValue             a method
//	(io.Reader).Read                          a method of an interface
//	(net/http.Request).Body                   a field
//	(connectrpc.com/connect.Request).Msg      a member of a generic type, without type arguments
//
// A member (a method or a field) is named by the type that declares it: a
// field promoted through an embedded field keeps its own type's name, so
// m.Content of a *discordgo.MessageCreate, which embeds *Message, is
// (github.com/bwmarrin/discordgo.Message).Content. The star of a pointer
// receiver may be written or left out: a type cannot declare a method of
// the same name on both T and *T, nor a method and a field of one name,
// so it tells no two members apart; String leaves it out.
//
// Two more spellings are read, for what .openaivet.yml accepted before
// there was one format: example.com/app/llm.Client.Ask, a member written
// without parentheses. Write a member of a package whose last path element
// has a dot (gopkg.in/telebot.v3) in parentheses.
package names

import (
	"fmt"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/mod/module"
)

// Name is a package-level function or variable, or a member (method or
// field) of a named type.
type Name struct {
	// Pkg is the import path of the package that declares it; "" in a
	// name relative to a library's root package (see Relative).
	Pkg string
	// Type is the named type whose member it is; "" for a package-level
	// function or variable.
	Type string
	// Member is the function's, variable's, method's or field's name.
	Member string
}

// String returns the name in the one format: fmt.Printf,
// (net/http.Request).Body.
func (n Name) String() string {
	pkg := n.Pkg
	if pkg != "" {
		pkg += "."
	}
	if n.Type == "" {
		return pkg + n.Member
	}
	return "(" + pkg + n.Type + ")." + n.Member
}

// Parse reads a name in the one format, or in the spelling without
// parentheses that .openaivet.yml accepted before.
func Parse(s string) (Name, error) { return parse(s, false) }

// ParseRelative reads a name whose package path is relative to a
// library's root package, as Relative makes them: option.WithJSONSet, or
// NewClient and (ChatCompletionService).New in the root package itself.
func ParseRelative(s string) (Name, error) { return parse(s, true) }

// MustParse is Parse for the tables of knowledge written in this
// repository; it panics on a malformed name.
func MustParse(s string) Name {
	n, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return n
}

func parse(s string, relative bool) (Name, error) {
	bad := fmt.Errorf("%q is not a name such as fmt.Printf, (*net/http.Request).FormValue or (net/http.Request).Body", s)
	var n Name
	if rest, ok := strings.CutPrefix(s, "("); ok {
		typ, member, ok := strings.Cut(rest, ").")
		if !ok {
			return Name{}, bad
		}
		n.Pkg, n.Type = splitLast(strings.TrimPrefix(typ, "*"))
		n.Member = member
	} else {
		// pkg.Member, or pkg.Type.Member: the dots after the last slash
		// say which.
		slash := strings.LastIndex(s, "/")
		parts := strings.Split(s[slash+1:], ".")
		dir := s[:slash+1]
		switch len(parts) {
		case 1:
			n.Member = parts[0]
			if dir != "" {
				return Name{}, bad
			}
		case 2:
			n.Pkg, n.Member = dir+parts[0], parts[1]
		case 3:
			n.Pkg, n.Type, n.Member = dir+parts[0], parts[1], parts[2]
		default:
			return Name{}, bad
		}
	}
	if !token.IsIdentifier(n.Member) || n.Type != "" && !token.IsIdentifier(n.Type) {
		return Name{}, bad
	}
	if n.Pkg == "" && !relative || n.Pkg != "" && module.CheckImportPath(n.Pkg) != nil {
		return Name{}, bad
	}
	return n, nil
}

// splitLast splits pkg.Name at the last dot after the last slash.
func splitLast(s string) (pkg, name string) {
	i := strings.LastIndex(s, ".")
	if i < strings.LastIndex(s, "/") || i < 0 {
		return "", s
	}
	return s[:i], s[i+1:]
}

// Relative returns n with its package path made relative to root, for
// tables that hold across a library's major versions:
// (github.com/openai/openai-go/v3.ChatCompletionService).New relative to
// github.com/openai/openai-go/v3 is (ChatCompletionService).New, and
// github.com/openai/openai-go/v3/option.WithJSONSet is option.WithJSONSet.
// It reports false for a name outside root.
func (n Name) Relative(root string) (Name, bool) {
	switch {
	case n.Pkg == root:
		n.Pkg = ""
	case strings.HasPrefix(n.Pkg, root+"/"):
		n.Pkg = n.Pkg[len(root)+1:]
	default:
		return Name{}, false
	}
	return n, true
}

// Func returns the name of a function, or of a method of a named type or
// interface. It reports false for a function without a package (the
// error interface's Error) and a method of an unnamed type.
func Func(fn *types.Func) (Name, bool) {
	if fn == nil || fn.Pkg() == nil {
		return Name{}, false
	}
	recv := fn.Signature().Recv()
	if recv == nil {
		return Name{Pkg: fn.Pkg().Path(), Member: fn.Name()}, true
	}
	named := namedOf(recv.Type())
	if named == nil {
		return Name{}, false
	}
	return Name{Pkg: named.Obj().Pkg().Path(), Type: named.Obj().Name(), Member: fn.Name()}, true
}

// Field returns the name of the i-th field of a named struct type t,
// or of the struct t points to.
func Field(t types.Type, i int) (Name, bool) {
	named := namedOf(t)
	if named == nil {
		return Name{}, false
	}
	st, ok := named.Underlying().(*types.Struct)
	if !ok || i < 0 || i >= st.NumFields() {
		return Name{}, false
	}
	return Name{Pkg: named.Obj().Pkg().Path(), Type: named.Obj().Name(), Member: st.Field(i).Name()}, true
}

// Type returns the name of a named type, or of the type t points to:
// net/http.Request, written as a package-level name.
func Type(t types.Type) (Name, bool) {
	named := namedOf(t)
	if named == nil {
		return Name{}, false
	}
	return Name{Pkg: named.Obj().Pkg().Path(), Member: named.Obj().Name()}, true
}

// Var returns the name of a package-level variable.
func Var(v *types.Var) (Name, bool) {
	if v == nil || v.Pkg() == nil || v.Parent() != v.Pkg().Scope() {
		return Name{}, false
	}
	return Name{Pkg: v.Pkg().Path(), Member: v.Name()}, true
}

// namedOf returns the named type of t, or of what t points to; nil when
// it has none, or belongs to no package.
func namedOf(t types.Type) *types.Named {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return nil
	}
	return named
}
