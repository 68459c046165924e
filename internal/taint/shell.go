package taint

import (
	"go/token"
	"path"
	"strings"

	"github.com/openaivet/openaivet/internal/locals"
	"github.com/openaivet/openaivet/internal/names"
	"golang.org/x/tools/go/ssa"
)

// A shell that reads its commands from its standard input runs what is
// written there: exec.Command("bash") with its StdinPipe, or its Stdin
// set to a reader. The shell may live long, kept in a struct and written
// to by other methods: the package's fields that hold a shell, or its
// standard input, are found once.

// shells read commands (or a program) from their standard input when
// given no script to run.
var shells = map[string]bool{
	"sh": true, "bash": true, "zsh": true, "dash": true, "ksh": true, "ash": true, "fish": true,
	"csh": true, "tcsh": true, "pwsh": true, "powershell": true, "powershell.exe": true,
	"cmd": true, "cmd.exe": true, "python": true, "python3": true, "node": true, "ruby": true,
	"perl": true, "php": true, "osascript": true,
}

// scriptFlags are the flags after which a shell takes its next argument
// as a script to run: sh -c, cmd /c, pwsh -Command.
var scriptFlags = map[string]bool{"-c": true, "/c": true, "/C": true, "-Command": true}

// commandConstructors make an exec.Cmd: the index of the program's name
// among their arguments.
var commandConstructors = names.NewTable(map[string]int{
	"os/exec.Command":        0,
	"os/exec.CommandContext": 1,
})

var (
	stdinPipe  = names.MustParse("(*os/exec.Cmd).StdinPipe")
	stdinField = names.MustParse("(os/exec.Cmd).Stdin")
)

// shellFields are the package's fields that hold a shell, or a shell's
// standard input.
type shellFields struct {
	cmds, stdins map[names.Name]bool
}

// isShell reports whether a command runs a shell that reads its standard
// input: its program is a shell, and every other argument is a flag.
func (e *engine) isShell(v ssa.Value) bool {
	switch x := v.(type) {
	case *ssa.UnOp:
		if fa, ok := x.X.(*ssa.FieldAddr); ok && x.Op == token.MUL {
			name, ok := names.Field(fa.X.Type(), fa.Field)
			return ok && e.shellFields().cmds[name]
		}
	case *ssa.Call:
		fn, args := calleeFunc(x.Common())
		if fn == nil {
			return false
		}
		i, ok := commandConstructors.Func(fn)
		if !ok || i+1 >= len(args) {
			return false
		}
		prog, ok := constString(args[i])
		if !ok || !shells[path.Base(prog)] {
			return false
		}
		flags, ok := sliceElems(args[i+1])
		if !ok {
			return false
		}
		for _, f := range flags {
			if s, ok := constString(f); !ok || !strings.HasPrefix(s, "-") {
				return false // a script, or a command given on the line
			}
		}
		return true
	}
	return false
}

// isShellStdin reports whether w writes to a shell's standard input.
func (e *engine) isShellStdin(w ssa.Value) bool {
	switch x := unwrapConversions(w).(type) {
	case *ssa.Extract:
		call, ok := x.Tuple.(*ssa.Call)
		if !ok || x.Index != 0 {
			return false
		}
		fn, args := calleeFunc(call.Common())
		if fn == nil || len(args) == 0 {
			return false
		}
		name, ok := names.Func(fn)
		return ok && name == stdinPipe && e.isShell(args[0])
	case *ssa.UnOp:
		if fa, ok := x.X.(*ssa.FieldAddr); ok && x.Op == token.MUL {
			name, ok := names.Field(fa.X.Type(), fa.Field)
			return ok && e.shellFields().stdins[name]
		}
	}
	return false
}

// shellFields finds, once, the package's fields that are given a shell or
// a shell's standard input.
func (e *engine) shellFields() *shellFields {
	if e.shells != nil {
		return e.shells
	}
	e.shells = &shellFields{cmds: make(map[names.Name]bool), stdins: make(map[names.Name]bool)}
	for changed := true; changed; {
		changed = false
		for store, fa := range e.fieldStores() {
			name, ok := names.Field(fa.X.Type(), fa.Field)
			if !ok {
				continue
			}
			if !e.shells.cmds[name] && e.isShell(store.Val) {
				e.shells.cmds[name], changed = true, true
			}
			if !e.shells.stdins[name] && e.isShellStdin(store.Val) {
				e.shells.stdins[name], changed = true, true
			}
		}
	}
	return e.shells
}

// shellWrite returns the arguments of a call that writes them to a
// shell's standard input: w.Write(b), io.WriteString(w, s),
// fmt.Fprintln(w, s) on the writer StdinPipe gave.
func (s *state) shellWrite(common *ssa.CallCommon) []ssa.Value {
	if common.IsInvoke() {
		if locals.WriteMethods[common.Method.Name()] && s.engine.isShellStdin(common.Value) {
			return common.Args
		}
		return nil
	}
	fn, args := calleeFunc(common)
	if fn == nil || !locals.WriterFuncs.Has(fn) || len(args) < 2 || !s.engine.isShellStdin(args[0]) {
		return nil
	}
	return args[1:]
}

// storeSink returns the kind of sink a store is: a Cmd's program or
// arguments, a shell's standard input.
func (s *state) storeSink(store *ssa.Store) (SinkKind, bool) {
	fa, ok := store.Addr.(*ssa.FieldAddr)
	if !ok {
		return "", false
	}
	name, ok := names.Field(fa.X.Type(), fa.Field)
	if !ok {
		return "", false
	}
	if commandFields.Contains(name) || name == stdinField && s.engine.isShell(fa.X) {
		return CommandSink, true
	}
	return "", false
}
