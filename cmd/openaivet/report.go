package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/openaivet/openaivet/analyzers"
	"github.com/openaivet/openaivet/internal/checkdoc"
	"honnef.co/go/tools/analysis/lint"
	"honnef.co/go/tools/lintcmd"
)

const usageIntro = `openaivet checks Go programs that call the OpenAI API against OpenAI's
safety best practices.

Usage:
  openaivet [flags] [packages]            report findings
  openaivet -fix [-diff] [packages]       apply, or with -diff show, the suggested fixes
  go vet -vettool=$(which openaivet) [packages]

Checks (openaivet -explain CHECK for the whole story):
`

const usageExits = `
Exit status: 0 when there are no findings (and always with -f sarif),
1 when there are findings or a package could not be analyzed, 2 when the
command line is wrong.

Suppress a finding with a comment on the line above it:
  //lint:ignore CHECK reason
`

// report runs the checks through staticcheck's lintcmd: its output formats,
// -checks, -fail, -tests, //lint:ignore directives and result cache.
func report(args []string) int {
	checks := analyzers.All()
	cmd := lintcmd.NewCommand("openaivet")
	cmd.AddAnalyzers(checks...)
	fs := cmd.FlagSet()
	for _, a := range checks {
		a.Analyzer.Flags.VisitAll(func(f *flag.Flag) {
			fs.Var(f.Value, a.Analyzer.Name+"."+f.Name, f.Usage)
		})
	}
	// Say what lintcmd's flags mean for openaivet.
	fs.Lookup("f").Usage = "output `format`: text, stylish, json or sarif"
	fs.Lookup("checks").Usage = "comma-separated `checks` to run: names, \"all\", \"-name\" to leave one out (default all)"
	fs.Lookup("fail").Usage = "comma-separated `checks` whose findings make the exit status 1"
	fs.Lookup("tests").Usage = "check test files too"
	fs.Usage = func() { usage(fs, checks) }
	cmd.ParseFlags(args)

	// lintcmd's -explain points at staticcheck's website; ours points at
	// the check's page.
	if name := fs.Lookup("explain").Value.String(); name != "" {
		return explain(checks, name)
	}
	setCacheDir(checks)
	if fs.Lookup("f").Value.String() == "sarif" {
		return withSARIFRules(cmd.Execute)
	}
	return cmd.Execute()
}

// setCacheDir points lintcmd's result cache at a directory of its own for
// each set of analyzer options: lintcmd keys its results on the packages
// and the executable, not on options, so a run with other options must not
// see them. It keeps our results apart from staticcheck's too.
func setCacheDir(checks []*lint.Analyzer) {
	base := os.Getenv("STATICCHECK_CACHE")
	if base == "" {
		dir, err := os.UserCacheDir()
		if err != nil {
			return // lintcmd says what is wrong
		}
		base = filepath.Join(dir, "openaivet")
	}
	h := sha256.New()
	for _, a := range checks {
		a.Analyzer.Flags.VisitAll(func(f *flag.Flag) {
			fmt.Fprintf(h, "%s.%s=%s\n", a.Analyzer.Name, f.Name, f.Value)
		})
	}
	os.Setenv("STATICCHECK_CACHE", filepath.Join(base, fmt.Sprintf("options-%x", h.Sum(nil)[:6])))
}

func usage(fs *flag.FlagSet, checks []*lint.Analyzer) {
	w := fs.Output()
	fmt.Fprint(w, usageIntro)
	for _, a := range checks {
		fmt.Fprintf(w, "  %-12s %s\n", a.Analyzer.Name, a.Doc.Compile().Title)
	}
	fmt.Fprintln(w, "\nFlags:")
	fs.VisitAll(func(f *flag.Flag) {
		if strings.HasPrefix(f.Name, "debug.") || f.Name == "merge" || f.Name == "matrix" {
			return
		}
		name, text := flag.UnquoteUsage(f)
		fmt.Fprintf(w, "  -%s\n    \t%s", strings.TrimSpace(f.Name+" "+name), text)
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" && f.DefValue != `""` && f.Name != "checks" {
			fmt.Fprintf(w, " (default %s)", f.DefValue)
		}
		fmt.Fprintln(w)
	})
	fmt.Fprintln(w, "  -fix\n    \tapply the suggested fixes (go vet-style flags: -CHECK.OPTION, -test)")
	fmt.Fprintln(w, "  -diff\n    \twith -fix, print the fixes as a unified diff instead of applying them")
	fmt.Fprint(w, usageExits)
}

func explain(checks []*lint.Analyzer, name string) int {
	for _, a := range checks {
		if strings.EqualFold(a.Analyzer.Name, name) {
			fmt.Println(a.Doc.Compile().Format(false))
			fmt.Println("Online documentation\n    " + checkdoc.URL(a.Analyzer.Name))
			return 0
		}
	}
	fmt.Fprintf(os.Stderr, "openaivet: no check named %q; openaivet -list-checks lists them\n", name)
	return 2
}

// withSARIFRules runs execute with its standard output captured, and points
// each rule's help at the check's page instead of staticcheck's website.
func withSARIFRules(execute func() int) int {
	stdout := os.Stdout
	r, w, err := os.Pipe()
	if err != nil {
		fmt.Fprintln(os.Stderr, "openaivet:", err)
		return 1
	}
	captured := make(chan []byte)
	go func() {
		b, _ := io.ReadAll(r)
		captured <- b
	}()
	os.Stdout = w
	code := execute()
	os.Stdout = stdout
	w.Close()
	out := <-captured

	var log map[string]any
	if err := json.Unmarshal(out, &log); err != nil {
		// Not SARIF (an error message, say): pass it through untouched.
		stdout.Write(out)
		return code
	}
	for _, run := range asSlice(log["runs"]) {
		driver := asMap(asMap(asMap(run)["tool"])["driver"])
		driver["informationUri"] = "https://github.com/openaivet/openaivet"
		for _, rule := range asSlice(driver["rules"]) {
			rule := asMap(rule)
			if id, ok := rule["id"].(string); ok {
				rule["helpUri"] = checkdoc.URL(id)
			}
		}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(log); err != nil {
		fmt.Fprintln(os.Stderr, "openaivet:", err)
		return 1
	}
	stdout.Write(buf.Bytes())
	return code
}

func asMap(v any) map[string]any {
	m, _ := v.(map[string]any)
	if m == nil {
		return map[string]any{}
	}
	return m
}

func asSlice(v any) []any {
	s, _ := v.([]any)
	return s
}
