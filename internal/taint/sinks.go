package taint

import (
	"go/types"

	"github.com/openaivet/openaivet/internal/config"
	"github.com/openaivet/openaivet/internal/names"

	"golang.org/x/tools/go/ssa"
)

// SinkKind is a place where model output must not go unreviewed.
type SinkKind string

const (
	CommandSink  SinkKind = "command execution"
	SQLSink      SinkKind = "SQL query text"
	HTMLSink     SinkKind = "a trusted-HTML conversion"
	TemplateSink SinkKind = "template parsing"
	PathSink     SinkKind = "a file path"
	URLSink      SinkKind = "an outbound request URL"
)

// ConfiguredSink is a function that .openaivet.yml names as a sink.
func ConfiguredSink(name string) SinkKind {
	return SinkKind(name + " (a sink named in " + config.FileName + ")")
}

// sinkCall names a function or method, and which of its arguments are
// dangerous (all of them when args is nil).
type sinkCall struct {
	kind SinkKind
	args []int
}

var sqlMethods = map[string][]int{
	"Query": {0}, "QueryContext": {1}, "QueryRow": {0}, "QueryRowContext": {1},
	"Exec": {0}, "ExecContext": {1}, "Prepare": {0}, "PrepareContext": {1},
}

// sinkCalls, by name in package names' format.
var sinkCalls = names.NewTable(map[string]sinkCall{
	"os/exec.Command":        {CommandSink, nil},
	"os/exec.CommandContext": {CommandSink, nil},
	// The program and its arguments; not the environment or the
	// process's attributes.
	"os.StartProcess":                        {CommandSink, []int{0, 1}},
	"syscall.Exec":                           {CommandSink, []int{0, 1}},
	"syscall.ForkExec":                       {CommandSink, []int{0, 1}},
	"syscall.StartProcess":                   {CommandSink, []int{0, 1}},
	"golang.org/x/sys/unix.Exec":             {CommandSink, []int{0, 1}},
	"golang.org/x/sys/windows.CreateProcess": {CommandSink, []int{0, 1}},

	"(*text/template.Template).Parse": {TemplateSink, []int{0}},
	"(*html/template.Template).Parse": {TemplateSink, []int{0}},

	"os.Open":      {PathSink, []int{0}},
	"os.OpenFile":  {PathSink, []int{0}},
	"os.Create":    {PathSink, []int{0}},
	"os.ReadFile":  {PathSink, []int{0}},
	"os.WriteFile": {PathSink, []int{0}},
	"os.Remove":    {PathSink, []int{0}},
	"os.RemoveAll": {PathSink, []int{0}},
	"os.MkdirAll":  {PathSink, []int{0}},
	"os.Rename":    {PathSink, nil},

	"net/http.Get":                   {URLSink, []int{0}},
	"net/http.Head":                  {URLSink, []int{0}},
	"net/http.Post":                  {URLSink, []int{0}},
	"net/http.NewRequest":            {URLSink, []int{1}},
	"net/http.NewRequestWithContext": {URLSink, []int{2}},
	"(*net/http.Client).Get":         {URLSink, []int{0}},
	"(*net/http.Client).Head":        {URLSink, []int{0}},
	"(*net/http.Client).Post":        {URLSink, []int{0}},
})

// commandFields of an exec.Cmd name the program it runs and its
// arguments: a Cmd literal runs what they hold.
var commandFields = names.NewSet("(os/exec.Cmd).Path", "(os/exec.Cmd).Args")

// sqlReceivers run SQL text: database/sql, pgx, sqlx.
var sqlReceivers = names.NewSet(
	"database/sql.DB", "database/sql.Tx", "database/sql.Conn",
	"github.com/jackc/pgx/v5.Conn", "github.com/jackc/pgx/v5.Tx",
	"github.com/jackc/pgx/v5/pgxpool.Pool",
	"github.com/jmoiron/sqlx.DB", "github.com/jmoiron/sqlx.Tx",
)

// trustedTypes are conversions that tell html/template to trust a string.
var trustedTypes = map[string]bool{"HTML": true, "JS": true, "URL": true, "HTMLAttr": true, "CSS": true, "JSStr": true, "Srcset": true}

// receiverType names a method's receiver type, a pointer's element type:
// database/sql.DB.
func receiverType(t types.Type) names.Name {
	n, _ := names.Type(t)
	return n
}

// sinkOf returns the kind of sink a call is, and the arguments that
// matter, not counting the receiver.
func sinkOf(fn *types.Func) (sinkCall, bool) {
	if fn.Pkg() == nil {
		return sinkCall{}, false
	}
	if recv := fn.Signature().Recv(); recv != nil && sqlReceivers.Contains(receiverType(recv.Type())) {
		if args, ok := sqlMethods[fn.Name()]; ok {
			return sinkCall{SQLSink, args}, true
		}
		return sinkCall{}, false
	}
	return sinkCalls.Func(fn)
}

// trustedConversion reports whether a conversion makes a string trusted
// HTML, JavaScript or URL for html/template.
func trustedConversion(v ssa.Value) bool { return trustedType(v.Type()) }

// trustedType reports whether t is one of html/template's types that
// tell it to trust a string.
func trustedType(t types.Type) bool {
	named, ok := types.Unalias(t).(*types.Named)
	return ok && named.Obj().Pkg() != nil && named.Obj().Pkg().Path() == "html/template" && trustedTypes[named.Obj().Name()]
}
