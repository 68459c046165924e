package openaiapi

import (
	"go/ast"
	"go/types"
	"net/textproto"
	"slices"
)

// maxDepth bounds how far the resolver follows variables and builders; past
// it the answer is "unknown".
const maxDepth = 12

// origin is what an expression is known to set: the fields of params, or the
// fields and headers of a list of options.
type origin struct {
	known    bool
	fields   map[string][]Setting
	headers  map[string][]Setting
	literals []*ast.CompositeLit // the params literals the value comes from
	// otherHosts are the hosts, not OpenAI's, that a client's base URL
	// is set to on some path.
	otherHosts []string
	// shared holds when a client comes, on some path, from a variable
	// that outlives the function: a parameter, a package variable.
	shared bool
	// params are the parameters of the function whose value, given by
	// the caller, the expression may hold: what is known is known but for
	// what each caller passes.
	params []*types.Var
}

func knownOrigin() origin { return origin{known: true} }

// fromParameter is the origin of a parameter of the function: its callers'.
func fromParameter(v *types.Var) origin { return origin{known: true, params: []*types.Var{v}} }

// complete reports whether everything the origin may hold is known here,
// its callers' arguments included.
func (o origin) complete() bool { return o.known && len(o.params) == 0 }

func unknownOrigin() origin { return origin{} }

func (o *origin) merge(p origin) {
	o.known = o.known && p.known
	for tag, ss := range p.fields {
		o.addField(tag, ss...)
	}
	for name, ss := range p.headers {
		o.addHeader(name, ss...)
	}
	o.literals = append(o.literals, p.literals...)
	o.otherHosts = append(o.otherHosts, p.otherHosts...)
	o.shared = o.shared || p.shared
	for _, v := range p.params {
		if !slices.Contains(o.params, v) {
			o.params = append(o.params, v)
		}
	}
}

func (o *origin) addField(tag string, ss ...Setting) {
	if o.fields == nil {
		o.fields = make(map[string][]Setting)
	}
	o.fields[tag] = append(o.fields[tag], ss...)
}

func (o *origin) addHeader(name string, ss ...Setting) {
	if o.headers == nil {
		o.headers = make(map[string][]Setting)
	}
	name = textproto.CanonicalMIMEHeaderKey(name)
	o.headers[name] = append(o.headers[name], ss...)
}
