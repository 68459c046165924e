// Package robustness runs the built openaivet binary, in each of its
// three modes (the command, -fix, go vet -vettool), where code is not a
// neat test case. The tests are in its subdirectories, one package each, so
// that the go command runs them side by side and each stays well inside
// go test's default ten-minute limit:
//
//   - corpus: slices of the standard library and of x/tools, which must
//     give no finding and no error;
//   - edge: packages that do not compile beside one that does, cgo,
//     generated files, build tags, and a file of 50,000 lines;
//   - fixes: every suggested fix of the checks' testdata and of the demo,
//     applied, built and checked again;
//   - sandbox: the binary's system calls, under strace, for network
//     access and writes outside its cache.
//
// They need a C compiler (for cgo) and strace. Each takes from half a
// minute to a few minutes, and is skipped with -short. This package is
// their shared harness.
package robustness

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/openaivet/openaivet/internal/testmod"
)

// Binary is the openaivet command built for the tests.
var Binary string

// Main builds openaivet, runs the tests and returns their exit code: a
// test package's TestMain is os.Exit(robustness.Main(m)).
func Main(m *testing.M) int {
	dir, err := os.MkdirTemp("", "openaivet-robustness")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	Binary = filepath.Join(dir, "openaivet")
	build := exec.Command("go", "build", "-o", Binary, "github.com/openaivet/openaivet/cmd/openaivet")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "building openaivet:", err)
		return 1
	}
	return m.Run()
}

// Root returns the repository's root directory.
func Root(t testing.TB) string {
	t.Helper()
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		t.Fatal("no source file for the harness")
	}
	return filepath.Dir(filepath.Dir(filepath.Dir(file)))
}

// SkipIfShort skips a slow test with -short.
func SkipIfShort(t testing.TB) {
	t.Helper()
	if testing.Short() {
		t.Skip("slow: skipped with -short")
	}
}

// Result is how a command ended.
type Result struct {
	Stdout, Stderr string
	Exit           int
}

// Output is everything the command printed.
func (r Result) Output() string { return r.Stdout + r.Stderr }

// Run runs openaivet (or, when args start with "go", the go command) in
// dir, with env added to the environment. A panic or a runtime crash
// fails the test whatever else happens.
func Run(t testing.TB, dir string, env []string, args ...string) Result {
	t.Helper()
	if args[0] == "go" {
		return Command(t, dir, env, "go", args[1:]...)
	}
	return Command(t, dir, env, Binary, args...)
}

// VetTool is the go vet command line that runs openaivet, for Run.
func VetTool(args ...string) []string {
	return append([]string{"go", "vet", "-vettool=" + Binary}, args...)
}

// Command runs the program name in dir, as Run does.
func Command(t testing.TB, dir string, env []string, name string, args ...string) Result {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	res := Result{Stdout: stdout.String(), Stderr: stderr.String()}
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		res.Exit = exit.ExitCode()
	case err != nil:
		t.Fatalf("running %s %v: %v", name, args, err)
	}
	if crashed(res.Output()) {
		t.Fatalf("%s %v crashed:\n%s", name, args, res.Output())
	}
	return res
}

// crashed reports whether output holds a Go panic or fatal runtime error,
// from openaivet or from any process it ran.
func crashed(output string) bool {
	for _, sign := range []string{"panic: ", "fatal error: ", "goroutine 1 [", "[signal SIG"} {
		if strings.Contains(output, sign) {
			return true
		}
	}
	return false
}

// Module returns a copy of the module in dir, with its requirements in
// the module cache (so that no run needs the network), safe to change.
func Module(t testing.TB, dir string) string {
	t.Helper()
	testmod.Download(t, dir)
	return testmod.Copy(t, dir, func(s string) string { return s })
}

// Findings lists the findings of openaivet's text output as "file:line
// check", or of go vet's (which names no check) as "file:line", sorted.
// Compile errors and related information are left out.
func Findings(output string, vet bool) []string {
	var got []string
	for line := range strings.Lines(output) {
		line = strings.TrimRight(line, "\n")
		if strings.HasPrefix(line, "\t") || strings.HasSuffix(line, "(compile)") || isCompileError(line) {
			continue
		}
		file, rest, ok := strings.Cut(line, ":")
		if !ok || !strings.HasSuffix(file, ".go") {
			continue
		}
		lineNo, rest, _ := strings.Cut(rest, ":")
		if _, msg, _ := strings.Cut(rest, ": "); strings.HasPrefix(msg, "\t") {
			continue // go vet's related information
		}
		entry := file + ":" + lineNo
		if open := strings.LastIndex(rest, " ("); !vet && open >= 0 && strings.HasSuffix(rest, ")") {
			entry += " " + rest[open+2:len(rest)-1] // the check
		}
		got = append(got, entry)
	}
	slices.Sort(got)
	return got
}

// compileErrors are pieces of the parser's and type checker's messages
// that the testdata's broken packages provoke.
var compileErrors = []string{"cannot use ", "syntax error: ", "missing ',' "}

func isCompileError(line string) bool {
	for _, e := range compileErrors {
		if strings.Contains(line, e) {
			return true
		}
	}
	return false
}

// SameFindings fails the test unless got and want list the same findings.
func SameFindings(t testing.TB, what string, got, want []string) {
	t.Helper()
	if !slices.Equal(got, want) {
		t.Errorf("%s: findings\n\t%s\nwant\n\t%s", what, strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
}

// ReadFile returns the contents of a file.
func ReadFile(t testing.TB, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// Changed lists the files of dir, a copy of the module in src, that differ
// from src's, as slash-separated relative paths.
func Changed(t testing.TB, src, dir string) []string {
	t.Helper()
	var diff []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		orig, err := os.ReadFile(filepath.Join(src, rel))
		if err != nil || !bytes.Equal(orig, []byte(ReadFile(t, path))) {
			diff = append(diff, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return diff
}

// NeedCgo fails the test when cgo cannot build: the go command needs a C
// compiler for the packages that import "C".
func NeedCgo(t testing.TB) {
	t.Helper()
	enabled, cc := GoEnv(t, "CGO_ENABLED"), GoEnv(t, "CC")
	if enabled != "1" {
		t.Fatalf("cgo is off (go env CGO_ENABLED=%q): the test needs it, and a C compiler", enabled)
	}
	if _, err := exec.LookPath(strings.Fields(cc + " gcc")[0]); err != nil {
		t.Fatalf("no C compiler for cgo (%v): install one, e.g. `apt-get install gcc`", err)
	}
}

// GoEnv returns the go command's setting of a variable.
func GoEnv(t testing.TB, name string) string {
	t.Helper()
	out, err := exec.Command("go", "env", name).Output()
	if err != nil {
		t.Fatalf("go env %s: %v", name, err)
	}
	return strings.TrimSpace(string(out))
}
