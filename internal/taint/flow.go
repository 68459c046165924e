package taint

import (
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"github.com/openaivet/openaivet/internal/openaiapi"
	"golang.org/x/tools/go/ssa"
)

// label is what the analysis knows of a tainted value.
type label struct {
	source token.Pos
	what   string
	// system holds once the value entered a system part of a prompt, at
	// systemPos when the syntax says where.
	system    bool
	systemPos token.Pos
	// allowlisted holds when every way the value took checked it
	// against fixed values.
	allowlisted bool
}

// join merges what two ways to a value carry.
func join(a, b *label) *label {
	switch {
	case a == nil:
		return b
	case b == nil:
		return a
	}
	j := *a
	if !j.system && b.system {
		j.system, j.systemPos = true, b.systemPos
	}
	j.allowlisted = a.allowlisted && b.allowlisted
	return &j
}

func (l *label) equal(m *label) bool {
	if l == nil || m == nil {
		return l == m
	}
	return *l == *m
}

// state is the taint of one function's values and memory.
type state struct {
	fn     *ssa.Function
	values map[ssa.Value]*label
	// memory holds the taint of what is stored in an allocation, a global
	// or anything else a pointer is rooted at, fields and elements
	// together.
	memory  map[ssa.Value]*label
	changed bool
	guards  *guards
}

func analyzeFunc(fn *ssa.Function, calls map[token.Pos]*openaiapi.Request) []Flow {
	s := &state{
		fn:     fn,
		values: make(map[ssa.Value]*label),
		memory: make(map[ssa.Value]*label),
		guards: newGuards(fn),
	}
	// Loops and phis need a fixed point; labels only grow, so it comes.
	for range 10 {
		s.changed = false
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				s.step(instr)
			}
		}
		if !s.changed {
			break
		}
	}
	var flows []Flow
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(*ssa.Call)
			if !ok {
				continue
			}
			req := calls[call.Pos()]
			if req == nil {
				continue
			}
			var l *label
			for _, arg := range call.Common().Args {
				if types.Identical(arg.Type(), req.Params) {
					l = join(l, s.use(arg, b))
				}
			}
			if l != nil {
				flows = append(flows, Flow{Request: req, Source: l.source, What: l.what, System: l.system, SystemPos: l.systemPos, Allowlisted: l.allowlisted})
			}
		}
	}
	return flows
}

func (s *state) setValue(v ssa.Value, l *label) {
	if l == nil {
		return
	}
	old := s.values[v]
	if n := join(old, l); !n.equal(old) {
		s.values[v] = n
		s.changed = true
	}
}

func (s *state) setMemory(root ssa.Value, l *label) {
	if l == nil || root == nil {
		return
	}
	old := s.memory[root]
	if n := join(old, l); !n.equal(old) {
		s.memory[root] = n
		s.changed = true
	}
}

// use returns the label of v as used in block b: a pointer carries what
// its memory holds, and a check of v against fixed values that guards b
// marks it allowlisted.
func (s *state) use(v ssa.Value, b *ssa.BasicBlock) *label {
	l := s.values[v]
	if _, ok := v.Type().Underlying().(*types.Pointer); ok {
		l = join(l, s.memory[root(v)])
	}
	if l != nil && !l.allowlisted && s.guards.allowlisted(v, b) {
		c := *l
		c.allowlisted = true
		l = &c
	}
	return l
}

// root returns what a pointer points into: the allocation, global or
// parameter under its field and element addresses.
func root(p ssa.Value) ssa.Value {
	for {
		switch x := p.(type) {
		case *ssa.FieldAddr:
			p = x.X
		case *ssa.IndexAddr:
			p = x.X
		case *ssa.Slice:
			p = x.X
		case *ssa.ChangeType:
			p = x.X
		default:
			return p
		}
	}
}

func (s *state) step(instr ssa.Instruction) {
	b := instr.Block()
	switch in := instr.(type) {
	case *ssa.UnOp:
		if in.Op == token.MUL {
			if l := sourceField(in.X); l != nil {
				s.setValue(in, l)
				return
			}
			s.setValue(in, s.memory[root(in.X)])
			return
		}
		s.setValue(in, s.use(in.X, b))
	case *ssa.BinOp:
		if in.Op == token.ADD {
			s.setValue(in, join(s.use(in.X, b), s.use(in.Y, b)))
		}
	case *ssa.Convert:
		s.setValue(in, s.use(in.X, b))
	case *ssa.ChangeType:
		s.setValue(in, s.use(in.X, b))
	case *ssa.MakeInterface:
		s.setValue(in, s.use(in.X, b))
	case *ssa.ChangeInterface:
		s.setValue(in, s.use(in.X, b))
	case *ssa.MultiConvert:
		s.setValue(in, s.use(in.X, b))
	case *ssa.SliceToArrayPointer:
		s.setValue(in, s.use(in.X, b))
	case *ssa.Slice:
		s.setValue(in, s.use(in.X, b))
	case *ssa.TypeAssert:
		s.setValue(in, s.use(in.X, b))
	case *ssa.Extract:
		s.setValue(in, s.use(in.Tuple, b))
	case *ssa.Field:
		s.setValue(in, s.use(in.X, b))
	case *ssa.Index:
		s.setValue(in, s.use(in.X, b))
	case *ssa.Lookup:
		if !in.CommaOk {
			s.setValue(in, s.use(in.X, b))
		}
	case *ssa.Range:
		s.setValue(in, s.use(in.X, b))
	case *ssa.Next:
		s.setValue(in, s.use(in.Iter, b))
	case *ssa.Phi:
		var l *label
		for i, e := range in.Edges {
			l = join(l, s.use(e, b.Preds[i]))
		}
		s.setValue(in, l)
	case *ssa.Store:
		l := s.use(in.Val, b)
		if l != nil {
			l = s.placed(in, l)
		}
		s.setMemory(root(in.Addr), l)
	case *ssa.MapUpdate:
		s.setMemory(root(in.Map), join(s.use(in.Key, b), s.use(in.Value, b)))
	case *ssa.Call:
		s.call(in)
	}
}

// placed marks a label stored into a system part of a prompt: the
// instructions of a request, or the content of a message whose role field
// says system or developer.
func (s *state) placed(store *ssa.Store, l *label) *label {
	fa, ok := store.Addr.(*ssa.FieldAddr)
	if !ok {
		return l
	}
	st, ok := fa.X.Type().Underlying().(*types.Pointer).Elem().Underlying().(*types.Struct)
	if !ok {
		return l
	}
	field := st.Field(fa.Field)
	role, ok := openaiapi.PromptField(st, field)
	if !ok {
		return l
	}
	if role != openaiapi.SystemRole && !hasSystemRole(fa.X, st) {
		return l
	}
	c := *l
	if !c.system {
		c.system, c.systemPos = true, store.Pos()
	}
	return &c
}

// hasSystemRole reports whether a message struct has its role field set to
// a constant system or developer role.
func hasSystemRole(msg ssa.Value, st *types.Struct) bool {
	for _, ref := range *msg.Referrers() {
		fa, ok := ref.(*ssa.FieldAddr)
		if !ok || !openaiapi.RoleField(st, st.Field(fa.Field)) {
			continue
		}
		for _, use := range *fa.Referrers() {
			if store, ok := use.(*ssa.Store); ok {
				if c, ok := store.Val.(*ssa.Const); ok && c.Value != nil && c.Value.Kind() == constant.String &&
					openaiapi.SystemRoleName(constant.StringVal(c.Value)) {
					return true
				}
			}
		}
	}
	return false
}

func (s *state) call(call *ssa.Call) {
	b := call.Block()
	common := call.Common()
	if builtin, ok := common.Value.(*ssa.Builtin); ok {
		s.builtin(call, builtin.Name())
		return
	}
	callee := common.StaticCallee()
	var fn *types.Func
	if callee != nil {
		if obj, ok := callee.Object().(*types.Func); ok {
			fn = obj
		} else if callee.Origin() != nil {
			fn, _ = callee.Origin().Object().(*types.Func)
		}
	} else if common.IsInvoke() {
		fn = common.Method
	}
	if fn == nil {
		return
	}
	if l := sourceCall(fn, call); l != nil {
		s.setValue(call, l)
		for _, a := range common.Args {
			s.setMemory(pointee(a), l) // c.ShouldBindJSON(&req)
		}
		return
	}
	if !propagates(fn) {
		return
	}
	var in *label
	args := common.Args
	if common.IsInvoke() {
		args = append([]ssa.Value{common.Value}, args...)
	}
	for _, a := range args {
		in = join(in, s.use(a, b))
	}
	if in == nil {
		return
	}
	if role, ok := openaiapi.MessageConstructor(fn); ok && role == openaiapi.SystemRole && !in.system {
		c := *in
		c.system, c.systemPos = true, call.Pos()
		in = &c
	}
	s.setValue(call, in)
	// What goes in may come out through a pointer: Decode(&v),
	// io.Copy(&buf, body), b.WriteString(s).
	for _, a := range args {
		s.setMemory(pointee(a), in)
	}
}

// propagates reports whether a function carries what goes into it to what
// comes out: the standard library and the client libraries' helpers do;
// the project's own functions need summaries, which are to come.
func propagates(fn *types.Func) bool {
	if fn.Pkg() == nil {
		return true // error.Error and the like
	}
	path := fn.Pkg().Path()
	if openaiapi.IsClientPackage(path) {
		return fn.Signature().Recv() == nil // helpers, not requests
	}
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

// builtin carries taint through append and copy.
func (s *state) builtin(call *ssa.Call, name string) {
	b := call.Block()
	args := call.Common().Args
	switch name {
	case "append":
		var l *label
		for _, a := range args {
			l = join(l, s.use(a, b))
		}
		s.setValue(call, l)
	case "copy":
		if len(args) == 2 {
			s.setMemory(root(args[0]), s.use(args[1], b))
		}
	}
}

// pointee returns the memory an argument lets a callee write: the root of
// a pointer, passed as is or as an interface (json.Decode(&v) takes any).
func pointee(a ssa.Value) ssa.Value {
	if mi, ok := a.(*ssa.MakeInterface); ok {
		a = mi.X
	}
	if _, ok := a.Type().Underlying().(*types.Pointer); !ok {
		return nil
	}
	return root(a)
}
