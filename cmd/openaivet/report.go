package main

import (
	"crypto/sha256"
	"flag"
	"fmt"
	"hash"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/openaivet/openaivet/analyzers"
	"github.com/openaivet/openaivet/internal/checkdoc"
	"github.com/openaivet/openaivet/internal/config"
	"github.com/openaivet/openaivet/internal/report"
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
Configuration: the nearest .openaivet.yml in or above each package chooses
the checks, sets their options and names the project's own sources,
prompts, sinks, sanitizers and key-taking functions; flags win over it.

Suppress a finding with a comment on its line or the line above it:
  //openaivet:ignore CHECK reason     (everywhere, go vet included)
  //lint:ignore CHECK reason          (this command)

Exit status: 0 when there are no findings (and always with -f sarif),
1 when there are findings or a package could not be analyzed, 2 when the
command line or a configuration file is wrong.
`

// formats are the output formats; lintcmd's binary and null formats are
// for its own plumbing.
var formats = map[string]bool{"text": true, "stylish": true, "json": true, "sarif": true}

// standalone runs the checks through staticcheck's lintcmd, which loads the
// packages, runs the analyzers with their facts and caches the results,
// and handles -checks, -fail, -tests and //lint:ignore. openaivet reads
// its findings as JSON and prints them itself: to drop those in the
// baseline, and to write the SARIF that code scanning expects.
func standalone(args []string) int {
	checks := analyzers.All()
	cmd := lintcmd.NewCommand("openaivet")
	cmd.AddAnalyzers(checks...)
	fs := cmd.FlagSet()
	for _, a := range checks {
		a.Analyzer.Flags.VisitAll(func(f *flag.Flag) {
			fs.Var(f.Value, a.Analyzer.Name+"."+f.Name, f.Usage)
		})
	}
	baselinePath := fs.String("baseline", "", "report only findings that are not in this `file`; when it does not exist, write the current findings to it")
	// Say what lintcmd's flags mean for openaivet.
	fs.Lookup("f").Usage = "output `format`: text, stylish, json or sarif"
	fs.Lookup("checks").Usage = "comma-separated `checks` to run: names, \"all\", \"-name\" to leave one out (default all, or the configuration's)"
	fs.Lookup("fail").Usage = "comma-separated `checks` whose findings make the exit status 1"
	fs.Lookup("tests").Usage = "check test files too"
	fs.Lookup("show-ignored").Usage = "show suppressed findings too"
	fs.Usage = func() { usage(fs, checks) }
	cmd.ParseFlags(args)

	// lintcmd's -explain points at staticcheck's website; ours points at
	// the check's page.
	if name := fs.Lookup("explain").Value.String(); name != "" {
		return explain(checks, name)
	}
	if fs.Lookup("list-checks").Value.String() == "true" || fs.Lookup("version").Value.String() == "true" || fs.Lookup("debug.version").Value.String() == "true" {
		return cmd.Execute()
	}
	format := fs.Lookup("f").Value.String()
	if !formats[format] {
		fmt.Fprintf(os.Stderr, "openaivet: -f %s: the formats are text, stylish, json and sarif\n", format)
		return 2
	}
	chosen := false
	fs.Visit(func(f *flag.Flag) { chosen = chosen || f.Name == "checks" })
	if chosen {
		config.ChecksChosenByCaller()
	}
	cwd, err := os.Getwd()
	if err != nil {
		fmt.Fprintln(os.Stderr, "openaivet:", err)
		return 2
	}
	key := sha256.New()
	fmt.Fprintf(key, "checks chosen: %v\n", chosen)
	if err := checkConfigFiles(configFiles(cwd), key); err != nil {
		fmt.Fprintln(os.Stderr, "openaivet:", err)
		return 2
	}
	setCacheDir(checks, key)

	// Run with lintcmd's JSON output, suppressed findings included.
	showIgnored := fs.Lookup("show-ignored").Value.String() == "true"
	fs.Set("f", "json")
	fs.Set("show-ignored", "true")
	report.KeepSuppressed()
	out, code := captureStdout(cmd.Execute)
	findings, err := parseFindings(out)
	if err != nil {
		// Not findings (an error message, say): pass it through.
		os.Stdout.Write(out)
		return code
	}
	fingerprint(findings, cwd)
	// lintcmd exits 1 for findings, suppressed ones included; without
	// any, it failed, and said so.
	failed := code != 0 && len(findings) == 0

	if *baselinePath != "" {
		b, exists, err := readBaseline(*baselinePath)
		if err != nil {
			fmt.Fprintln(os.Stderr, "openaivet:", err)
			return 2
		}
		if !exists {
			return startBaseline(*baselinePath, findings)
		}
		var gone int
		findings, gone = applyBaseline(b, findings)
		if gone > 0 {
			fmt.Fprintf(os.Stderr, "openaivet: %d of the findings in %s are gone; delete it and run again to shrink it\n", gone, *baselinePath)
		}
	}

	var shown []*finding
	failing := false
	for _, f := range findings {
		failing = failing || f.failing() && !f.suppressed()
		if !f.suppressed() || showIgnored || format == "sarif" {
			shown = append(shown, f)
		}
	}
	switch format {
	case "text":
		writeText(os.Stdout, shown, cwd)
	case "stylish":
		writeStylish(os.Stdout, shown, cwd)
	case "json":
		err = writeJSON(os.Stdout, shown)
	case "sarif":
		err = writeSARIF(os.Stdout, checks, shown, cwd)
	}
	switch {
	case err != nil:
		fmt.Fprintln(os.Stderr, "openaivet:", err)
		return 1
	case format == "sarif":
		return 0 // findings are the product, not a failure
	case failing:
		return 1
	case failed:
		return code
	}
	return 0
}

// startBaseline writes the first baseline: every current finding but
// those that say a package could not be analyzed.
func startBaseline(path string, findings []*finding) int {
	var base []*finding
	for _, f := range findings {
		if f.analysisFailure() {
			fmt.Fprintf(os.Stderr, "openaivet: %s:%d: %s; fix it before writing a baseline\n", f.Location.File, f.Location.Line, f.Message)
			return 1
		}
		if !f.suppressed() {
			base = append(base, f)
		}
	}
	if err := writeBaseline(path, base); err != nil {
		fmt.Fprintln(os.Stderr, "openaivet:", err)
		return 2
	}
	fmt.Fprintf(os.Stderr, "openaivet: wrote %d findings to the baseline %s; later runs with -baseline report only new ones\n", len(base), path)
	return 0
}

// setCacheDir points lintcmd's result cache at a directory of its own for
// each set of analyzer options and configuration: lintcmd keys its results
// on the packages and the executable, not on either, so a run with other
// options must not see them. It keeps our results apart from
// staticcheck's too.
func setCacheDir(checks []*lint.Analyzer, key hash.Hash) {
	base := os.Getenv("STATICCHECK_CACHE")
	if base == "" {
		dir, err := os.UserCacheDir()
		if err != nil {
			return // lintcmd says what is wrong
		}
		base = filepath.Join(dir, "openaivet")
	}
	for _, a := range checks {
		a.Analyzer.Flags.VisitAll(func(f *flag.Flag) {
			fmt.Fprintf(key, "%s.%s=%s\n", a.Analyzer.Name, f.Name, f.Value)
		})
	}
	os.Setenv("STATICCHECK_CACHE", filepath.Join(base, fmt.Sprintf("options-%x", key.Sum(nil)[:6])))
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

// captureStdout runs execute with its standard output captured.
func captureStdout(execute func() int) ([]byte, int) {
	stdout := os.Stdout
	r, w, err := os.Pipe()
	if err != nil {
		fmt.Fprintln(os.Stderr, "openaivet:", err)
		return nil, 1
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
	return <-captured, code
}
