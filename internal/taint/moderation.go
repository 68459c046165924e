package taint

import (
	"go/constant"
	"go/token"
	"go/types"
	"slices"

	"github.com/openaivet/openaivet/internal/names"
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
	// failed are the branches taken when the call itself failed (its
	// error is not nil): no verdict there either.
	failed []*ssa.BasicBlock
	// helper is set when the call is to a function that moderates its
	// argument and reports the verdict through a result.
	helper *Verdict
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
			m := &moderationCall{call: call, sources: make(map[token.Pos]bool)}
			if req := calls[call.Pos()]; req != nil && req.Endpoint.Kind == openaiapi.Moderation {
				for _, arg := range call.Common().Args {
					if types.Identical(arg.Type(), req.Payload()) {
						for _, l := range s.use(arg, b) {
							m.sources[l.source] = true
						}
					}
				}
			} else if v := s.helperVerdict(call); v != nil {
				// A helper that moderates its argument and reports the
				// verdict through a result.
				m.helper = v
				for _, l := range s.use(call.Common().Args[v.Param], b) {
					m.sources[l.source] = true
				}
			} else {
				continue
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
		if m := byCall[call]; m != nil && m.helper == nil {
			m.flagged = append(m.flagged, b.Succs[branch(!negated)])
		}
		// A moderation call that failed gave no verdict: the branch taken
		// on its error must stop the input as a flagged one does, or the
		// moderation fails open (err == nil && Flagged lets an input
		// through whenever the call fails).
		if call, failedWhen, ok := errorCondition(ifInstr.Cond); ok {
			if m := byCall[call]; m != nil && m.helper == nil {
				m.failed = append(m.failed, b.Succs[branch(failedWhen)])
			}
		}
		if call, flaggedWhen, ok := helperCondition(ifInstr.Cond, byCall); ok {
			m := byCall[call]
			m.flagged = append(m.flagged, b.Succs[branch(flaggedWhen)])
		}
	}
	return mods
}

// helperVerdict returns how a call's callee reports the moderation of one
// of its arguments, if it does.
func (s *state) helperVerdict(call *ssa.Call) *Verdict {
	common := call.Common()
	callee := common.StaticCallee()
	if callee == nil {
		return nil
	}
	fn, _ := callee.Object().(*types.Func)
	if fn == nil {
		return nil
	}
	sum := s.summaryOf(callee, fn)
	if sum == nil || len(sum.Verdicts) == 0 || sum.Verdicts[0].Param >= len(common.Args) {
		return nil
	}
	return &sum.Verdicts[0]
}

// helperCondition recognizes a test of a moderation helper's verdict
// result (err != nil, flagged, !ok) and says on which branch the input
// was flagged.
func helperCondition(cond ssa.Value, mods map[*ssa.Call]*moderationCall) (*ssa.Call, bool, bool) {
	cond, negated := unnegate(cond)
	result := func(v ssa.Value) (*ssa.Call, *Verdict) {
		idx := 0
		if ex, ok := v.(*ssa.Extract); ok {
			v, idx = ex.Tuple, ex.Index
		}
		call, ok := v.(*ssa.Call)
		if !ok || mods[call] == nil || mods[call].helper == nil || mods[call].helper.Result != idx {
			return nil, nil
		}
		return call, mods[call].helper
	}
	if bin, ok := cond.(*ssa.BinOp); ok && (bin.Op == token.NEQ || bin.Op == token.EQL) {
		x, y := bin.X, bin.Y
		if _, isConst := x.(*ssa.Const); isConst {
			x, y = y, x
		}
		if c, isConst := y.(*ssa.Const); isConst && c.IsNil() {
			if call, v := result(x); call != nil && v.Error {
				// err != nil holds when flagged.
				return call, (bin.Op == token.NEQ) != negated, true
			}
		}
		return nil, false, false
	}
	if call, v := result(cond); call != nil && !v.Error {
		return call, negated == v.Clean, true
	}
	return nil, false, false
}

// errorCondition recognizes a test of a call's error result against nil
// (err != nil, err == nil) and says on which branch the call failed.
func errorCondition(cond ssa.Value) (call *ssa.Call, failedWhen bool, ok bool) {
	cond, negated := unnegate(cond)
	bin, isBin := cond.(*ssa.BinOp)
	if !isBin || bin.Op != token.NEQ && bin.Op != token.EQL {
		return nil, false, false
	}
	x, y := bin.X, bin.Y
	if _, isConst := x.(*ssa.Const); isConst {
		x, y = y, x
	}
	if c, isConst := y.(*ssa.Const); !isConst || !c.IsNil() {
		return nil, false, false
	}
	ex, isExtract := x.(*ssa.Extract)
	if !isExtract || !types.Identical(ex.Type(), types.Universe.Lookup("error").Type()) {
		return nil, false, false
	}
	call, ok = ex.Tuple.(*ssa.Call)
	return call, (bin.Op == token.NEQ) != negated, ok
}

// verdictOf recognizes a condition on a moderation verdict (a result's
// Flagged field, possibly negated) and returns the call it came from.
func verdictOf(cond ssa.Value) (call *ssa.Call, negated bool) {
	v, negated := unnegate(cond)
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
			// stored in it; or a program's own struct that a response's
			// JSON was decoded into: the request that got the response.
			if call := decodedResponse(b); call != nil {
				return call, negated
			}
			base = storedIn(b)
		default:
			return nil, false
		}
	}
	return nil, false
}

// decodedResponse returns the request whose response's body is decoded
// into a local variable: json.NewDecoder(resp.Body).Decode(&v), or
// json.Unmarshal(data, &v) where data is io.ReadAll(resp.Body); resp is
// what http.Post returned, or Client.Do of what http.NewRequest made, or
// what a function of the program's that posts what it is given returned.
// The request is the call of http.Post, of http.NewRequest or of that
// function.
func decodedResponse(alloc *ssa.Alloc) *ssa.Call {
	// The pointer goes in as an any.
	var uses []ssa.Instruction
	for _, ref := range *alloc.Referrers() {
		if mi, ok := ref.(*ssa.MakeInterface); ok {
			uses = append(uses, *mi.Referrers()...)
		}
	}
	for _, ref := range uses {
		call, ok := ref.(*ssa.Call)
		if !ok || len(call.Call.Args) != 2 {
			continue
		}
		if mi, ok := call.Call.Args[1].(*ssa.MakeInterface); !ok || mi.X != alloc {
			continue
		}
		fn, args := calleeFunc(&call.Call)
		switch {
		case fn == nil:
		case unmarshals.Has(fn):
			if read, ok := extracted(args[0]); ok && isCallOf(read, bodyReads) {
				return requestOfBody(read.Call.Args[0])
			}
		case jsonDecodes.Has(fn):
			if dec, ok := args[0].(*ssa.Call); ok && isCallOf(dec, newDecoders) {
				return requestOfBody(dec.Call.Args[0])
			}
		}
	}
	return nil
}

var (
	unmarshals  = names.NewSet("encoding/json.Unmarshal")
	jsonDecodes = names.NewSet("(encoding/json.Decoder).Decode")
	newDecoders = names.NewSet("encoding/json.NewDecoder")
	bodyReads   = names.NewSet("io.ReadAll")
)

// requestOfBody returns the request whose response's body v is:
// resp.Body.
func requestOfBody(v ssa.Value) *ssa.Call {
	if ci, ok := v.(*ssa.ChangeInterface); ok {
		v = ci.X // an io.ReadCloser given as an io.Reader
	}
	load, ok := v.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return nil
	}
	fa, ok := load.X.(*ssa.FieldAddr)
	if !ok {
		return nil
	}
	sent, ok := extracted(fa.X)
	if !ok {
		return nil
	}
	fn, args := calleeFunc(&sent.Call)
	if fn == nil {
		return nil
	}
	switch ofArgument, ok := openaiapi.HTTPResponse(fn); {
	case !ok:
		// A function of the program's that posts a body it is given
		// returns the response to the request its call is.
		return sent
	case !ofArgument:
		return sent
	default:
		if made, ok := extracted(args[len(args)-1]); ok {
			return made
		}
	}
	return nil
}

// extracted returns the call whose first result v is.
func extracted(v ssa.Value) (*ssa.Call, bool) {
	if e, ok := v.(*ssa.Extract); ok && e.Index == 0 {
		v = e.Tuple
	}
	call, ok := v.(*ssa.Call)
	return call, ok
}

func isCallOf(call *ssa.Call, set names.Set) bool {
	fn, _ := calleeFunc(&call.Call)
	return fn != nil && set.Has(fn)
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
// b, checks its verdict, and no flagged branch leads to b with the flagged
// input. A way that reads the input again carries new input (a bot's loop
// that skips a flagged message with continue), and one that ends the
// program (log.Fatal) carries none.
func (s *state) moderated(mods []*moderationCall, source token.Pos, b *ssa.BasicBlock) bool {
	read := s.blockAt(source)
	if read == b {
		read = nil // read where it is sent: no way comes round to it
	}
	for _, m := range mods {
		if !m.sources[source] || len(m.flagged) == 0 || m.call.Block() == b {
			continue // not this input, no verdict read, or the verdict read after the request
		}
		if reachable(s.fn.Blocks[0], b, m.call.Block()) {
			continue // a way around the moderation call
		}
		passed := true
		for _, f := range slices.Concat(m.flagged, m.failed) {
			if f == b || !endsProgram(f) && reachable(f, b, read) {
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

// blockAt returns the block of the function's instruction at pos, the
// read of a source, or nil.
func (s *state) blockAt(pos token.Pos) *ssa.BasicBlock {
	for _, b := range s.fn.Blocks {
		for _, instr := range b.Instrs {
			if instr.Pos() == pos {
				return b
			}
		}
	}
	return nil
}

// endsProgram reports whether a block ends the program before it ends:
// os.Exit, log.Fatal and its kin.
func endsProgram(b *ssa.BasicBlock) bool {
	for _, instr := range b.Instrs {
		call, ok := instr.(*ssa.Call)
		if !ok {
			continue
		}
		if callee := call.Common().StaticCallee(); callee != nil {
			if fn, ok := callee.Object().(*types.Func); ok && exits.Has(fn) {
				return true
			}
		}
	}
	return false
}

// exits end the program.
var exits = names.NewSet("os.Exit", "log.Fatal", "log.Fatalf", "log.Fatalln",
	"(*log.Logger).Fatal", "(*log.Logger).Fatalf", "(*log.Logger).Fatalln")

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

// verdicts finds how fn reports the moderation of its parameters: a
// moderation call of parameter i whose flagged and failed ways all
// return, as result k, a non-nil error, or a boolean that says flagged
// (true) or clean (false); a boolean result may also be the verdict
// itself (return mod.Results[0].Flagged), or its negation.
func (s *state) verdicts() []Verdict {
	var out []Verdict
	results := s.fn.Signature.Results()
	for _, m := range s.moderations(s.engine.calls) {
		if m.helper != nil {
			continue
		}
		for src := range m.sources {
			if src >= 0 {
				continue
			}
			for k := range results.Len() {
				v := Verdict{Param: int(-1 - src), Result: k}
				ok := false
				switch {
				case types.Identical(results.At(k).Type(), errorType):
					v.Error = true
					ok = len(m.flagged) > 0 && s.flaggedReturns(m, k, func(r ssa.Value) bool {
						c, isConst := r.(*ssa.Const)
						return !isConst || !c.IsNil()
					})
				case types.Identical(results.At(k).Type().Underlying(), types.Typ[types.Bool]):
					v.Clean, ok = s.booleanVerdict(m, k)
				}
				if ok {
					out = append(out, v)
					break
				}
			}
		}
	}
	return out
}

// booleanVerdict reports whether boolean result k of fn gives m's verdict,
// and whether true says clean rather than flagged.
func (s *state) booleanVerdict(m *moderationCall, k int) (clean, ok bool) {
	saysFlagged, saysClean, returnsVerdict := true, true, false
	for _, b := range s.fn.Blocks {
		ret, isRet := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !isRet {
			continue
		}
		given := []ssa.Value{ret.Results[k]}
		if phi, ok := ret.Results[k].(*ssa.Phi); ok {
			given = phi.Edges
		}
		for _, r := range given {
			if call, negated := verdictOf(r); call == m.call {
				returnsVerdict = true
				saysFlagged = saysFlagged && !negated
				saysClean = saysClean && negated
			}
		}
	}
	if !returnsVerdict && len(m.flagged) == 0 {
		return false, false // the verdict is not looked at
	}
	// gives says whether a returned value is want on a flagged or failed
	// way: that constant, or the verdict itself.
	gives := func(want bool) func(ssa.Value) bool {
		return func(r ssa.Value) bool {
			if call, _ := verdictOf(r); call == m.call {
				return true // the verdict itself, on a way it was not checked
			}
			c, ok := r.(*ssa.Const)
			return ok && c.Value != nil && constant.BoolVal(c.Value) == want
		}
	}
	switch {
	case saysFlagged && s.flaggedReturns(m, k, gives(true)):
		return false, true
	case saysClean && s.flaggedReturns(m, k, gives(false)):
		return true, true
	}
	return false, false
}

// flaggedReturns reports whether every return reachable from m's flagged
// and failed branches gives result k a value that says so, and whether
// there is one. A result merged from several ways (return err == nil &&
// !flagged) is judged by what each of those ways gives it.
func (s *state) flaggedReturns(m *moderationCall, k int, says func(ssa.Value) bool) bool {
	reached := make(map[*ssa.BasicBlock]bool)
	queue := slices.Concat(m.flagged, m.failed)
	targets := make(map[*ssa.BasicBlock]bool)
	for _, b := range queue {
		targets[b] = true
	}
	// onWay reports whether the way from pred to b is flagged or failed:
	// within what those branches reach, or one of the branches itself.
	onWay := func(pred, b *ssa.BasicBlock) bool {
		if reached[pred] {
			return true
		}
		if !targets[b] {
			return false
		}
		ifInstr, ok := pred.Instrs[len(pred.Instrs)-1].(*ssa.If)
		if !ok {
			return false
		}
		verdictCall, _ := verdictOf(ifInstr.Cond)
		errCall, _, _ := errorCondition(ifInstr.Cond)
		return verdictCall == m.call || errCall == m.call
	}
	for len(queue) > 0 {
		b := queue[0]
		queue = queue[1:]
		if !reached[b] {
			reached[b] = true
			queue = append(queue, b.Succs...)
		}
	}
	returns := 0
	for b := range reached {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok {
			continue
		}
		returns++
		r := ret.Results[k]
		if phi, ok := r.(*ssa.Phi); ok && phi.Block() == b {
			for i, e := range phi.Edges {
				if onWay(b.Preds[i], b) && !says(e) {
					return false
				}
			}
			continue
		}
		if !says(r) {
			return false
		}
	}
	return returns > 0 || len(m.flagged) == 0
}

// unnegate strips the ! operators off a condition and says whether an odd
// number of them was there.
func unnegate(cond ssa.Value) (ssa.Value, bool) {
	negated := false
	for {
		u, ok := cond.(*ssa.UnOp)
		if !ok || u.Op != token.NOT {
			return cond, negated
		}
		negated, cond = !negated, u.X
	}
}
