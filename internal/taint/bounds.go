package taint

import (
	"go/constant"
	"go/token"
	"go/types"
	"math/bits"
	"regexp/syntax"

	"github.com/openaivet/openaivet/internal/names"
	"golang.org/x/tools/go/ssa"
)

// lengthLimiters bound how much of a reader is read.
var lengthLimiters = names.NewSet("io.LimitReader", "net/http.MaxBytesReader")

// limitsLength reports whether fn bounds the length of what it returns.
func limitsLength(fn *types.Func) bool { return lengthLimiters.Has(fn) }

// bodyFields of an HTTP request are read from its body: once the body is
// bounded, so are they.
var bodyFields = map[string]bool{"Body": true, "Form": true, "PostForm": true, "MultipartForm": true}

// bodyReaders are the source calls that read a request's body (and, for
// the form readers, its URL query, which the server's header limit
// bounds): once the body is bounded, what they return is bounded too.
var bodyReaders = names.NewSet(
	"(*net/http.Request).FormValue",
	"(*net/http.Request).PostFormValue",
	"(*net/http.Request).FormFile",
	"(*net/http.Request).MultipartReader",

	"(*github.com/gin-gonic/gin.Context).PostForm",
	"(*github.com/gin-gonic/gin.Context).DefaultPostForm",
	"(*github.com/gin-gonic/gin.Context).GetRawData",
	"(*github.com/gin-gonic/gin.Context).ShouldBindJSON",
	"(*github.com/gin-gonic/gin.Context).ShouldBind",
	"(*github.com/gin-gonic/gin.Context).BindJSON",
	"(*github.com/gin-gonic/gin.Context).Bind",

	"(github.com/labstack/echo/v4.Context).FormValue",
	"(github.com/labstack/echo/v4.Context).Bind",
)

// readsBody reports whether a source call reads the request's body.
func readsBody(fn *types.Func) bool { return bodyReaders.Has(fn) }

// requestKey names a request the way a function reaches it: an
// *http.Request value, or a framework context's request (gin's c.Request,
// echo's c.Request()), by the context.
type requestKey struct {
	base ssa.Value
	// viaContext holds when base is a framework context.
	viaContext bool
}

// requestOf returns the key of an *http.Request value.
func requestOf(v ssa.Value) requestKey {
	switch x := v.(type) {
	case *ssa.UnOp:
		// c.Request, gin's field
		if fa, ok := x.X.(*ssa.FieldAddr); ok && x.Op == token.MUL && fieldName(fa) == "Request" {
			return requestKey{base: fa.X, viaContext: true}
		}
	case *ssa.Call:
		// c.Request(), echo's method
		if common := x.Common(); common.IsInvoke() && common.Method.Name() == "Request" {
			return requestKey{base: common.Value, viaContext: true}
		}
	}
	return requestKey{base: v}
}

// fieldName is the name of the field a FieldAddr selects.
func fieldName(fa *ssa.FieldAddr) string {
	_, field, ok := structField(fa)
	if !ok {
		return ""
	}
	return field.Name()
}

// bodyLimit is a store that bounds a request's body:
// r.Body = http.MaxBytesReader(w, r.Body, n).
type bodyLimit struct {
	store *ssa.Store
	req   requestKey
}

// bodyLimits finds the stores in fn that replace a request's body with a
// bounded reader.
func bodyLimits(fn *ssa.Function) []bodyLimit {
	var out []bodyLimit
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			store, ok := instr.(*ssa.Store)
			if !ok || !isRequestField(store.Addr, "Body") || !boundedReader(store.Val) {
				continue
			}
			out = append(out, bodyLimit{store, requestOf(store.Addr.(*ssa.FieldAddr).X)})
		}
	}
	return out
}

// boundedReader reports whether v is a reader that bounds what is read:
// http.MaxBytesReader, io.LimitReader, the latter in io.NopCloser.
func boundedReader(v ssa.Value) bool {
	for range 4 {
		switch x := unwrapConversions(v).(type) {
		case *ssa.Call:
			callee := x.Common().StaticCallee()
			if callee == nil {
				return false
			}
			fn, ok := callee.Object().(*types.Func)
			if !ok {
				return false
			}
			if limitsLength(fn) {
				return true
			}
			if fn.Pkg() != nil && fn.Pkg().Path() == "io" && fn.Name() == "NopCloser" && len(x.Common().Args) == 1 {
				v = x.Common().Args[0]
				continue
			}
		}
		return false
	}
	return false
}

// bodyBoundedAt reports whether the body of the request req is bounded
// when instr runs: a middleware bounded it before the function was
// called, or a store of a bounded reader into it comes first on every
// way to instr.
func (s *state) bodyBoundedAt(instr ssa.Instruction, req requestKey) bool {
	if s.entry.bodyBounded {
		return true
	}
	for _, bl := range s.bodyLimits {
		if bl.req != req {
			continue
		}
		sb, ib := bl.store.Block(), instr.Block()
		if sb == ib {
			for _, in := range sb.Instrs {
				if in == bl.store {
					return true
				}
				if in == instr {
					break
				}
			}
			continue
		}
		if sb.Dominates(ib) {
			return true
		}
	}
	return false
}

// limitOf says whether a value that a length or a number is compared
// with, or clamped to, is fixed by the program rather than chosen by the
// user: a constant (whose value it returns), a configured value (a
// package-level variable, a field, a parameter) that carries no input. In
// a summary, a limit that comes from parameters holds only if the caller
// passes fixed values there: boundIf says which.
func (s *state) limitOf(v ssa.Value) (fixed bool, limit int64, boundIf uint64) {
	return s.limitOfDepth(v, 0)
}

func (s *state) limitOfDepth(v ssa.Value, depth int) (fixed bool, limit int64, boundIf uint64) {
	if depth > 4 {
		return false, 0, 0
	}
	switch x := v.(type) {
	case *ssa.Const:
		if x.Value != nil && x.Value.Kind() == constant.Int {
			if n, exact := constant.Int64Val(x.Value); exact && n > 0 {
				return true, n, 0
			}
		}
		return true, 0, 0
	case *ssa.Convert:
		return s.limitOfDepth(x.X, depth+1)
	case *ssa.Phi:
		// limit := 4000; if premium { limit = 16000 }
		fixed, limit = true, 0
		for i, e := range x.Edges {
			f, l, p := s.limitOfDepth(e, depth+1)
			if !f {
				return false, 0, 0
			}
			if i == 0 || limit != 0 && l != 0 {
				limit = max(limit, l)
			}
			if l == 0 {
				limit = 0
			}
			boundIf |= p
		}
		return fixed, limit, boundIf
	case *ssa.UnOp:
		if x.Op != token.MUL {
			return false, 0, 0
		}
	case *ssa.Parameter, *ssa.FreeVar:
	default:
		return false, 0, 0
	}
	for _, l := range s.values[v] {
		if l.source >= 0 || l.source < -64 {
			return false, 0, 0 // input, model output, or a parameter out of reach
		}
		boundIf |= 1 << uint(-1-l.source)
	}
	return true, 0, boundIf
}

// boundBy returns the bound that checks against the given limits put on
// a value: the largest known limit (0 when one is unknown), and the
// parameters they hold for.
func (s *state) boundBy(limits []ssa.Value) (limit int64, boundIf uint64) {
	known := true
	for _, lim := range limits {
		if lim == nil {
			known = false // a check that holds by itself, of no stated size
			continue
		}
		fixed, l, p := s.limitOf(lim)
		if !fixed {
			continue
		}
		if l == 0 {
			known = false
		}
		limit = max(limit, l)
		boundIf |= p
	}
	if !known {
		limit = 0
	}
	return limit, boundIf
}

// acceptLimit is the guards' test of a limit: one the program fixed.
func (s *state) acceptLimit(limit ssa.Value) bool {
	fixed, _, _ := s.limitOf(limit)
	return fixed
}

// sliceBound says whether a slice's high index bounds its length: a
// limit the program fixed (s[:4000], s[:maxLen]), or min with one
// (s[:min(len(s), n)]).
func (s *state) sliceBound(high ssa.Value) (ok bool, limit int64, boundIf uint64) {
	if high == nil {
		return false, 0, 0
	}
	if call, isCall := high.(*ssa.Call); isCall {
		if b, isBuiltin := call.Common().Value.(*ssa.Builtin); isBuiltin && b.Name() == "min" {
			return s.minBound(call.Common().Args, label{})
		}
	}
	return s.limitOf(high)
}

// minBound says how min of args bounds what the argument with label l
// brought: by another argument that the program fixed, and does not
// depend on l's own parameter (min(n, hi) bounds n by hi, not by n).
func (s *state) minBound(args []ssa.Value, l label) (ok bool, limit int64, boundIf uint64) {
	certain, conditional := false, uint64(0)
	for _, a := range args {
		fixed, al, p := s.limitOf(a)
		if !fixed || l.source < 0 && l.source >= -64 && p&(1<<uint(-1-l.source)) != 0 {
			continue
		}
		if p == 0 {
			if !certain {
				limit = al
			} else if limit != 0 && al != 0 {
				limit = min(limit, al)
			} else if al != 0 {
				limit = al
			}
			certain = true
		} else if conditional == 0 {
			conditional = p
		}
	}
	switch {
	case certain:
		return true, limit, 0
	case conditional != 0:
		return true, 0, conditional
	}
	return false, 0, 0
}

// paramsOf lists the parameters in a set of bits.
func paramsOf(set uint64) []int {
	var ps []int
	for set != 0 {
		i := bits.TrailingZeros64(set)
		ps = append(ps, i)
		set &^= 1 << uint(i)
	}
	return ps
}

// boundedMatch recognizes re.MatchString(v) (or Match, or
// regexp.MatchString(pattern, v)) with a regular expression that matches
// only whole strings of bounded length: anchored at both ends, with no
// unbounded repetition.
func boundedMatch(call *ssa.Call) (ssa.Value, bool) {
	callee := call.Common().StaticCallee()
	if callee == nil || callee.Pkg == nil || callee.Pkg.Pkg.Path() != "regexp" {
		return nil, false
	}
	args := call.Common().Args
	if callee.Signature.Recv() == nil {
		// regexp.MatchString(pattern, s)
		if (callee.Name() == "MatchString" || callee.Name() == "Match") && len(args) == 2 {
			if pattern, ok := constString(args[0]); ok && boundedPattern(pattern) {
				return args[1], true
			}
		}
		return nil, false
	}
	if callee.Name() != "MatchString" && callee.Name() != "Match" || len(args) != 2 {
		return nil, false
	}
	pattern, ok := compiledPattern(args[0])
	if !ok || !boundedPattern(pattern) {
		return nil, false
	}
	return args[1], true
}

// compiledPattern returns the pattern a *regexp.Regexp was compiled from,
// when it is a constant: regexp.MustCompile("...") here, or in the
// initializer of a package-level variable.
func compiledPattern(re ssa.Value) (string, bool) {
	if load, ok := re.(*ssa.UnOp); ok && load.Op == token.MUL {
		g, ok := load.X.(*ssa.Global)
		if !ok {
			return "", false
		}
		init := g.Pkg.Func("init")
		if init == nil {
			return "", false
		}
		var stored ssa.Value
		for _, b := range init.Blocks {
			for _, instr := range b.Instrs {
				if st, ok := instr.(*ssa.Store); ok && st.Addr == g {
					if stored != nil {
						return "", false
					}
					stored = st.Val
				}
			}
		}
		re = stored
	}
	call, ok := re.(*ssa.Call)
	if !ok {
		return "", false
	}
	callee := call.Common().StaticCallee()
	if callee == nil || callee.Pkg == nil || callee.Pkg.Pkg.Path() != "regexp" ||
		callee.Name() != "MustCompile" && callee.Name() != "MustCompilePOSIX" || len(call.Common().Args) != 1 {
		return "", false
	}
	return constString(call.Common().Args[0])
}

func constString(v ssa.Value) (string, bool) {
	c, ok := v.(*ssa.Const)
	if !ok || c.Value == nil || c.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(c.Value), true
}

// boundedPattern reports whether a regular expression matches only whole
// strings of bounded length: each alternative starts at the beginning of
// the text and ends at its end (^...$ or \A...\z, not in multi-line
// mode), and nothing in between repeats without bound.
func boundedPattern(pattern string) bool {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return false
	}
	if _, finite := maxLength(re); !finite {
		return false
	}
	return anchored(re)
}

// anchored reports whether every match of re spans the whole text.
func anchored(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpCapture:
		return anchored(re.Sub[0])
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !anchored(sub) {
				return false
			}
		}
		return true
	case syntax.OpConcat:
		first, last := re.Sub[0], re.Sub[len(re.Sub)-1]
		for first.Op == syntax.OpCapture {
			first = first.Sub[0]
		}
		for last.Op == syntax.OpCapture {
			last = last.Sub[0]
		}
		return first.Op == syntax.OpBeginText && last.Op == syntax.OpEndText
	}
	return false
}

// maxLength returns the most runes re can match, and false when there is
// no most.
func maxLength(re *syntax.Regexp) (int, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		return len(re.Rune), true
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return 1, true
	case syntax.OpCapture, syntax.OpQuest:
		return maxLength(re.Sub[0])
	case syntax.OpStar, syntax.OpPlus:
		n, ok := maxLength(re.Sub[0])
		return 0, ok && n == 0
	case syntax.OpRepeat:
		n, ok := maxLength(re.Sub[0])
		if !ok || re.Max < 0 && n > 0 {
			return 0, false
		}
		return n * max(re.Max, 0), true
	case syntax.OpConcat:
		total := 0
		for _, sub := range re.Sub {
			n, ok := maxLength(sub)
			if !ok {
				return 0, false
			}
			total += n
		}
		return total, true
	case syntax.OpAlternate:
		most := 0
		for _, sub := range re.Sub {
			n, ok := maxLength(sub)
			if !ok {
				return 0, false
			}
			most = max(most, n)
		}
		return most, true
	}
	return 0, true // empty matches and assertions
}

// validations returns how the callee of a call reports that an argument
// passed a length check.
func (s *state) validations(call *ssa.Call) []Validation {
	callee := call.Common().StaticCallee()
	if callee == nil {
		return nil
	}
	fn, _ := callee.Object().(*types.Func)
	if fn == nil {
		return nil
	}
	if sum := s.summaryOf(callee, fn); sum != nil {
		return sum.Validates
	}
	return nil
}

// validates finds the parameters the function checks the length of, and
// the result that says so: a result that is a nil error, or true, only
// where the parameter passed a check against a limit the function fixed
// itself (validation helpers: if len(q) > 4000 { return errTooLong }).
func (s *state) validates() []Validation {
	var out []Validation
	results := s.fn.Signature.Results()
	certain := func(limit ssa.Value) bool {
		fixed, _, boundIf := s.limitOf(limit)
		return fixed && boundIf == 0
	}
	for i, p := range s.fn.Params {
		if s.guards.short.edges[p] == nil && !s.returnsCheckOf(p, certain) {
			continue
		}
		for k := range results.Len() {
			isErr := types.Identical(results.At(k).Type(), errorType)
			isBool := types.Identical(results.At(k).Type().Underlying(), types.Typ[types.Bool])
			if (isErr || isBool) && s.successBounds(p, k, isErr, certain) {
				out = append(out, Validation{Param: i, Result: k})
				break
			}
		}
	}
	return out
}

// returnsCheckOf reports whether the function returns a length check of p
// as a boolean: return len(q) <= 4000.
func (s *state) returnsCheckOf(p ssa.Value, accept func(ssa.Value) bool) bool {
	for _, b := range s.fn.Blocks {
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok {
			for _, r := range ret.Results {
				for _, c := range lengthConditions(r) {
					if c.v == p && c.whenTrue && (c.limit == nil || accept(c.limit)) {
						return true
					}
				}
			}
		}
	}
	return false
}

// successBounds reports whether every return that may give result k
// success (an error that may be nil, a boolean that may be true) is
// reached only once p passed a length check, and one does.
func (s *state) successBounds(p ssa.Value, k int, isErr bool, accept func(ssa.Value) bool) bool {
	successes := 0
	for _, b := range s.fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok {
			continue
		}
		r := ret.Results[k]
		if failure(r, isErr) {
			continue
		}
		if s.guards.short.guards(s.fn, p, b, accept) {
			successes++
			continue
		}
		checked := false
		for _, c := range lengthConditions(r) {
			checked = checked || c.v == p && c.whenTrue && (c.limit == nil || accept(c.limit))
		}
		if !checked {
			return false
		}
		successes++
	}
	return successes > 0
}

// failure reports whether a returned value certainly says failure: a
// non-nil error (a value made an interface, errors.New, fmt.Errorf), or
// false.
func failure(r ssa.Value, isErr bool) bool {
	c, isConst := r.(*ssa.Const)
	if !isErr {
		return isConst && c.Value != nil && !constant.BoolVal(c.Value)
	}
	switch x := r.(type) {
	case *ssa.MakeInterface:
		return true
	case *ssa.UnOp:
		// A package's error variable: errTooLong, io.EOF.
		_, global := x.X.(*ssa.Global)
		return global && x.Op == token.MUL
	case *ssa.Call:
		callee := x.Common().StaticCallee()
		if callee == nil || callee.Pkg == nil {
			return false
		}
		path, name := callee.Pkg.Pkg.Path(), callee.Name()
		return path == "errors" && name == "New" || path == "fmt" && name == "Errorf"
	}
	return false
}
