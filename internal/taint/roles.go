package taint

import (
	"go/constant"
	"go/token"
	"go/types"
	"slices"

	"github.com/openaivet/openaivet/internal/openaiapi"
	"golang.org/x/tools/go/ssa"
)

// Where a message's role is not written next to its text: a role passed
// to a constructor as an argument, and input decoded whole into a request
// or a history of messages, roles included. The knowledge of which types
// and functions these are is openaiapi's.

// roleArgument returns what goes into a call of a function that makes a
// message of the role its caller passes
// (responses.ResponseInputItemParamOfMessage(text, role)), placed in the
// system prompt when that role is a system or developer one, or is the
// user's choice.
func (s *state) roleArgument(fn *types.Func, args []ssa.Value, call *ssa.Call, in taint) taint {
	i, ok := openaiapi.MessageRoleArgument(fn)
	if !ok || i >= len(args) || len(in) == 0 {
		return in
	}
	if mayBeSystemRole(args[i], make(map[ssa.Value]bool)) {
		return inSystem(in, call.Pos())
	}
	chosen := s.use(args[i], call.Block())
	if len(chosen) == 0 {
		chosen = s.mappedRole(args[i], call.Block())
	}
	for _, l := range chosen {
		if !l.output && !l.allowlisted {
			return inSystem(in, call.Pos()) // the user chooses the role
		}
	}
	return in
}

// mappedRole returns the input that chooses a role through a function
// of the program that maps its arguments onto roles, the system's or the
// developer's among them (toRole(m.Role), with a case that returns
// llms.ChatMessageTypeSystem): the arguments' input. The role it returns
// carries none, since each of its returns is a constant.
func (s *state) mappedRole(v ssa.Value, b *ssa.BasicBlock) taint {
	call, ok := v.(*ssa.Call)
	if !ok {
		return nil
	}
	fn := call.Call.StaticCallee()
	if fn == nil || !returnsSystemRole(fn) {
		return nil
	}
	var t taint
	for _, arg := range call.Call.Args {
		t = join(t, s.use(arg, b))
	}
	return t
}

// returnsSystemRole reports whether a function returns, on some path, a
// constant system or developer role as its first result.
func returnsSystemRole(fn *ssa.Function) bool {
	for _, b := range fn.Blocks {
		if len(b.Instrs) == 0 {
			continue
		}
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && len(ret.Results) > 0 && mayBeSystemRole(ret.Results[0], make(map[ssa.Value]bool)) {
			return true
		}
	}
	return false
}

// roleStored returns what a store into a message's role field leaves in
// the message: user input there chooses the role, directly or through a
// function that maps it onto roles (see mappedRole), so it is placed in
// the system prompt, unless every way there checked it against fixed
// values.
// Only the unchecked input is marked: the message's text, which comes
// from the same source, is not cleared by a check of the role, nor made
// system text by a checked one.
func (s *state) roleStored(store *ssa.Store, t taint) taint {
	st, field, ok := structField(store.Addr)
	if !ok || !openaiapi.RoleField(st, field) {
		return t
	}
	if len(t) == 0 {
		t = s.mappedRole(store.Val, store.Block())
	}
	return t.with(func(l *label) {
		if !l.output && !l.allowlisted {
			l.enterSystem(store.Pos())
		}
	})
}

// mayBeSystemRole reports whether a role value is, on some path, a
// constant system or developer role.
func mayBeSystemRole(v ssa.Value, seen map[ssa.Value]bool) bool {
	if seen[v] {
		return false
	}
	seen[v] = true
	switch v := v.(type) {
	case *ssa.Const:
		return v.Value != nil && v.Value.Kind() == constant.String && openaiapi.SystemRoleName(constant.StringVal(v.Value))
	case *ssa.ChangeType:
		return mayBeSystemRole(v.X, seen)
	case *ssa.Convert:
		return mayBeSystemRole(v.X, seen)
	case *ssa.Phi:
		for _, e := range v.Edges {
			if mayBeSystemRole(e, seen) {
				return true
			}
		}
	}
	return false
}

// writtenWhole returns what a call that writes input into the memory
// behind its argument a leaves there. Input written whole into a value
// whose type holds messages' roles (a JSON body decoded into a request,
// or into a history of messages) chooses those roles: it is placed in the
// system prompt, at the call. When that value is itself sent as a
// request's params (a proxy), its output token bound is the user's too,
// unless the function sets one of its own on it.
func (s *state) writtenWhole(call *ssa.Call, a ssa.Value, t taint) taint {
	r := pointee(a)
	if r == nil || len(t) == 0 || !decodes(call) {
		return t
	}
	r = root(r)
	typ := a.Type()
	if mi, ok := a.(*ssa.MakeInterface); ok {
		typ = mi.X.Type()
	}
	if !openaiapi.ChoosesRole(typ) {
		return t
	}
	if sentAsParams(s.engine.calls, r) && !setsBound(r) {
		for _, l := range t {
			if l.output || l.bounded || l.allowlisted {
				continue
			}
			if s.bounds == nil {
				s.bounds = make(map[ssa.Instruction]BoundFlow)
			}
			if _, done := s.bounds[call]; !done {
				s.bounds[call] = BoundFlow{Pos: call.Pos(), Source: l.source, What: l.what}
				s.changed = true
			}
			break
		}
	}
	return inSystem(t, call.Pos())
}

// decodes reports whether a call may write its input whole into what its
// pointer arguments point to: any call but a client library's own helpers
// and setters (params.SetExtraFields sets the fields it names), except
// the params' UnmarshalJSON.
func decodes(call *ssa.Call) bool {
	callee := call.Common().StaticCallee()
	if callee == nil {
		return true // through an interface: a decoder, a reader
	}
	fn, ok := callee.Object().(*types.Func)
	if !ok || fn.Pkg() == nil || !openaiapi.IsClientPackage(fn.Pkg().Path()) {
		return true
	}
	return fn.Name() == unmarshalMethod
}

// unmarshalMethod decodes JSON into the value it is called on.
const unmarshalMethod = "UnmarshalJSON"

// sentAsParams reports whether what r holds is sent, as it is, as the
// params of a request.
func sentAsParams(calls map[token.Pos]*openaiapi.Request, r ssa.Value) bool {
	refs := r.Referrers()
	if refs == nil {
		return false
	}
	for _, ref := range *refs {
		load, ok := ref.(*ssa.UnOp)
		if !ok || load.Op != token.MUL || load.Referrers() == nil {
			continue
		}
		for _, use := range *load.Referrers() {
			if call, ok := use.(*ssa.Call); ok && calls[call.Pos()] != nil && types.Identical(load.Type(), calls[call.Pos()].Payload()) {
				return true
			}
		}
	}
	return false
}

// setsBound reports whether the function stores an output token bound
// into what r holds.
func setsBound(r ssa.Value) bool {
	refs := r.Referrers()
	if refs == nil {
		return false
	}
	for _, ref := range *refs {
		fa, ok := ref.(*ssa.FieldAddr)
		if !ok || !isBoundField(fa) || fa.Referrers() == nil {
			continue
		}
		for _, use := range *fa.Referrers() {
			if store, ok := use.(*ssa.Store); ok && store.Addr == fa {
				return true
			}
		}
	}
	return false
}

// templateInput returns the input that a run of a defined prompt gives
// the variables vars of its template (see
// openaiapi.Request.SystemTemplate): of its prompt arguments, of type
// payload, when they are the input, or else of what the template-input
// options among them are given (ai.WithInput(vars)).
func (s *state) templateInput(common *ssa.CallCommon, payload types.Type, vars []string, promptIsInput bool, b *ssa.BasicBlock) taint {
	var t taint
	for _, arg := range common.Args {
		if !types.Identical(arg.Type(), payload) {
			continue
		}
		if promptIsInput {
			t = join(t, s.inputVariables(arg, vars, common, b))
			continue
		}
		options, _ := sliceElems(arg)
		for _, opt := range options {
			if mi, ok := opt.(*ssa.MakeInterface); ok {
				opt = mi.X
			}
			call, ok := opt.(*ssa.Call)
			if !ok {
				continue
			}
			if fn, args := calleeFunc(&call.Call); fn != nil && openaiapi.TemplateInput(fn) {
				for _, a := range args {
					t = join(t, s.inputVariables(a, vars, &call.Call, b))
				}
			}
		}
	}
	return t
}

// inputVariables returns what a template's input v, given to the call
// given, holds in its variables vars: the values of those keys of a map,
// or of the fields of a struct with those JSON names, that the function
// fills in place; all of v when vars is empty or v is filled elsewhere.
func (s *state) inputVariables(v ssa.Value, vars []string, given *ssa.CallCommon, b *ssa.BasicBlock) taint {
	whole := s.use(v, b)
	if len(vars) == 0 {
		return whole
	}
	x := v
	if mi, ok := x.(*ssa.MakeInterface); ok {
		x = mi.X
	}
	if load, ok := x.(*ssa.UnOp); ok && load.Op == token.MUL {
		x = load.X
	}
	var t taint
	for _, ref := range *x.Referrers() {
		switch ref := ref.(type) {
		case *ssa.MapUpdate: // m["name"] = v, in a literal or after
			key, ok := ref.Key.(*ssa.Const)
			if !ok || key.Value == nil || key.Value.Kind() != constant.String {
				return whole
			}
			if slices.Contains(vars, constant.StringVal(key.Value)) {
				t = join(t, s.use(ref.Value, b))
			}
		case *ssa.FieldAddr: // T{Name: v}
			st, ok := ref.X.Type().Underlying().(*types.Pointer).Elem().Underlying().(*types.Struct)
			if !ok {
				return whole
			}
			if !slices.Contains(vars, openaiapi.JSONName(st, ref.Field)) {
				continue
			}
			for _, use := range *ref.Referrers() {
				if store, ok := use.(*ssa.Store); ok {
					t = join(t, s.use(store.Val, b))
				}
			}
		case *ssa.Call:
			if ref.Common() != given {
				return whole // given to a function that may fill it
			}
		case *ssa.MakeInterface, *ssa.UnOp, *ssa.DebugRef:
		default:
			return whole // given to a function that may fill it
		}
	}
	if _, made := x.(*ssa.MakeMap); !made {
		if _, made := x.(*ssa.Alloc); !made {
			return whole
		}
	}
	return t
}
