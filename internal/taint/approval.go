package taint

import (
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"
	"unicode"

	"github.com/openaivet/openaivet/internal/names"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
)

// A person in the loop: model output that runs only once someone said
// yes is reviewed. A branch is an approval when it is taken only on a yes:
//
//   - an answer read from the terminal, typed or chosen from a prompt
//     library's menu, equal to a choice that is no refusal ("y", "yes",
//     "r" for run, "Execute"; not "n", "no", "q" or "cancel"): the
//     person saw the command and chose the branch, if answer != "y" {
//     return }, switch answer { case "r": ... };
//   - a prompt library's confirmation: the boolean answer survey or huh
//     writes, or no error from a promptui prompt made with IsConfirm;
//   - the boolean result of an approval callback the program is given
//     (a function value or an interface method named like approve,
//     confirm, consent or review);
//   - the boolean result of a function of the package that returns true
//     only on such a yes (a summary's Approves), or of one that
//     .openaivet.yml names as a sanitizer; or a result compared with the
//     constant such a function returns only on a yes (if ask(cmd) == Run).
//
// Output used where every way passes an approval branch reaches no sink
// unreviewed: the person was asked before it ran.

// terminalReads read a line or a word from what they are given; with the
// terminal's standard input, the operator's answer.
var terminalReads = names.NewSet(
	"(*bufio.Reader).ReadString",
	"(*bufio.Reader).ReadLine",
	"(*bufio.Reader).ReadBytes",
	"(*bufio.Scanner).Text",
	"(*bufio.Scanner).Bytes",
)

// terminalScans write what they read into their pointer arguments:
// fmt.Scanln(&answer) reads the terminal, fmt.Fscanln(os.Stdin, &answer)
// too.
var terminalScans = names.NewSet(
	"fmt.Scan", "fmt.Scanln", "fmt.Scanf",
	"fmt.Fscan", "fmt.Fscanln", "fmt.Fscanf",
)

// terminalAnswers are prompt libraries' calls that ask on the terminal,
// and which of their results is the answer: the text typed or the item
// chosen.
var terminalAnswers = names.NewTable(map[string]int{
	"(*github.com/manifoldco/promptui.Prompt).Run": 0,
	"(*github.com/manifoldco/promptui.Select).Run": 1,
})

// terminalBinds write the answer to a question on the terminal into
// their pointer argument (counted without the receiver): survey's
// AskOne(&survey.Confirm{...}, &ok), huh's NewConfirm().Value(&ok).
var terminalBinds = names.NewTable(map[string]int{
	"github.com/AlecAivazis/survey/v2.AskOne":       1,
	"(*github.com/charmbracelet/huh.Confirm).Value": 0,
	"(*github.com/charmbracelet/huh.Input).Value":   0,
	"(*github.com/charmbracelet/huh.Select).Value":  0,
})

// confirmPrompts return no error only on a yes when the prompt's field
// of this name is true: promptui.Prompt{IsConfirm: true}.
var confirmPrompts = names.NewTable(map[string]string{
	"(*github.com/manifoldco/promptui.Prompt).Run": "IsConfirm",
})

// answerTransforms leave an answer the answer it was: trimmed, in another
// case.
var answerTransforms = names.NewSet(
	"strings.TrimSpace", "strings.ToLower", "strings.ToUpper", "strings.Trim",
	"strings.TrimRight", "strings.TrimSuffix", "strings.TrimLeft", "strings.TrimPrefix",
	"bytes.TrimSpace", "bytes.ToLower", "bytes.ToUpper",
)

// asksTerminal reports whether a package of the program reads an answer
// on the terminal: a function of it may return a person's yes, for the
// packages that import it (a summary's Approves).
func asksTerminal(pass *analysis.Pass) bool {
	if dependency(pass) {
		return false
	}
	stdin, reads := false, false
	for _, obj := range pass.TypesInfo.Uses {
		switch obj := obj.(type) {
		case *types.Var:
			stdin = stdin || obj.Pkg() != nil && obj.Pkg().Path() == "os" && obj.Name() == "Stdin"
		case *types.Func:
			_, answers := terminalAnswers.Func(obj)
			_, binds := terminalBinds.Func(obj)
			if answers || binds || terminalScans.Has(obj) && !strings.HasPrefix(obj.Name(), "F") {
				return true // a prompt library, or fmt.Scanln
			}
			reads = reads || terminalReads.Has(obj) || terminalScans.Has(obj)
		}
	}
	return stdin && reads // a reader or fmt.Fscan on os.Stdin
}

// refusals are the answers, typed or chosen from a menu, that say no:
// every other choice a person makes is a yes to its branch.
var refusals = map[string]bool{
	"n": true, "no": true, "q": true, "quit": true, "exit": true, "cancel": true, "abort": true, "skip": true,
}

// approvalWords name callbacks and fields that ask a person.
var approvalWords = []string{"approv", "confirm", "consent", "review"}

// approval reports whether a condition is an approval, and on which
// branch (whenTrue) a person said yes.
func (s *state) approval(cond ssa.Value) (whenTrue bool, ok bool) {
	cond, negated := unnegate(cond)
	switch c := cond.(type) {
	case *ssa.BinOp:
		if c.Op != token.EQL && c.Op != token.NEQ {
			return false, false
		}
		x, y := c.X, c.Y
		if _, isConst := x.(*ssa.Const); isConst {
			x, y = y, x
		}
		if chosen(y) && fromTerminal(x, 0) {
			return (c.Op == token.EQL) != negated, true
		}
		if isNil(y) && confirmedError(x) {
			// _, err := prompt.Run(); if err != nil { return }
			return (c.Op == token.EQL) != negated, true
		}
		if s.approvedChoice(x, y) {
			// if ask(cmd) == Run
			return (c.Op == token.EQL) != negated, true
		}
	case *ssa.Call:
		// strings.EqualFold(answer, "yes"), strings.HasPrefix(answer, "y")
		callee := c.Common().StaticCallee()
		args := c.Common().Args
		if callee != nil && callee.Pkg != nil && callee.Pkg.Pkg.Path() == "strings" &&
			(callee.Name() == "EqualFold" || callee.Name() == "HasPrefix") && len(args) == 2 &&
			chosen(args[1]) && fromTerminal(args[0], 0) {
			return !negated, true
		}
		if s.approves(c, Yes{0, "true"}) {
			return !negated, true
		}
	case *ssa.Extract:
		// ok, err := confirm(cmd)
		if call, isCall := c.Tuple.(*ssa.Call); isCall && s.approves(call, Yes{c.Index, "true"}) {
			return !negated, true
		}
	case *ssa.UnOp:
		// survey.AskOne(&survey.Confirm{...}, &ok); if ok
		if alloc, isAlloc := c.X.(*ssa.Alloc); isAlloc && c.Op == token.MUL &&
			types.Identical(c.Type().Underlying(), types.Typ[types.Bool]) && boundToTerminal(alloc) {
			return !negated, true
		}
	}
	return false, false
}

// approvedChoice reports whether x is a call's result that has the
// constant y only when a person approved.
func (s *state) approvedChoice(x, y ssa.Value) bool {
	c, ok := y.(*ssa.Const)
	if !ok || c.Value == nil {
		return false
	}
	k := 0
	if extract, ok := x.(*ssa.Extract); ok {
		x, k = extract.Tuple, extract.Index
	}
	call, ok := x.(*ssa.Call)
	return ok && s.approves(call, Yes{k, c.Value.ExactString()})
}

// isNil reports whether v is the constant nil.
func isNil(v ssa.Value) bool {
	c, ok := v.(*ssa.Const)
	return ok && c.Value == nil
}

// confirmedError reports whether v is the error of a confirmation prompt,
// nil only when the person said yes.
func confirmedError(v ssa.Value) bool {
	extract, ok := v.(*ssa.Extract)
	if !ok {
		return false
	}
	call, ok := extract.Tuple.(*ssa.Call)
	if !ok || extract.Index != call.Common().Signature().Results().Len()-1 {
		return false
	}
	fn, args := calleeFunc(call.Common())
	if fn == nil || len(args) == 0 {
		return false
	}
	field, ok := confirmPrompts.Func(fn)
	return ok && setsTrue(args[0], field, 0)
}

// setsTrue reports whether the struct p points to has its field of this
// name set to true where it is made, or in the literal copied into it.
func setsTrue(p ssa.Value, field string, depth int) bool {
	alloc, ok := p.(*ssa.Alloc)
	if !ok || depth > 4 {
		return false
	}
	for _, ref := range *alloc.Referrers() {
		switch ref := ref.(type) {
		case *ssa.FieldAddr:
			if fieldName(ref) != field {
				continue
			}
			for _, use := range *ref.Referrers() {
				if store, ok := use.(*ssa.Store); ok {
					if c, ok := store.Val.(*ssa.Const); ok && c.Value != nil && constant.BoolVal(c.Value) {
						return true
					}
				}
			}
		case *ssa.Store:
			// prompt := promptui.Prompt{...}: the literal, copied.
			if load, ok := ref.Val.(*ssa.UnOp); ok && ref.Addr == alloc && load.Op == token.MUL && setsTrue(load.X, field, depth+1) {
				return true
			}
		}
	}
	return false
}

// boundToTerminal reports whether a variable is given to a prompt library
// that writes the answer to a question on the terminal into it.
func boundToTerminal(alloc *ssa.Alloc) bool {
	binds := func(v ssa.Value, call ssa.CallInstruction) bool {
		fn, args := calleeFunc(call.Common())
		if fn == nil {
			return false
		}
		i, ok := terminalBinds.Func(fn)
		if fn.Signature().Recv() != nil {
			i++ // the receiver is the first argument
		}
		return ok && i < len(args) && args[i] == v
	}
	for _, ref := range *alloc.Referrers() {
		switch ref := ref.(type) {
		case ssa.CallInstruction:
			if binds(alloc, ref) {
				return true
			}
		case *ssa.MakeInterface:
			for _, use := range *ref.Referrers() {
				if call, ok := use.(ssa.CallInstruction); ok && binds(ref, call) {
					return true
				}
			}
		}
	}
	return false
}

// chosen reports whether v is a constant answer that chooses something
// other than no: a yes to the branch it is compared on.
func chosen(v ssa.Value) bool {
	c, ok := v.(*ssa.Const)
	if !ok || c.Value == nil || c.Value.Kind() != constant.String {
		return false
	}
	answer := strings.ToLower(strings.TrimSpace(constant.StringVal(c.Value)))
	return answer != "" && !refusals[answer]
}

// approves reports whether a call's result has the value of yes only
// when a person approved: a callback named for it, a function of the
// package that returns such a yes, or a function the configuration names
// as a sanitizer.
func (s *state) approves(call *ssa.Call, yes Yes) bool {
	common := call.Common()
	results := common.Signature().Results()
	if yes.Result >= results.Len() {
		return false
	}
	boolean := types.Identical(results.At(yes.Result).Type().Underlying(), types.Typ[types.Bool])
	callee := common.StaticCallee()
	if callee == nil {
		// A callback: a function value, an interface method.
		return boolean && yes.Value == "true" && approvalName(callbackName(common))
	}
	fn, _ := callee.Object().(*types.Func)
	if fn == nil {
		return false
	}
	if boolean && yes.Value == "true" && s.engine.cfg.Sanitizers.Has(fn) {
		return true // the project says a true result is a review
	}
	if sum := s.summaryOf(callee, fn); sum != nil {
		return slices.Contains(sum.Approves, yes)
	}
	return false
}

// callbackName names what a dynamic call calls: the method, the field
// or variable holding the function.
func callbackName(common *ssa.CallCommon) string {
	if common.IsInvoke() {
		return common.Method.Name()
	}
	v := common.Value
	if load, ok := v.(*ssa.UnOp); ok && load.Op == token.MUL {
		v = load.X
	}
	switch x := v.(type) {
	case *ssa.FieldAddr:
		return fieldName(x)
	case *ssa.Field:
		st, ok := x.X.Type().Underlying().(*types.Struct)
		if ok {
			return st.Field(x.Field).Name()
		}
	case *ssa.Parameter, *ssa.FreeVar, *ssa.Global:
		return x.Name()
	}
	return ""
}

// approvalName reports whether a name says it asks a person: one of its
// words (ApproveCommand, onConfirm, askForReview) begins with an approval
// word; Preview does not.
func approvalName(name string) bool {
	var words []string
	start := 0
	for i, r := range name {
		if i > 0 && (unicode.IsUpper(r) || r == '_') {
			words = append(words, name[start:i])
			start = i
		}
	}
	words = append(words, name[start:])
	for _, word := range words {
		word = strings.ToLower(strings.TrimLeft(word, "_"))
		for _, w := range approvalWords {
			if strings.HasPrefix(word, w) {
				return true
			}
		}
	}
	return false
}

// fromTerminal reports whether v is an answer read from the terminal's
// standard input, perhaps trimmed or in another case.
func fromTerminal(v ssa.Value, depth int) bool {
	if depth > 6 {
		return false
	}
	switch x := v.(type) {
	case *ssa.Convert:
		return fromTerminal(x.X, depth+1)
	case *ssa.Slice:
		return fromTerminal(x.X, depth+1)
	case *ssa.Extract:
		if call, ok := x.Tuple.(*ssa.Call); ok {
			if fn, _ := calleeFunc(call.Common()); fn != nil {
				if answer, ok := terminalAnswers.Func(fn); ok {
					return x.Index == answer
				}
			}
		}
		return fromTerminal(x.Tuple, depth+1)
	case *ssa.Phi:
		for _, e := range x.Edges {
			if !fromTerminal(e, depth+1) {
				return false
			}
		}
		return len(x.Edges) > 0
	case *ssa.Call:
		fn, args := calleeFunc(x.Common())
		if fn == nil {
			return false
		}
		if answerTransforms.Has(fn) && len(args) > 0 {
			return fromTerminal(args[0], depth+1)
		}
		if terminalReads.Has(fn) && len(args) > 0 {
			return readsStdin(args[0], depth+1)
		}
	case *ssa.UnOp:
		// var answer string; fmt.Scanln(&answer); answer
		if x.Op != token.MUL {
			return false
		}
		alloc, ok := x.X.(*ssa.Alloc)
		return ok && (scannedFromTerminal(alloc) || boundToTerminal(alloc))
	}
	return false
}

// calleeFunc returns the function a static call calls, and its arguments
// with the receiver first.
func calleeFunc(common *ssa.CallCommon) (*types.Func, []ssa.Value) {
	callee := common.StaticCallee()
	if callee == nil {
		return nil, nil
	}
	fn, _ := callee.Object().(*types.Func)
	return fn, common.Args
}

// scannedFromTerminal reports whether a variable is written by a scan of
// the terminal: fmt.Scanln(&answer), fmt.Fscan(os.Stdin, &answer).
func scannedFromTerminal(alloc *ssa.Alloc) bool {
	for _, ref := range *alloc.Referrers() {
		mi, ok := ref.(*ssa.MakeInterface)
		if !ok {
			continue
		}
		for _, use := range *mi.Referrers() {
			store, ok := use.(*ssa.Store)
			if !ok {
				continue
			}
			// The variadic arguments' array, passed to the scan.
			ia, ok := store.Addr.(*ssa.IndexAddr)
			if !ok {
				continue
			}
			arr, ok := ia.X.(*ssa.Alloc)
			if !ok {
				continue
			}
			for _, aref := range *arr.Referrers() {
				sl, ok := aref.(*ssa.Slice)
				if !ok {
					continue
				}
				for _, c := range *sl.Referrers() {
					call, ok := c.(*ssa.Call)
					if !ok {
						continue
					}
					fn, args := calleeFunc(call.Common())
					if fn == nil || !terminalScans.Has(fn) {
						continue
					}
					if strings.HasPrefix(fn.Name(), "F") {
						return len(args) > 0 && readsStdin(args[0], 0)
					}
					return true
				}
			}
		}
	}
	return false
}

// readsStdin reports whether a reader reads the standard input: os.Stdin,
// or a bufio reader or scanner made on it.
func readsStdin(v ssa.Value, depth int) bool {
	if depth > 6 {
		return false
	}
	switch x := v.(type) {
	case *ssa.MakeInterface:
		return readsStdin(x.X, depth+1)
	case *ssa.UnOp:
		if g, ok := x.X.(*ssa.Global); ok && x.Op == token.MUL {
			return g.Pkg != nil && g.Pkg.Pkg.Path() == "os" && g.Name() == "Stdin"
		}
	case *ssa.Call:
		fn, args := calleeFunc(x.Common())
		if fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "bufio" &&
			(fn.Name() == "NewReader" || fn.Name() == "NewScanner" || fn.Name() == "NewReaderSize") && len(args) > 0 {
			return readsStdin(args[0], depth+1)
		}
	}
	return false
}

// approvesResults finds the results of fn that have a value only when a
// person approved: a boolean that each return gives as false, or as true
// where every way passed an approval, or as the approval itself (return
// answer == "y"); a constant of an enum or a string returned only where
// every way passed an approval, and never a value that is not constant.
func (s *state) approvesResults() []Yes {
	var out []Yes
	results := s.fn.Signature.Results()
	for k := range results.Len() {
		if types.Identical(results.At(k).Type().Underlying(), types.Typ[types.Bool]) {
			if s.approvesBoolean(k) {
				out = append(out, Yes{k, "true"})
			}
			continue
		}
		out = append(out, s.approvedConstants(k)...)
	}
	return out
}

// approvesBoolean reports whether boolean result k is true only on a yes.
func (s *state) approvesBoolean(k int) bool {
	yes := 0
	for _, b := range s.fn.Blocks {
		ret, isRet := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !isRet {
			continue
		}
		r := ret.Results[k]
		if c, isConst := r.(*ssa.Const); isConst && c.Value != nil && !constant.BoolVal(c.Value) {
			continue // no
		}
		if s.guards.approvedAt(b) {
			yes++
			continue
		}
		if whenTrue, isApproval := s.approval(r); isApproval && whenTrue {
			yes++
			continue
		}
		return false
	}
	return yes > 0
}

// approvedConstants finds the constants of a named type of the program
// that result k is given only where a person approved: return Run
// after a yes, Cancel otherwise. A result that is not constant on some
// way could be any of them, so none is.
func (s *state) approvedConstants(k int) []Yes {
	named, ok := types.Unalias(s.fn.Signature.Results().At(k).Type()).(*types.Named)
	if !ok || s.fn.Pkg == nil || named.Obj().Pkg() != s.fn.Pkg.Pkg {
		return nil // an enum of the program's own, not any string
	}
	approved := make(map[string]bool) // by value: on a yes only, so far
	var order []string
	given := func(v ssa.Value, at *ssa.BasicBlock) bool {
		c, isConst := v.(*ssa.Const)
		if !isConst || c.Value == nil {
			return false
		}
		value := c.Value.ExactString()
		if _, seen := approved[value]; !seen {
			order = append(order, value)
			approved[value] = true
		}
		approved[value] = approved[value] && s.guards.approvedAt(at)
		return true
	}
	for _, b := range s.fn.Blocks {
		ret, isRet := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !isRet {
			continue
		}
		switch r := ret.Results[k].(type) {
		case *ssa.Phi:
			// choice = Run ... return choice
			for i, e := range r.Edges {
				if !given(e, r.Block().Preds[i]) {
					return nil
				}
			}
		default:
			if !given(r, b) {
				return nil
			}
		}
	}
	var out []Yes
	for _, value := range order {
		if approved[value] {
			out = append(out, Yes{k, value})
		}
	}
	return out
}
