package main

import (
	"cmp"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"flag"
	"fmt"
	"os"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/openaivet/openaivet/analyzers"
	"github.com/openaivet/openaivet/analyzers/directive"
	"github.com/openaivet/openaivet/internal/checkdoc"
	"github.com/openaivet/openaivet/internal/config"
	"github.com/openaivet/openaivet/internal/secret"
	"honnef.co/go/tools/analysis/lint"
)

const usageIntro = `openaivet checks Go programs that call the OpenAI API against OpenAI's
safety best practices.

Usage:
  openaivet [flags] [packages]            report findings
  openaivet -fix [-diff] [packages]       apply, or with -diff show, the suggested fixes
  go vet -vettool=/path/to/openaivet [packages]   (and go vet [packages] for vet's own checks)

Checks (openaivet -explain CHECK for the whole story):
`

const usageExits = `
Configuration: the nearest .openaivet.yml in or above each package chooses
the checks, sets their options and names the project's own sources,
prompts, sinks, sanitizers and key-taking functions; flags win over it.

-new-from-rev REV reports only the findings on lines changed since REV
(committed, staged or not; untracked files count as new), -new-from-patch
FILE those on lines a unified diff adds: a large code base can adopt
openaivet one change at a time. A finding is new when its line or one of
its related positions' lines changed; a package that does not compile is
always reported.

Suppress a finding with a comment on its line or the line above it:
  //openaivet:ignore CHECK reason     (or staticcheck's //lint:ignore CHECK reason)
A directive that names no check, an unknown check or no reason is itself
reported, as a finding of "directive", whichever checks run.

No API key, nor any piece of one, is printed: every output is redacted.

Exit status:
  0  no findings (with -f sarif, also when there are findings); with -fix,
     every finding fixed; with -diff, no diff
  1  findings; a package that does not compile is reported as a "compile"
     finding and counts as one (with -f sarif, as a notification, and only
     that makes it 1); with -fix, findings left without an automatic fix;
     with -diff, a diff, as go vet -fix -diff
  2  the run could not be done as asked: a wrong flag or .openaivet.yml, a
     check selection that chooses no check, a -new-from-rev that git
     cannot diff against or a -new-from-patch that cannot be read, or a go
     command failure (no go.mod, a package that does not exist, a module
     that cannot be downloaded, a missing go.sum entry), whose message is
     shown
`

// formats are the output formats.
var formats = []string{"text", "stylish", "json", "sarif", "html"}

// flags are the command's own flags; the checks' options are registered
// beside them as -CHECK.OPTION.
type flags struct {
	format, checks, fail, baseline, explain, tags, cpuProfile                string
	newFromRev, newFromPatch                                                 string
	tests, showIgnored, listChecks, listClients, version, fix, diff, verbose bool
}

func newFlagSet(checks []*lint.Analyzer) (*flag.FlagSet, *flags) {
	fs := flag.NewFlagSet("openaivet", flag.ContinueOnError)
	f := new(flags)
	fs.StringVar(&f.format, "f", "text", "output `format`: text, stylish, json, sarif or html")
	fs.StringVar(&f.checks, "checks", "", "comma-separated `checks` to run: names, \"all\", \"-name\" to leave one out (default all, or the configuration's)")
	fs.StringVar(&f.fail, "fail", "all", "comma-separated `checks` whose findings make the exit status 1")
	fs.BoolVar(&f.tests, "tests", true, "check test files too")
	fs.BoolVar(&f.showIgnored, "show-ignored", false, "show suppressed findings too")
	fs.StringVar(&f.baseline, "baseline", "", "report only findings that are not in this `file`; when it does not exist, write the current findings to it")
	fs.StringVar(&f.newFromRev, "new-from-rev", "", "report only findings on lines changed since the git `revision`, uncommitted changes and untracked files included")
	fs.StringVar(&f.newFromPatch, "new-from-patch", "", "report only findings on lines this unified diff `file` adds; its paths are relative to the current directory")
	fs.StringVar(&f.tags, "tags", "", "comma-separated build `tags`, as for go build")
	fs.BoolVar(&f.verbose, "v", false, "list the packages as go vet finishes them")
	fs.BoolVar(&f.fix, "fix", false, "apply the suggested fixes")
	fs.BoolVar(&f.diff, "diff", false, "print the suggested fixes as a unified diff instead of applying them")
	fs.StringVar(&f.explain, "explain", "", "print the documentation of a `check`")
	fs.BoolVar(&f.listChecks, "list-checks", false, "list the checks")
	fs.BoolVar(&f.listClients, "list-clients", false, "list the client libraries openaivet reads requests of")
	fs.BoolVar(&f.version, "version", false, "print the version")
	fs.StringVar(&f.cpuProfile, "debug.cpuprofile", "", "analyze every package in one process and write its CPU profile to `file`, for go tool pprof")
	for _, a := range checks {
		a.Analyzer.Flags.VisitAll(func(opt *flag.Flag) {
			fs.Var(opt.Value, a.Analyzer.Name+"."+opt.Name, opt.Usage)
		})
	}
	fs.Usage = func() { usage(fs, checks) }
	return fs, f
}

// standalone runs the checks through go vet (see runVet) and reports what
// they find in the format asked for; or, with -fix or -diff, has go vet
// apply or show the fixes. Everything it prints passes through the
// redactor, which learns the keys of the files that go vet's compile
// errors name. console is the terminal, if standard error is one, for
// the run's progress; style, how the text format looks on standard output.
func standalone(args []string, redactor *secret.Redactor, console *os.File, style textStyle) int {
	checks := analyzers.All()
	fs, f := newFlagSet(checks)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	switch {
	case f.explain != "":
		return explain(checks, f.explain)
	case f.listChecks:
		for _, a := range checks {
			fmt.Printf("%-12s %s\n", a.Analyzer.Name, a.Doc.Compile().Title)
		}
		return 0
	case f.listClients:
		fmt.Print(checkdoc.ClientsList())
		return 0
	case f.version:
		printVersion()
		return 0
	case !slices.Contains(formats, f.format):
		fmt.Fprintf(os.Stderr, "openaivet: -f %s: the formats are %s\n", f.format, strings.Join(formats, ", "))
		return 2
	}
	vetArgs, err := vetFlags(fs, f)
	if err != nil {
		fmt.Fprintln(os.Stderr, "openaivet:", err)
		return 2
	}
	failing := map[string]bool{} // -fail "": no check's findings fail the run
	if strings.TrimSpace(f.fail) != "" {
		if failing, err = config.SelectChecks(strings.Split(f.fail, ",")); err != nil {
			fmt.Fprintln(os.Stderr, "openaivet: -fail:", err)
			return 2
		}
	}
	cwd, err := os.Getwd()
	if err != nil {
		fmt.Fprintln(os.Stderr, "openaivet:", err)
		return 2
	}
	configs := sha256.New()
	if err := checkConfigFiles(config.Files(cwd), configs); err != nil {
		fmt.Fprintln(os.Stderr, "openaivet:", err)
		return 2
	}
	os.Setenv(configKeyEnv, fmt.Sprintf("%x", configs.Sum(nil))) // for go vet's -V=full
	// The change is read before the packages are analyzed, so that a
	// revision git does not know stops the run at once.
	changed, err := readChanges(fs, f, cwd)
	if err != nil {
		fmt.Fprintln(os.Stderr, "openaivet:", err)
		return 2
	}

	out := newVetOutput(cwd, redactor)
	out.passOn = os.Stderr
	if f.diff {
		return showDiff(out, vetArgs, fs.Args())
	}
	if f.cpuProfile != "" {
		return profile(vetArgs, f.cpuProfile, fs.Args())
	}
	findings, ok := collect(out, f, vetArgs, fs.Args(), failing, console)
	if !ok {
		return 2
	}
	if f.fix {
		did, code := applyFixes(out, vetArgs, fs.Args(), findings)
		if code != 0 {
			return code
		}
		if did != "" {
			// The fixes moved lines: what is left is what a run finds now.
			if findings, ok = collect(newVetOutput(cwd, redactor), f, vetArgs, fs.Args(), failing, nil); !ok {
				return 2
			}
		}
		return showLeft(did, findings, cwd, style)
	}
	var inBaseline []*finding // the findings the baseline drops
	if f.baseline != "" {
		b, exists, err := readBaseline(f.baseline)
		if err != nil {
			fmt.Fprintln(os.Stderr, "openaivet:", err)
			return 2
		}
		if !exists {
			return startBaseline(f.baseline, findings)
		}
		var gone int
		findings, inBaseline, gone = applyBaseline(b, findings)
		if gone > 0 {
			fmt.Fprintf(os.Stderr, "openaivet: %d of the findings in %s are gone; delete it and run again to shrink it\n", gone, f.baseline)
		}
	}
	// After the baseline, which is written from and compared with every
	// finding: narrowed first, it would count old findings on unchanged
	// lines as gone.
	if changed != nil {
		findings = changed.keep(findings)
		inBaseline = changed.keep(inBaseline)
	}
	return showFindings(f, append(checks, analyzers.Directive()), findings, inBaseline, cwd, redactor, style)
}

// collect runs the checks through go vet and returns the findings on the
// packages the patterns name, and compile errors wherever they are, sorted
// and fingerprinted, with their severity. It is false, having said why,
// when go vet could not run as asked.
func collect(out *vetOutput, f *flags, vetArgs, patterns []string, failing map[string]bool, console *os.File) ([]*finding, bool) {
	// go vet also reports on packages it analyzed only as dependencies
	// (see commandEnv), which this run was not asked about. Which the
	// patterns name, the main module's layout says for the commonest
	// patterns; go list says, while go vet runs, for the others, and for
	// the count of packages that progress shows.
	local := newDirPatterns(out.dir, patterns)
	var list *listing
	if local == nil || console != nil {
		list = startListing(buildFlags(vetArgs), patterns, console != nil)
	}
	show := startProgress(console, list)
	out.done = func(pkg string) {
		show.done()
		if f.verbose {
			fmt.Fprintln(os.Stderr, pkg)
		}
	}
	code, err := runVet(out, append(append(vetArgs, "-json"), patterns...), commandEnv+"=1")
	isRoot, decided := local.decide(out.analyzed)
	if !decided {
		if list == nil {
			list = startListing(buildFlags(vetArgs), patterns, false)
		}
		pkgs, listErr := list.wait()
		switch {
		case listErr != nil:
			isRoot = func(string) bool { return true } // go vet says why
		case err == nil && len(out.problems) == 0:
			if missing := pkgs.missing(out.analyzed); len(missing) > 0 {
				// go vet replayed, for these, a result it computed when
				// they were only dependencies, for their facts (see
				// commandEnv): analyze them again, with a cache of
				// results of their own.
				code, err = runVet(out, append(append(vetArgs, "-json"), missing...), commandEnv+"="+freshNamespace())
			}
			fallthrough
		default:
			isRoot = pkgs.has
		}
	}
	show.stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "openaivet:", err)
		return nil, false
	}
	findings := slices.DeleteFunc(out.findings, func(x *finding) bool { return x.Check != "compile" && !isRoot(x.pkg) })
	if !f.tests {
		findings = slices.DeleteFunc(findings, func(x *finding) bool { return strings.HasSuffix(x.Location.File, "_test.go") })
	}
	for _, x := range findings {
		if x.Severity == "" {
			x.Severity = "warning"
			if failing[x.Check] || x.analysisFailure() || x.Check == directive.Analyzer.Name {
				x.Severity = "error"
			}
		}
	}
	slices.SortFunc(findings, func(a, b *finding) int {
		return cmp.Or(cmp.Compare(a.Location.File, b.Location.File), cmp.Compare(a.Location.Line, b.Location.Line),
			cmp.Compare(a.Location.Column, b.Location.Column), cmp.Compare(a.Check, b.Check), cmp.Compare(a.Message, b.Message))
	})
	fingerprint(findings, out.dir)
	// What the go command said that is not about a package (a pattern
	// that matches nothing, a go.mod it cannot read) is passed on.
	for _, line := range out.problems {
		fmt.Fprintln(os.Stderr, line)
	}
	if code != 0 && (len(out.problems) > 0 || out.failures == 0) {
		// go vet failed before it could analyze the packages: the
		// command line, the module or the network is wrong, not the code.
		if len(out.problems) == 0 {
			fmt.Fprintf(os.Stderr, "openaivet: go vet failed with exit status %d\n", code)
		}
		return nil, false
	}
	return findings, true
}

// readChanges returns the change that -new-from-rev or -new-from-patch
// names, or nil when neither is given.
func readChanges(fs *flag.FlagSet, f *flags, cwd string) (*changes, error) {
	rev, patch := isSet(fs, "new-from-rev"), isSet(fs, "new-from-patch")
	switch {
	case !rev && !patch:
		return nil, nil
	case rev && patch:
		return nil, errors.New("-new-from-rev and -new-from-patch both name the change; give one")
	case f.fix || f.diff || f.cpuProfile != "":
		// go vet applies or shows every fix, and the profiling run
		// prints its findings itself: neither can be narrowed.
		return nil, errors.New("-new-from-rev and -new-from-patch narrow the findings reported; they do not work with -fix, -diff or -debug.cpuprofile")
	case rev:
		return changesSinceRev(f.newFromRev, cwd)
	}
	return changesFromPatch(f.newFromPatch, cwd)
}

// freshNamespace returns a value for commandEnv that no run has used, so
// that go vet computes every result again instead of replaying one.
func freshNamespace() string {
	var b [8]byte
	rand.Read(b[:])
	return fmt.Sprintf("%x", b)
}

// buildFlags returns the flags of go vet's arguments that choose what is
// built: the build tags.
func buildFlags(vetArgs []string) []string {
	var flags []string
	for _, arg := range vetArgs {
		if strings.HasPrefix(arg, "-tags=") {
			flags = append(flags, arg)
		}
	}
	return flags
}

// showFindings prints the findings and returns the exit status.
// inBaseline holds those that -baseline dropped, which only the html
// format's summary counts.
func showFindings(f *flags, checks []*lint.Analyzer, findings, inBaseline []*finding, cwd string, redactor *secret.Redactor, style textStyle) int {
	var shown []*finding
	failing := false
	for _, x := range findings {
		failing = failing || x.failing() && !x.suppressed()
		if !x.suppressed() || f.showIgnored || f.format == "sarif" {
			shown = append(shown, x)
		}
	}
	var err error
	switch f.format {
	case "text":
		writeText(os.Stdout, shown, cwd, style)
	case "stylish":
		writeStylish(os.Stdout, shown, cwd)
	case "json":
		err = writeJSON(os.Stdout, shown)
	case "sarif":
		err = writeSARIF(os.Stdout, checks, shown, cwd)
	case "html":
		err = writeHTML(os.Stdout, checks, shown, countByCheck(findings, inBaseline), f.baseline != "", cwd, redactor)
	}
	switch {
	case err != nil:
		fmt.Fprintln(os.Stderr, "openaivet:", err)
		return 1
	case f.format == "sarif":
		// Findings are the product, not a failure; a package that could
		// not be analyzed is (the log's notifications say which).
		if slices.ContainsFunc(shown, (*finding).analysisFailure) {
			return 1
		}
		return 0
	case failing:
		return 1
	}
	return 0
}

// countByCheck counts, by check, the findings that are not suppressed,
// those that are, and those the baseline dropped.
func countByCheck(findings, inBaseline []*finding) map[string]*tally {
	counts := map[string]*tally{}
	of := func(check string) *tally {
		if counts[check] == nil {
			counts[check] = new(tally)
		}
		return counts[check]
	}
	for _, x := range findings {
		if x.suppressed() {
			of(x.Check).Suppressed++
		} else {
			of(x.Check).Findings++
		}
	}
	for _, x := range inBaseline {
		of(x.Check).Baseline++
	}
	return counts
}

// vetFlags returns go vet's flags for the command's: build tags, the
// checks chosen (go vet's -NAME flags), and the options set.
func vetFlags(fs *flag.FlagSet, f *flags) ([]string, error) {
	var args []string
	if f.tags != "" {
		args = append(args, "-tags="+f.tags)
	}
	if isSet(fs, "checks") {
		selected, err := config.SelectChecks(strings.Split(f.checks, ","))
		if err != nil {
			return nil, fmt.Errorf("-checks: %v", err)
		}
		for _, name := range config.Checks {
			if selected[name] {
				args = append(args, "-"+name)
			}
		}
		// Directives are checked whichever checks run.
		args = append(args, "-"+directive.Analyzer.Name)
	}
	fs.Visit(func(opt *flag.Flag) {
		if check, _, ok := strings.Cut(opt.Name, "."); ok && slices.Contains(config.Checks, check) {
			args = append(args, "-"+opt.Name+"="+opt.Value.String())
		}
	})
	return args, nil
}

// isSet reports whether the flag was given on the command line, even
// empty.
func isSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
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

func usage(fs *flag.FlagSet, checks []*lint.Analyzer) {
	w := fs.Output()
	fmt.Fprint(w, usageIntro)
	for _, a := range checks {
		fmt.Fprintf(w, "  %-12s %s\n", a.Analyzer.Name, a.Doc.Compile().Title)
	}
	fmt.Fprintln(w, "\nFlags:")
	fs.VisitAll(func(f *flag.Flag) {
		name, text := flag.UnquoteUsage(f)
		fmt.Fprintf(w, "  -%s\n    \t%s", strings.TrimSpace(f.Name+" "+name), text)
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" && f.DefValue != `""` && f.Name != "checks" {
			fmt.Fprintf(w, " (default %s)", f.DefValue)
		}
		fmt.Fprintln(w)
	})
	fmt.Fprint(w, usageExits)
}

func explain(checks []*lint.Analyzer, name string) int {
	for _, a := range append(checks, analyzers.Directive()) {
		if strings.EqualFold(a.Analyzer.Name, name) {
			fmt.Println(a.Doc.Compile().Format(false))
			fmt.Println("Online documentation\n    " + checkdoc.URL(a.Analyzer.Name))
			return 0
		}
	}
	fmt.Fprintf(os.Stderr, "openaivet: no check named %q; openaivet -list-checks lists them\n", name)
	return 2
}

// printVersion prints the module version the binary was built from.
func printVersion() {
	version := "(devel)"
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" {
		version = info.Main.Version
	}
	fmt.Println("openaivet", version)
}
