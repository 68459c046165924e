package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/openaivet/openaivet/internal/report"
	"github.com/openaivet/openaivet/internal/secret"
)

// goCommand returns the go command with args, run in the current
// directory with env added to the environment.
func goCommand(args []string, env ...string) *exec.Cmd {
	cmd := exec.Command("go", args...)
	cmd.Env = append(os.Environ(), env...)
	return cmd
}

// vetCommand returns go vet with this executable as the vet tool. The go
// command builds what the packages need, runs the checks on each package
// in its own process, dependencies first for their facts, and caches the
// results; this is as cheap as analysis gets.
func vetCommand(args []string, env ...string) (*exec.Cmd, error) {
	self, err := os.Executable()
	if err != nil {
		return nil, err
	}
	cmd := goCommand(append([]string{"vet", "-vettool=" + self}, args...), env...)
	if cmd.Err != nil {
		return nil, runFailed(cmd.Err)
	}
	return cmd, nil
}

// runFailed explains a go command that could not be started.
func runFailed(err error) error {
	return fmt.Errorf("running the go command: %v (openaivet needs it on PATH)", err)
}

// vetDiagnostic is a diagnostic in the JSON that go vet -json prints.
type vetDiagnostic struct {
	Posn    string `json:"posn"`
	End     string `json:"end"`
	Message string `json:"message"`
	Related []struct {
		Posn    string `json:"posn"`
		End     string `json:"end"`
		Message string `json:"message"`
	} `json:"related"`
	SuggestedFixes []struct {
		Edits []struct {
			Filename string `json:"filename"`
		} `json:"edits"`
	} `json:"suggested_fixes"`
}

// vetOutput gathers what go vet -json prints, as it prints it: for each
// package, an optional "# package" line, then a JSON object of findings by
// check, or the errors that stopped it (compile errors, as
// file:line:col: message); and, outside any package, the go command's own
// messages. The go command prints the JSON on standard output and the
// rest on standard error (before Go 1.26, all of it on standard error);
// the streams are read alike, each by a reader of its own.
type vetOutput struct {
	dir string // relative paths are taken from dir
	// redactor learns the keys of the source files that compile errors
	// name: the go command prints a dependency's compile errors itself,
	// and they can quote its constants.
	redactor *secret.Redactor
	// passOn receives the go command's progress (go: downloading ...) as
	// it comes.
	passOn io.Writer
	// done is told of each package whose findings arrive.
	done func(pkg string)

	mu       sync.Mutex
	findings []*finding
	// problems holds the go command's messages: its errors, and what it
	// printed that is neither findings nor compile errors.
	problems []string
	// failures counts the packages that could not be analyzed.
	failures int
	// analyzed holds the packages, as go vet names them, that reported
	// findings, none, or errors.
	analyzed map[string]bool
	seen     map[string]bool
}

func newVetOutput(dir string, redactor *secret.Redactor) *vetOutput {
	return &vetOutput{dir: dir, redactor: redactor, passOn: io.Discard, done: func(string) {}, analyzed: make(map[string]bool), seen: make(map[string]bool)}
}

// add keeps a finding, once: a package and its test variant report the
// same findings.
func (out *vetOutput) add(f *finding) {
	out.mu.Lock()
	defer out.mu.Unlock()
	key := fmt.Sprintf("%s\x00%v\x00%v\x00%s", f.Check, f.Location, f.End, f.Message)
	if !out.seen[key] {
		out.seen[key] = true
		out.findings = append(out.findings, f)
	}
}

func (out *vetOutput) problem(line string) {
	out.mu.Lock()
	defer out.mu.Unlock()
	out.problems = append(out.problems, line)
}

// progressLine matches what the go command prints of its progress.
var progressLine = regexp.MustCompile(`^go: (downloading|extracting|finding|upgraded|added) `)

// read reads one stream of go vet's output.
func (out *vetOutput) read(r io.Reader) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 64<<20)
	pkg := ""            // the package of the lines below a "# package" line
	var last *finding    // the compile error that an indented line goes on
	var lastProblem bool // whether an indented line goes on a problem
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "{"):
			// unitchecker indents its JSON: an object ends at the
			// first line that is a closing brace alone, unless it is
			// whole on its first line ("{}", or a package named
			// without findings).
			obj := []byte(line)
			for whole := json.Valid(obj); !whole && sc.Scan(); {
				obj = append(append(obj, '\n'), sc.Bytes()...)
				if sc.Text() == "}" {
					break
				}
			}
			if err := out.packageFindings(obj); err != nil {
				return err
			}
		case strings.HasPrefix(line, "# "):
			pkg, last, lastProblem = strings.TrimPrefix(line, "# "), nil, false
			out.mu.Lock()
			out.analyzed[pkg] = true
			out.mu.Unlock()
		case strings.TrimSpace(line) == "":
		case progressLine.MatchString(line):
			fmt.Fprintln(out.passOn, line)
		case strings.HasPrefix(line, "\t") && last != nil:
			// The rest of a compile error: the go command's hint, or
			// the types of a mismatch.
			last.Message += " " + strings.TrimSpace(line)
		case strings.HasPrefix(line, "\t") && lastProblem:
			out.problem(line)
		default:
			last, lastProblem = nil, false
			if f := out.compileError(line); f != nil && pkg != "" {
				f.pkg = pkg
				last = f
				out.add(f)
				out.mu.Lock()
				out.failures++
				out.mu.Unlock()
				continue
			}
			// The go command's own error, such as a package it cannot
			// load, or a vet tool that failed.
			out.problem(line)
			lastProblem = true
		}
	}
	return sc.Err()
}

// packageFindings reads one package's JSON object: findings by check, or
// an error by check.
func (out *vetOutput) packageFindings(obj []byte) error {
	var byPackage map[string]map[string]json.RawMessage
	if err := json.Unmarshal(obj, &byPackage); err != nil {
		return fmt.Errorf("reading go vet's output: %v", err)
	}
	for pkg, byCheck := range byPackage {
		for check, raw := range byCheck {
			var failure struct{ Error string }
			if json.Unmarshal(raw, &failure) == nil && failure.Error != "" {
				f := analysisError(failure.Error)
				f.pkg = pkg
				out.add(f)
				continue
			}
			var ds []vetDiagnostic
			if err := json.Unmarshal(raw, &ds); err != nil {
				return fmt.Errorf("reading go vet's output: %v", err)
			}
			for _, d := range ds {
				f := &finding{Check: check, Location: parsePosn(d.Posn), End: parsePosn(d.End), Message: d.Message, pkg: pkg}
				if msg, reason, ok := report.Suppressed(f.Message); ok {
					f.Message, f.Justification, f.Severity = msg, reason, "ignored"
				}
				for _, r := range d.Related {
					f.Related = append(f.Related, related{Location: parsePosn(r.Posn), End: parsePosn(r.End), Message: r.Message})
				}
				if len(d.SuggestedFixes) > 0 { // go vet -fix applies the first
					for _, e := range d.SuggestedFixes[0].Edits {
						f.fixFiles = append(f.fixFiles, e.Filename)
					}
				}
				out.add(f)
			}
		}
		out.mu.Lock()
		out.analyzed[pkg] = true
		out.mu.Unlock()
		out.done(pkg)
	}
	return nil
}

// parsePosn reads a position as file:line:col, file:line or file.
func parsePosn(posn string) location {
	var l location
	rest := posn
	for range 2 {
		i := strings.LastIndexByte(rest, ':')
		if i < 0 {
			break
		}
		n, err := strconv.Atoi(rest[i+1:])
		if err != nil {
			break
		}
		l.Column, l.Line = l.Line, n
		rest = rest[:i]
	}
	l.File = rest
	return l
}

// errorLine is a compile error as the go command prints it.
var errorLine = regexp.MustCompile(`^(.+\.go):(\d+)(?::(\d+))?: (.+)$`)

// compileError returns the finding a compile error line makes, or nil. The
// redactor learns the keys of the file's package first.
func (out *vetOutput) compileError(line string) *finding {
	m := errorLine.FindStringSubmatch(line)
	if m == nil {
		return nil
	}
	file := m[1]
	if !filepath.IsAbs(file) {
		file = filepath.Join(out.dir, file)
	}
	out.redactor.AddDir(filepath.Dir(file))
	l := location{File: file}
	l.Line, _ = strconv.Atoi(m[2])
	l.Column, _ = strconv.Atoi(m[3])
	return &finding{Check: "compile", Location: l, Message: m[4]}
}

// analysisError returns the finding a check's error makes: a mistake in a
// configuration file (file:line: key: message), or any other.
func analysisError(msg string) *finding {
	f := &finding{Check: "analysis", Message: msg}
	if file, rest, ok := strings.Cut(msg, ": "); ok {
		if l := parsePosn(file); l.Line > 0 {
			f.Check, f.Location, f.Message = "config", l, rest
		}
	}
	return f
}

// runVet runs go vet with args, reading its two streams as they come, and
// returns its exit status.
func runVet(out *vetOutput, args []string, env ...string) (int, error) {
	cmd, err := vetCommand(args, env...)
	if err != nil {
		return 0, err
	}
	return runStreams(cmd, out.read, out.read)
}

// runStreams starts cmd and hands its standard output and error, as they
// come, to readOut and readErr, each in a goroutine of its own. It returns
// cmd's exit status once both are read and cmd has ended.
func runStreams(cmd *exec.Cmd, readOut, readErr func(io.Reader) error) (int, error) {
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return 0, err
	}
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return 0, err
	}
	if err := cmd.Start(); err != nil {
		return 0, err
	}
	var wg sync.WaitGroup
	var errs [2]error
	wg.Go(func() { errs[0] = readOut(stdout); io.Copy(io.Discard, stdout) })
	wg.Go(func() { errs[1] = readErr(stderr); io.Copy(io.Discard, stderr) })
	wg.Wait()
	err = cmd.Wait()
	if err := errors.Join(errs[:]...); err != nil {
		return 0, err
	}
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		return exit.ExitCode(), nil
	}
	return 0, err
}

// patternPackages are the packages a run is about, as the go command resolves
// its patterns.
type patternPackages struct {
	roots map[string]string // import path to directory
	dirs  map[string]bool   // the roots' directories
	// total counts the packages whose results go vet prints for the
	// command: those of the project's own modules among the roots, their
	// test variants and their dependencies; 0 when not asked for.
	total int
}

// listing is go list's resolution of the patterns, made in the
// background.
type listing struct {
	done chan struct{}
	pkgs *patternPackages
	err  error
}

// startListing starts resolving the patterns (see listPackages).
func startListing(buildFlags, patterns []string, all bool) *listing {
	l := &listing{done: make(chan struct{})}
	go func() {
		defer close(l.done)
		l.pkgs, l.err = listPackages(buildFlags, patterns, all)
	}()
	return l
}

// wait returns the resolution once it is made.
func (l *listing) wait() (*patternPackages, error) {
	<-l.done
	return l.pkgs, l.err
}

// listPackages resolves the patterns as go vet does, with the build flags
// given. With all, it also counts every package go vet analyzes for them,
// which costs a load of their dependencies.
func listPackages(buildFlags, patterns []string, all bool) (*patternPackages, error) {
	args := append([]string{"list", "-e"}, buildFlags...)
	if all {
		args = append(args, "-deps", "-test")
	} else {
		args = append(args, "-find")
	}
	args = append(args, "-f", "{{.ImportPath}}\t{{.DepOnly}}\t{{.Dir}}\t{{.ForTest}}\t{{with .Module}}{{.Main}}{{end}}")
	var stdout, stderr bytes.Buffer
	cmd := goCommand(append(append(args, "--"), patterns...))
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("go list: %v: %s", err, stderr.Bytes())
	}
	pkgs := &patternPackages{roots: make(map[string]string), dirs: make(map[string]bool)}
	for line := range strings.Lines(stdout.String()) {
		fields := strings.Split(strings.TrimSuffix(line, "\n"), "\t")
		if len(fields) != 5 {
			continue
		}
		path, depOnly, dir, forTest, local := fields[0], fields[1] == "true", fields[2], fields[3], fields[4] == "true"
		if strings.HasSuffix(path, ".test") && forTest == "" {
			continue // a test's main package, which go vet does not analyze
		}
		if local {
			pkgs.total++ // see commandEnv: the packages that report
		}
		if !depOnly && forTest == "" {
			pkgs.roots[path] = dir
			pkgs.dirs[dir] = true
		}
	}
	if !all {
		pkgs.total = 0
	}
	return pkgs, nil
}

// missing returns the roots that none of the packages go vet reported on
// is, nor a test variant of.
func (p *patternPackages) missing(analyzed map[string]bool) []string {
	seen := make(map[string]bool)
	for id := range analyzed {
		seen[basePackage(id)] = true
	}
	var missing []string
	for root := range p.roots {
		if !seen[root] {
			missing = append(missing, root)
		}
	}
	slices.Sort(missing)
	return missing
}

// has reports whether the package that go vet names id (a path, or
// "path [test.path.test]" for a package built for a test) is one of the
// roots or one of their test variants.
func (p *patternPackages) has(id string) bool {
	path := basePackage(id)
	if _, ok := p.roots[path]; ok {
		return true
	}
	// p_test alone: the external tests of a root p, unless p_test is a
	// directory of its own (see basePackage).
	tested, ok := strings.CutSuffix(path, "_test")
	dir, root := p.roots[tested]
	return ok && root && !isDir(dir+"_test")
}
