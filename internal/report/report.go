// Package report is how every check reports: one place decides which
// diagnostics reach the user, so the checks behave alike in every driver.
//
// A check's run function, wrapped by Run, reports through pass.Report as
// usual. Its findings are dropped in generated files, in paths that
// .openaivet.yml excludes, and where an //openaivet:ignore directive, or
// staticcheck's //lint:ignore, names the check. Directives that name the
// check and match none of its findings are reported, so that stale ones
// do not pile up.
package report

import (
	"fmt"
	"go/ast"
	"go/token"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/openaivet/openaivet/internal/config"
	"github.com/openaivet/openaivet/internal/secret"
	"golang.org/x/tools/go/analysis"
)

// The directives, openaivet's own and staticcheck's. A //lint:ignore
// that names none of openaivet's checks is staticcheck's business.
var (
	lineDirectives = []string{"//openaivet:ignore", "//lint:ignore"}
	fileDirectives = []string{"//openaivet:file-ignore", "//lint:file-ignore"}
)

// keepSuppressed is set by a driver that shows suppressed findings: the
// command, which carries them into SARIF as suppressions.
var keepSuppressed atomic.Bool

// KeepSuppressed has findings under a directive reported, marked
// (see Suppressed), instead of dropped.
func KeepSuppressed() { keepSuppressed.Store(true) }

// suppressedMark separates the parts of a suppressed finding's message.
const suppressedMark = "\x1fopenaivet:ignore\x1f"

// Suppressed returns the message and the directive's reason of a finding
// reported under KeepSuppressed; ok is false for a finding that is not
// suppressed.
func Suppressed(message string) (msg, reason string, ok bool) {
	rest, ok := strings.CutPrefix(message, suppressedMark)
	if !ok {
		return message, "", false
	}
	reason, msg, ok = strings.Cut(rest, suppressedMark)
	return msg, reason, ok
}

// Run wraps a check's run function. A check that .openaivet.yml turns off
// does not run; an invalid .openaivet.yml is the check's error.
func Run(run func(*analysis.Pass) (any, error)) func(*analysis.Pass) (any, error) {
	return func(pass *analysis.Pass) (any, error) {
		cfg, err := config.For(pass)
		if err != nil {
			return nil, err
		}
		if !cfg.Runs(pass.Analyzer.Name) {
			return nil, nil
		}
		f := newFilter(pass, cfg)
		report := pass.Report
		var keys *secret.Redactor
		pass.Report = func(d analysis.Diagnostic) {
			if !editable(pass.Fset, d.Pos) {
				d.SuggestedFixes = nil
			}
			if keys == nil {
				keys = secret.NewRedactor()
				keys.AddFiles(pass.Files)
			}
			redact(keys, &d)
			reason, keep := f.keep(d)
			if !keep && reason != "" && keepSuppressed.Load() {
				d.Message = suppressedMark + reason + suppressedMark + d.Message
				keep = true
			}
			if keep {
				if to, ok := diverted.Load(pass); ok {
					to.(func(analysis.Diagnostic))(d)
				} else {
					report(d)
				}
			}
		}
		res, err := run(pass)
		pass.Report = report
		for _, d := range f.unused() {
			report(d)
		}
		return res, err
	}
}

// diverted holds, by pass, where Divert sends the findings that the
// filter keeps.
var diverted sync.Map

// Divert runs f, sending the findings the check reports meanwhile, once
// the filter has kept them, to divert instead of reporting them: a
// finding on a request through a model that the package's callers give
// is reported at the caller (see internal/givenmodel), but is suppressed,
// or uses a directive, where the request is.
func Divert(pass *analysis.Pass, divert func(analysis.Diagnostic), f func()) {
	diverted.Store(pass, divert)
	defer diverted.Delete(pass)
	f()
}

// redact removes from a diagnostic's texts every key, and every piece of
// one that the package's source spells out: a message can quote the
// source (an expression, a constant), and golangci-lint and nogo print it
// as it is.
func redact(keys *secret.Redactor, d *analysis.Diagnostic) {
	d.Message = keys.Redact(d.Message)
	for i := range d.Related {
		d.Related[i].Message = keys.Redact(d.Related[i].Message)
	}
	for i := range d.SuggestedFixes {
		d.SuggestedFixes[i].Message = keys.Redact(d.SuggestedFixes[i].Message)
	}
}

// editable reports whether a fix at pos can be applied: whether the file
// the checks parsed is the file the user sees there. cmd/cgo hands the
// checks a rewritten copy of each file that imports "C", whose //line
// directives map positions back but whose offsets are the copy's; an
// edit at those offsets would corrupt the user's file.
func editable(fset *token.FileSet, pos token.Pos) bool {
	return fset.PositionFor(pos, false).Filename == fset.PositionFor(pos, true).Filename
}

// directive is an //openaivet:ignore or //openaivet:file-ignore comment,
// or staticcheck's //lint:ignore or //lint:file-ignore.
type directive struct {
	comment *ast.Comment
	prefix  string // the directive's first word: //openaivet:ignore, ...
	file    string
	line    int
	// wholeFile reports a file-ignore directive.
	wholeFile bool
	checks    []string
	reason    string
	used      bool
}

// filter decides which of one check's findings in one package are shown.
type filter struct {
	pass       *analysis.Pass
	check      string
	cfg        *config.Config
	dropped    map[*token.File]bool // generated or excluded files
	directives []*directive
}

func newFilter(pass *analysis.Pass, cfg *config.Config) *filter {
	f := &filter{pass: pass, check: pass.Analyzer.Name, cfg: cfg, dropped: make(map[*token.File]bool)}
	for _, file := range pass.Files {
		tf := pass.Fset.File(file.Pos())
		if tf == nil {
			continue
		}
		if generated(pass.Fset, file) || cfg.Excluded(pass.Fset.Position(file.Package).Filename) {
			f.dropped[tf] = true
			continue
		}
		for _, group := range file.Comments {
			for _, c := range group.List {
				if d := parseDirective(c); d != nil {
					pos := pass.Fset.PositionFor(c.Pos(), false)
					d.file, d.line = pos.Filename, pos.Line
					f.directives = append(f.directives, d)
				}
			}
		}
	}
	return f
}

// generated reports whether a file is generated code, by the comments a
// reader of it sees: those shown in the same file as its package clause.
// cmd/cgo marks its copy of each file that imports "C" as generated, above
// a //line directive that points the copy back at the user's file; that
// marker alone would drop every finding in such a file (staticcheck, too,
// judges by the file a position is shown in).
func generated(fset *token.FileSet, file *ast.File) bool {
	if !ast.IsGenerated(file) {
		return false
	}
	shown := fset.PositionFor(file.Package, true).Filename
	if shown == fset.PositionFor(file.Package, false).Filename || filepath.Ext(shown) != ".go" {
		// No //line directive, or one into a grammar or template (goyacc):
		// the generated file is what a reader sees.
		return true
	}
	seen := *file
	seen.Comments = nil
	for _, group := range file.Comments {
		var list []*ast.Comment
		for _, c := range group.List {
			if fset.PositionFor(c.Pos(), true).Filename == shown {
				list = append(list, c)
			}
		}
		if len(list) > 0 {
			seen.Comments = append(seen.Comments, &ast.CommentGroup{List: list})
		}
	}
	return ast.IsGenerated(&seen)
}

func parseDirective(c *ast.Comment) *directive {
	prefix, _, _ := strings.Cut(c.Text, " ")
	prefix, _, _ = strings.Cut(prefix, "\t")
	d := &directive{comment: c, prefix: prefix, wholeFile: slices.Contains(fileDirectives, prefix)}
	if !d.wholeFile && !slices.Contains(lineDirectives, prefix) {
		return nil
	}
	fields := strings.Fields(strings.TrimPrefix(c.Text, prefix))
	if len(fields) > 0 {
		d.checks = strings.Split(fields[0], ",")
		d.reason = strings.Join(fields[1:], " ")
	}
	if d.staticchecks() && !slices.ContainsFunc(d.checks, isCheck) {
		return nil // a directive for staticcheck's own checks
	}
	return d
}

// staticchecks reports whether the directive is staticcheck's syntax,
// which names checks of other linters too.
func (d *directive) staticchecks() bool { return strings.HasPrefix(d.prefix, "//lint:") }

func isCheck(name string) bool { return slices.Contains(config.Checks, name) }

// keep reports whether a finding is shown, and marks the directive that
// suppresses it as used; reason is the directive's.
func (f *filter) keep(d analysis.Diagnostic) (reason string, keep bool) {
	tf := f.pass.Fset.File(d.Pos)
	if tf == nil {
		return "", true
	}
	if f.dropped[tf] {
		return "", false
	}
	pos := f.pass.Fset.PositionFor(d.Pos, false)
	keep = true
	for _, dir := range f.directives {
		if dir.reason == "" || !slices.Contains(dir.checks, f.check) || dir.file != pos.Filename {
			continue
		}
		// A directive covers its own line (a trailing comment) and the
		// next (a comment above the finding), or the whole file.
		if dir.wholeFile || pos.Line == dir.line || pos.Line == dir.line+1 {
			dir.used = true
			reason, keep = dir.reason, false
		}
	}
	return reason, keep
}

// unused returns the findings about this check's directives that
// suppressed nothing. A directive that cannot work (no check named, an
// unknown check, no reason) is the directive analyzer's to report (see
// CheckDirectives), once, whichever checks run.
func (f *filter) unused() []analysis.Diagnostic {
	var ds []analysis.Diagnostic
	for _, dir := range f.directives {
		if dir.reason != "" && !dir.used && slices.Contains(dir.checks, f.check) {
			ds = append(ds, analysis.Diagnostic{
				Pos:     dir.comment.Pos(),
				End:     dir.comment.End(),
				Message: fmt.Sprintf("%s %s matches no %s finding: remove it", dir.prefix, f.check, f.check),
			})
		}
	}
	return ds
}

// CheckDirectives reports the suppression directives of a package that
// cannot work: one that names no check, names a check that does not
// exist, or gives no reason. It runs as an analyzer of its own beside the
// checks, whichever of them run, so that a misspelt directive is reported
// once, under its own name, in every way openaivet runs. Whether a
// directive matches a finding is for the check it names to say (see Run).
func CheckDirectives(pass *analysis.Pass) (any, error) {
	cfg, err := config.For(pass)
	if err != nil {
		return nil, err
	}
	for _, dir := range newFilter(pass, cfg).directives {
		report := func(format string, args ...any) {
			// A directive's words are the user's: a key pasted into
			// one is a key all the same.
			msg := secret.Redact(fmt.Sprintf(format, args...))
			pass.Report(analysis.Diagnostic{Pos: dir.comment.Pos(), End: dir.comment.End(), Message: msg})
		}
		if len(dir.checks) == 0 {
			report("%s needs the checks it silences and a reason: %s CHECK reason", dir.prefix, dir.prefix)
			continue
		}
		var unknown []string
		for _, name := range dir.checks {
			if !isCheck(name) && !dir.staticchecks() {
				unknown = append(unknown, strconv.Quote(name))
			}
		}
		switch {
		case len(unknown) > 0:
			report("%s names no known check %s; the checks are %s", dir.prefix, strings.Join(unknown, ", "), strings.Join(config.Checks, ", "))
		case dir.reason == "":
			report("%s %s needs a reason, so that the next reader knows why the practice does not apply", dir.prefix, strings.Join(dir.checks, ","))
		}
	}
	return nil, nil
}
