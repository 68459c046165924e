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

// sinkCalls, by name in package names' format.
var sinkCalls = names.NewTable(withSQL(map[string]sinkCall{
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
	// Libraries that run commands.
	"github.com/bitfield/script.Exec":                {CommandSink, []int{0}},
	"(*github.com/bitfield/script.Pipe).Exec":        {CommandSink, []int{0}},
	"(*github.com/bitfield/script.Pipe).ExecForEach": {CommandSink, []int{0}},
	"github.com/go-cmd/cmd.NewCmd":                   {CommandSink, nil},
	"github.com/go-cmd/cmd.NewCmdOptions":            {CommandSink, []int{1, 2}},

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
}))

// sqlAPIs are the types whose methods run SQL text, and which argument
// of each method is the text.
var sqlAPIs = []struct {
	types   []string
	methods map[string]int
}{{
	types: []string{"database/sql.DB", "database/sql.Tx", "database/sql.Conn"},
	methods: map[string]int{
		"Query": 0, "QueryContext": 1, "QueryRow": 0, "QueryRowContext": 1,
		"Exec": 0, "ExecContext": 1, "Prepare": 0, "PrepareContext": 1,
	},
}, {
	// pgx takes the context first, always.
	types: []string{
		"github.com/jackc/pgx/v5.Conn", "github.com/jackc/pgx/v5.Tx",
		"github.com/jackc/pgx/v5/pgxpool.Pool", "github.com/jackc/pgx/v5/pgxpool.Conn", "github.com/jackc/pgx/v5/pgxpool.Tx",
		"github.com/jackc/pgx/v4.Conn", "github.com/jackc/pgx/v4.Tx",
		"github.com/jackc/pgx/v4/pgxpool.Pool", "github.com/jackc/pgx/v4/pgxpool.Conn", "github.com/jackc/pgx/v4/pgxpool.Tx",
	},
	methods: map[string]int{"Query": 1, "QueryRow": 1, "Exec": 1},
}, {
	// sqlx's own methods; those of database/sql it embeds are above.
	types: []string{"github.com/jmoiron/sqlx.DB", "github.com/jmoiron/sqlx.Tx"},
	methods: map[string]int{
		"Queryx": 0, "QueryxContext": 1, "QueryRowx": 0, "QueryRowxContext": 1,
		"Select": 1, "SelectContext": 2, "Get": 1, "GetContext": 2,
		"MustExec": 0, "MustExecContext": 1, "NamedExec": 0, "NamedExecContext": 1,
		"NamedQuery": 0, "NamedQueryContext": 1, "Preparex": 0, "PreparexContext": 1,
		"PrepareNamed": 0, "PrepareNamedContext": 1,
	},
}, {
	types:   []string{"gorm.io/gorm.DB"},
	methods: map[string]int{"Raw": 0, "Exec": 0},
}}

// withSQL adds to sinks the methods of sqlAPIs.
func withSQL(sinks map[string]sinkCall) map[string]sinkCall {
	for _, api := range sqlAPIs {
		for _, typ := range api.types {
			for method, arg := range api.methods {
				sinks["("+typ+")."+method] = sinkCall{SQLSink, []int{arg}}
			}
		}
	}
	return sinks
}

// commandFields of an exec.Cmd name the program it runs and its
// arguments: a Cmd literal runs what they hold.
var commandFields = names.NewSet("(os/exec.Cmd).Path", "(os/exec.Cmd).Args")

// trustedTypes are conversions that tell html/template to trust a string.
var trustedTypes = map[string]bool{"HTML": true, "JS": true, "URL": true, "HTMLAttr": true, "CSS": true, "JSStr": true, "Srcset": true}

// sinkOf returns the kind of sink a call is, and the arguments that
// matter, not counting the receiver.
func sinkOf(fn *types.Func) (sinkCall, bool) {
	if fn.Pkg() == nil {
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
