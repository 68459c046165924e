package plugin_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"github.com/openaivet/openaivet/analyzers/maxtokens"
	"github.com/openaivet/openaivet/internal/customgcl"
	"github.com/openaivet/openaivet/internal/testmod"
	_ "github.com/openaivet/openaivet/plugin"
)

const (
	demo          = "../testdata/demo"
	exampleConfig = "../docs/golangci-lint/.golangci.yml"
)

// newPlugin returns the constructor that the plugin registered, as
// golangci-lint finds it.
func newPlugin(t *testing.T) register.NewPlugin {
	t.Helper()
	newPlugin, err := register.GetPlugin("openaivet")
	if err != nil {
		t.Fatal(err)
	}
	return newPlugin
}

// settings decodes YAML-like settings written as JSON, the way
// golangci-lint hands them over: maps of any, numbers that JSON reads.
func settings(t *testing.T, text string) any {
	t.Helper()
	var s any
	if err := json.Unmarshal([]byte(text), &s); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestNew(t *testing.T) {
	for _, test := range []struct {
		settings string
		want     string // the checks BuildAnalyzers returns
	}{
		{`null`, "apikey inputlimit maxtokens moderation outputsink promptinject safetyid unhashedid directive"},
		{`{}`, "apikey inputlimit maxtokens moderation outputsink promptinject safetyid unhashedid directive"},
		{`{"checks": ["safetyid"]}`, "safetyid directive"},
		{`{"checks": ["all", "-apikey", "-outputsink"]}`, "inputlimit maxtokens moderation promptinject safetyid unhashedid directive"},
		{`{"checks": ["safetyid", "maxtokens"], "options": {"maxtokens": {"default": 512}}}`, "maxtokens safetyid directive"},
	} {
		p, err := newPlugin(t)(settings(t, test.settings))
		if err != nil {
			t.Errorf("New(%s): %v", test.settings, err)
			continue
		}
		as, err := p.BuildAnalyzers()
		if err != nil {
			t.Errorf("New(%s).BuildAnalyzers(): %v", test.settings, err)
			continue
		}
		// First, the analyzer that keys golangci-lint's cache on the
		// .openaivet.yml files (see configKey).
		if len(as) == 0 || !regexp.MustCompile(`^openaivetconfig_[0-9a-f]{16}$`).MatchString(as[0].Name) {
			t.Errorf("New(%s) runs no configuration key first", test.settings)
			continue
		}
		var names []string
		for _, a := range as[1:] {
			names = append(names, a.Name)
		}
		if got := strings.Join(names, " "); got != test.want {
			t.Errorf("New(%s) runs %s, want %s", test.settings, got, test.want)
		}
		if mode := p.GetLoadMode(); mode != register.LoadModeTypesInfo {
			t.Errorf("New(%s).GetLoadMode() = %s, want %s", test.settings, mode, register.LoadModeTypesInfo)
		}
	}
}

func TestNewOptions(t *testing.T) {
	// 1000000 reaches the plugin as a float64, which fmt.Sprint spells
	// 1e+06; the option must still read it as the integer it is.
	_, err := newPlugin(t)(settings(t, `{"options": {"maxtokens": {"default": 256, "ceiling": 1000000}}}`))
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{"default": "256", "ceiling": "1000000"} {
		if got := maxtokens.Analyzer.Flags.Lookup(name).Value.String(); got != want {
			t.Errorf("maxtokens.%s = %s, want %s", name, got, want)
		}
	}
}

func TestNewErrors(t *testing.T) {
	for _, test := range []struct {
		settings string
		want     string
	}{
		{`{"chekcs": ["all"]}`, `openaivet: settings: decoding settings: json: unknown field "chekcs" (the settings are checks and options)`},
		{`{"checks": "safetyid"}`, `openaivet: settings: decoding settings: json: cannot unmarshal string into Go struct field Settings.checks of type []string`},
		{`{"checks": ["safetyid", "nosuch"]}`, `openaivet: settings: checks: no check named "nosuch"; the checks are apikey, inputlimit, maxtokens, moderation, outputsink, promptinject, safetyid, unhashedid`},
		{`{"checks": ["-apikey"]}`, `openaivet: settings: checks: "-apikey" chooses no check; name the checks to run, or start with all to leave some out: "all,-name"`},
		{`{"checks": []}`, `openaivet: settings: checks: an empty list chooses no check`},
		{`{"options": {"maxtokenz": {"default": 512}}}`, `openaivet: settings: options.maxtokenz: no check named "maxtokenz"; the checks are apikey, inputlimit, maxtokens, moderation, outputsink, promptinject, safetyid, unhashedid`},
		{`{"options": {"maxtokens": {"defualt": 512}}}`, `openaivet: settings: options.maxtokens.defualt: no such option; maxtokens has: ceiling, default`},
		{`{"options": {"safetyid": {"default": 512}}}`, `openaivet: settings: options.safetyid.default: no such option; safetyid has no options`},
		{`{"options": {"maxtokens": {"default": "lots"}}}`, `openaivet: settings: options.maxtokens.default: `},
		{`{"options": {"maxtokens": {"default": 512.5}}}`, `openaivet: settings: options.maxtokens.default: `},
		{`{"options": {"maxtokens": {"default": null}}}`, `openaivet: settings: options.maxtokens.default: no value`},
		{`{"options": {"maxtokens": {"default": [1]}}}`, `openaivet: settings: options.maxtokens.default: invalid value [1]: want a number, a string or a boolean`},
		{`{"options": {"maxtokens": 512}}`, `openaivet: settings: decoding settings: json: cannot unmarshal number into Go struct field Settings.options of type map[string]interface {}`},
	} {
		_, err := newPlugin(t)(settings(t, test.settings))
		if err == nil || !strings.HasPrefix(err.Error(), test.want) {
			t.Errorf("New(%s): %v\nwant: %s", test.settings, err, test.want)
		}
	}
}

// The example .custom-gcl.yml builds what these tests build.
func TestCustomGCLExample(t *testing.T) {
	text, err := os.ReadFile("../docs/golangci-lint/.custom-gcl.yml")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"\nversion: " + customgcl.Version + "\n",
		"- module: github.com/openaivet/openaivet\n",
		"import: github.com/openaivet/openaivet/plugin\n",
	} {
		if !strings.Contains(string(text), want) {
			t.Errorf(".custom-gcl.yml lacks %q", want)
		}
	}
}

// The rest of the tests build a golangci-lint with the plugin, as
// `golangci-lint custom` does, and run it on the demo module.

// gcl is the custom golangci-lint, built once for every test that needs it.
var gcl struct {
	once  sync.Once
	dir   string // the build directory, removed by TestMain
	bin   string // the binary
	cache string // GOLANGCI_LINT_CACHE, shared: its keys cover the settings
	err   error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if gcl.dir != "" {
		os.RemoveAll(gcl.dir)
	}
	os.Exit(code)
}

// customGCL returns the path of the custom golangci-lint, building it
// on first use.
func customGCL(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds golangci-lint, which takes minutes")
	}
	gcl.once.Do(func() {
		gcl.dir, gcl.err = os.MkdirTemp("", "openaivet-custom-gcl-")
		if gcl.err == nil {
			gcl.bin, gcl.err = customgcl.Build(gcl.dir, "custom-gcl", "..")
			gcl.cache = filepath.Join(gcl.dir, "cache")
		}
	})
	if gcl.err != nil {
		t.Fatalf("building golangci-lint %s with the plugin: %v", customgcl.Version, gcl.err)
	}
	return gcl.bin
}

// runEnv is the environment of golangci-lint and of the go commands run on
// the demo module, which testmod.Download has prepared: no network at all.
func runEnv() []string {
	return append(os.Environ(), "GOLANGCI_LINT_CACHE="+gcl.cache, "GOPROXY=off", "GOWORK=off", "GOFLAGS=-buildvcs=false")
}

// demoModule returns a copy of the demo module with the example
// .golangci.yml, its openaivet settings replaced by settings (in YAML flow
// style) unless that is empty.
func demoModule(t *testing.T, settings string) string {
	t.Helper()
	testmod.Download(t, demo)
	dir := testmod.Copy(t, demo, func(s string) string { return s })
	config, err := os.ReadFile(exampleConfig)
	if err != nil {
		t.Fatal(err)
	}
	text := string(config)
	if settings != "" {
		text = replaceSettings(t, text, settings)
	}
	if err := os.WriteFile(filepath.Join(dir, ".golangci.yml"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// replaceSettings replaces the settings key of the openaivet entry in a
// .golangci.yml: the line "settings:" indented deeper than "openaivet:",
// and the lines indented deeper still that follow it.
func replaceSettings(t *testing.T, config, settings string) string {
	t.Helper()
	lines := strings.Split(config, "\n")
	indent := func(line string) int { return len(line) - len(strings.TrimLeft(line, " ")) }
	entry := slices.IndexFunc(lines, func(l string) bool { return strings.TrimSpace(l) == "openaivet:" })
	if entry < 0 {
		t.Fatalf("%s has no openaivet entry", exampleConfig)
	}
	for i := entry + 1; i < len(lines) && (strings.TrimSpace(lines[i]) == "" || indent(lines[i]) > indent(lines[entry])); i++ {
		if strings.TrimSpace(lines[i]) != "settings:" {
			continue
		}
		end := i + 1
		for end < len(lines) && (strings.TrimSpace(lines[end]) == "" || indent(lines[end]) > indent(lines[i])) {
			end++
		}
		repl := strings.Repeat(" ", indent(lines[i])) + "settings: " + settings
		return strings.Join(slices.Concat(lines[:i], []string{repl, ""}, lines[end:]), "\n")
	}
	t.Fatalf("%s has no settings in its openaivet entry", exampleConfig)
	return ""
}

// result is how a command ended.
type result struct {
	out  string // standard output and standard error
	exit int
}

func run(t *testing.T, dir, name string, args ...string) result {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir, cmd.Env = dir, runEnv()
	out, err := cmd.CombinedOutput()
	res := result{out: string(out)}
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		res.exit = exit.ExitCode()
	case err != nil:
		t.Fatalf("running %s %v: %v", name, args, err)
	}
	if strings.Contains(res.out, "panic:") {
		t.Fatalf("%s %v panicked:\n%s", name, args, res.out)
	}
	return res
}

// lint runs the custom golangci-lint's run command in dir, with openaivet
// as the only linter and plain text output, one line per finding. Another
// golangci-lint running on the machine would make it fail at once, were it
// not for --allow-parallel-runners; the tests' cache is their own.
func lint(t *testing.T, dir string, args ...string) result {
	t.Helper()
	args = append([]string{"run", "--config=.golangci.yml", "--enable-only=openaivet", "--allow-parallel-runners",
		"--output.text.path=stdout", "--output.text.print-issued-lines=false", "--output.text.colors=false",
		"--show-stats=false"}, args...)
	return run(t, dir, customGCL(t), append(args, "./...")...)
}

// finding is one line of golangci-lint's text output for openaivet, an
// issue; a related position would be an issue of its own, marked
// "(related information)":
//
//	main.go:36:15: safetyid: chat completion request has no safety_identifier: ... (openaivet)
var finding = regexp.MustCompile(`(?m)^([^:\s]+):(\d+):(\d+): (\w+(?:\(related information\))?): (.*) \(openaivet\)$`)

// findings returns the issues in golangci-lint's output as "file:line
// check", sorted.
func findings(out string) []string {
	var fs []string
	for _, m := range finding.FindAllStringSubmatch(out, -1) {
		fs = append(fs, m[1]+":"+m[2]+" "+m[4])
	}
	slices.Sort(fs)
	return fs
}

// demoFindings are the findings openaivet reports on the demo module, as
// its expected.txt lists them.
func demoFindings(t *testing.T) []string { return testmod.Expected(t, demo) }

// demoFindingsOf returns the demo's findings of one check.
func demoFindingsOf(t *testing.T, check string) []string {
	var fs []string
	for _, f := range demoFindings(t) {
		if strings.HasSuffix(f, " "+check) {
			fs = append(fs, f)
		}
	}
	return fs
}

func TestConfigVerify(t *testing.T) {
	gcl := customGCL(t)
	dir := demoModule(t, "")
	if res := run(t, dir, gcl, "config", "verify", "--config=.golangci.yml"); res.exit != 0 {
		t.Errorf("config verify of %s: exit %d\n%s", exampleConfig, res.exit, res.out)
	}

	// config verify checks the file against golangci-lint's schema, which
	// knows the keys of a custom linter's entry...
	config := filepath.Join(dir, ".golangci.yml")
	text, _ := os.ReadFile(config)
	bad := strings.Replace(string(text), "type: module", "kind: module", 1)
	if err := os.WriteFile(config, []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	res := run(t, dir, gcl, "config", "verify", "--config=.golangci.yml")
	if res.exit == 0 || !strings.Contains(res.out, "additional properties 'kind' not allowed") {
		t.Errorf("config verify of a config with kind instead of type: exit %d\n%s", res.exit, res.out)
	}
}

// ...but not what is inside its settings: run says what is wrong there,
// before it loads any package.
func TestBadSettings(t *testing.T) {
	for _, test := range []struct{ settings, want string }{
		{`{options: {maxtokens: {defualt: 512}}}`, "options.maxtokens.defualt: no such option; maxtokens has: ceiling, default"},
		{`{checks: [safetyid, nosuch]}`, `checks: no check named "nosuch"; the checks are apikey,`},
		{`{check: [safetyid]}`, `decoding settings: json: unknown field "check" (the settings are checks and options)`},
	} {
		dir := demoModule(t, test.settings)
		res := lint(t, dir)
		want := "plugin(openaivet): newPlugin openaivet: settings: " + test.want
		if res.exit != 3 || !strings.Contains(res.out, want) {
			t.Errorf("settings %s: exit %d, want 3 and %q\n%s", test.settings, res.exit, want, res.out)
		}
	}
}

func TestRun(t *testing.T) {
	dir := demoModule(t, "")
	res := lint(t, dir)
	if res.exit != 1 {
		t.Errorf("exit %d, want 1 for findings\n%s", res.exit, res.out)
	}
	if got := findings(res.out); !slices.Equal(got, demoFindings(t)) {
		t.Errorf("findings:\n%s\nwant:\n%s\noutput:\n%s", strings.Join(got, "\n"), strings.Join(demoFindings(t), "\n"), res.out)
	}
	// A finding is one issue: a data flow's related positions are in its
	// text.
	for _, want := range []string{
		"main.go:36:15: promptinject: user input from r.URL reaches the system prompt: ",
		" (user input is read here, line 39) (and placed in the system prompt here, line 39) (openaivet)\n",
	} {
		if !strings.Contains(res.out, want) {
			t.Errorf("output lacks %q:\n%s", want, res.out)
		}
	}
}

func TestChecksSetting(t *testing.T) {
	dir := demoModule(t, `{checks: [safetyid]}`)
	res := lint(t, dir)
	want := demoFindingsOf(t, "safetyid")
	if got := findings(res.out); !slices.Equal(got, want) {
		t.Errorf("findings:\n%s\nwant:\n%s\noutput:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"), res.out)
	}
	for _, m := range finding.FindAllStringSubmatch(res.out, -1) {
		if m[4] != "safetyid" {
			t.Errorf("%s finding with checks: [safetyid]: %s", m[4], m[0])
		}
	}
}

func TestOptionsSetting(t *testing.T) {
	dir := demoModule(t, `{checks: [maxtokens], options: {maxtokens: {default: 512, ceiling: 100}}}`)
	res := lint(t, dir)
	if want := "main.go:54:15: maxtokens: chat completion request uses the deprecated MaxTokens and allows 300 output tokens: "; !strings.Contains(res.out, want) {
		t.Errorf("with ceiling: 100, output lacks %q:\n%s", want, res.out)
	}
	res = lint(t, dir, "--fix")
	if res.exit > 1 {
		t.Fatalf("--fix: exit %d\n%s", res.exit, res.out)
	}
	fixed, _ := os.ReadFile(filepath.Join(dir, "main.go"))
	if !strings.Contains(string(fixed), "MaxCompletionTokens: openai.Int(512),") {
		t.Errorf("with default: 512, --fix did not add MaxCompletionTokens: openai.Int(512):\n%s", fixed)
	}
}

func TestFix(t *testing.T) {
	dir := demoModule(t, "")
	res := lint(t, dir, "--fix")
	if res.exit > 1 {
		t.Fatalf("--fix: exit %d\n%s", res.exit, res.out)
	}
	main, _ := os.ReadFile(filepath.Join(dir, "main.go"))
	llm, _ := os.ReadFile(filepath.Join(dir, "llm", "llm.go"))
	for _, want := range []string{"MaxCompletionTokens: openai.Int(1024),", "SafetyIdentifier:    openai.String(userID),", "sha256.Sum256([]byte(email))"} {
		if !strings.Contains(string(main), want) {
			t.Errorf("fixed main.go lacks %q:\n%s", want, main)
		}
	}
	if strings.Contains(string(main), "WithAPIKey") || strings.Contains(string(main), "MaxTokens:") {
		t.Errorf("fixed main.go still has the key or MaxTokens:\n%s", main)
	}
	if !strings.Contains(string(llm), "SafetyIdentifier: openai.String(userHash),") {
		t.Errorf("fixed llm.go lacks SafetyIdentifier:\n%s", llm)
	}
	if res := run(t, dir, "go", "build", "./..."); res.exit != 0 {
		t.Fatalf("fixed demo does not build:\n%s", res.out)
	}
	if res := run(t, dir, "go", "run", "cmd/gofmt", "-l", "."); res.out != "" || res.exit != 0 {
		t.Errorf("fixed demo is not gofmt-clean: %s", res.out)
	}

	res = lint(t, dir)
	for _, fixed := range []string{
		"llm/llm.go:34:15: safetyid: ",
		"maxtokens: chat completion request uses the deprecated MaxTokens",
		"unhashedid: ",
		"apikey: ",
	} {
		if strings.Contains(res.out, fixed) {
			t.Errorf("finding %q is still reported after --fix:\n%s", fixed, res.out)
		}
	}
	if regexp.MustCompile(`(?m)^main\.go:.*maxtokens: chat completion request has no output token limit`).MatchString(res.out) {
		t.Errorf("maxtokens finding in main.go still reported after --fix:\n%s", res.out)
	}
	if regexp.MustCompile(`(?m)^main\.go:.*safetyid: chat completion request has no safety_identifier`).MatchString(res.out) {
		t.Errorf("safetyid finding in main.go still reported after --fix:\n%s", res.out)
	}
	// What no fix can decide stays reported.
	for _, left := range []string{"safetyid: chat completion request sends a constant safety_identifier", "safetyid: realtime client secret"} {
		if !strings.Contains(res.out, left) {
			t.Errorf("finding %q should remain after --fix:\n%s", left, res.out)
		}
	}
}

func TestNolint(t *testing.T) {
	dir := demoModule(t, "")
	path := filepath.Join(dir, "main.go")
	text, _ := os.ReadFile(path)
	lines := strings.Split(string(text), "\n")
	// //nolint:openaivet drops every check's findings on its line, with
	// the positions they relate to (line 36's input is read on line 39);
	// //openaivet:ignore, which the checks read themselves, one check's.
	nolint := map[int]bool{36: true, 96: true, 116: true}
	for n := range nolint {
		lines[n-1] += " //nolint:openaivet // a demo"
	}
	lines[54-1] += " //openaivet:ignore safetyid anonymous users share one ID"
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	res := lint(t, dir)
	var want []string
	for _, f := range demoFindings(t) {
		var n int
		fmt.Sscanf(f, "main.go:%d", &n)
		if !nolint[n] && f != "main.go:54 safetyid" {
			want = append(want, f)
		}
	}
	if len(want) >= len(demoFindings(t))-4 {
		t.Fatalf("the directives should silence several findings of the demo; it has:\n%s", strings.Join(demoFindings(t), "\n"))
	}
	if got := findings(res.out); !slices.Equal(got, want) {
		t.Errorf("findings:\n%s\nwant:\n%s\noutput:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"), res.out)
	}
	if res.exit != 1 {
		t.Errorf("exit %d, want 1 for the findings left", res.exit)
	}
}

// A project's .openaivet.yml applies under golangci-lint too, and the
// plugin's settings win over it, as the command's flags do.
func TestOpenaivetYML(t *testing.T) {
	for _, test := range []struct {
		settings string
		want     []string
	}{
		{`{}`, demoFindingsOf(t, "maxtokens")},
		{`{checks: [safetyid]}`, demoFindingsOf(t, "safetyid")},
	} {
		dir := demoModule(t, test.settings)
		if err := os.WriteFile(filepath.Join(dir, ".openaivet.yml"), []byte("checks: [maxtokens]\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		res := lint(t, dir)
		if got := findings(res.out); !slices.Equal(got, test.want) {
			t.Errorf("settings %s with .openaivet.yml choosing maxtokens: findings:\n%s\nwant:\n%s\noutput:\n%s",
				test.settings, strings.Join(got, "\n"), strings.Join(test.want, "\n"), res.out)
		}
	}
}

// TestEditors runs the command lines that editors run (docs/editors.md),
// in the demo (golangci-lint run, given no package, checks ./...), and reads their output as the editors do:
// VS Code's Go extension, with "go.lintTool": "golangci-lint-v2", reads
// file:line:col: message lines with absolute paths; golangci-lint-langserver,
// which gopls-based editors use, reads the JSON report. Either way, a
// finding is one diagnostic.
func TestEditors(t *testing.T) {
	dir := demoModule(t, "")
	want := demoFindings(t)
	editor := func(args ...string) (stdout string, exit int) {
		t.Helper()
		cmd := exec.Command(customGCL(t), args...)
		cmd.Dir, cmd.Env = dir, runEnv()
		var out, errs strings.Builder
		cmd.Stdout, cmd.Stderr = &out, &errs
		err := cmd.Run()
		var exitErr *exec.ExitError
		switch {
		case errors.As(err, &exitErr):
			exit = exitErr.ExitCode()
		case err != nil:
			t.Fatalf("%v: %v", args, err)
		}
		if exit > 1 {
			t.Fatalf("%v: exit %d\n%s%s", args, exit, out.String(), errs.String())
		}
		return out.String(), exit
	}

	out, exit := editor("run", "--allow-parallel-runners", "--issues-exit-code=0", "--output.text.print-issued-lines=false",
		"--show-stats=false", "--output.text.path=stdout", "--path-mode=abs")
	line := regexp.MustCompile(`(?m)^(/[^:]+):(\d+):\d+: (\w+): .* \(openaivet\)$`)
	var got []string
	for _, m := range line.FindAllStringSubmatch(out, -1) {
		rel, err := filepath.Rel(dir, m[1])
		if _, statErr := os.Stat(m[1]); err != nil || statErr != nil {
			t.Errorf("VS Code: %s is not the absolute path of a file of the demo", m[1])
		}
		got = append(got, filepath.ToSlash(rel)+":"+m[2]+" "+m[3])
	}
	slices.Sort(got)
	if exit != 0 || !slices.Equal(got, want) || strings.Count(out, " (openaivet)\n") != len(want) {
		t.Errorf("VS Code's command line: exit %d, findings:\n%s\nwant:\n%s\noutput:\n%s", exit, strings.Join(got, "\n"), strings.Join(want, "\n"), out)
	}

	out, exit = editor("run", "--allow-parallel-runners", "--output.json.path=stdout", "--output.text.path=stderr", "--show-stats=false", "--issues-exit-code=1")
	var report struct {
		Issues []struct {
			FromLinter, Text string
			Pos              struct {
				Filename     string
				Line, Column int
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &report); err != nil {
		t.Fatalf("golangci-lint-langserver's command line: not a JSON report: %v\n%s", err, out)
	}
	got = nil
	for _, issue := range report.Issues {
		if issue.FromLinter != "openaivet" {
			continue // the configuration's other linters
		}
		check, _, _ := strings.Cut(issue.Text, ":")
		if issue.Pos.Column == 0 {
			t.Errorf("golangci-lint-langserver's command line: issue %+v", issue)
		}
		got = append(got, fmt.Sprintf("%s:%d %s", issue.Pos.Filename, issue.Pos.Line, check))
	}
	slices.Sort(got)
	if exit != 1 || !slices.Equal(got, want) {
		t.Errorf("golangci-lint-langserver's command line: exit %d, findings:\n%s\nwant:\n%s", exit, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// golangci-lint's cache of a package's issues follows .openaivet.yml: a
// run after the file changes reports what the file now chooses, not what
// the run before it cached.
func TestOpenaivetYMLInvalidatesCache(t *testing.T) {
	dir := demoModule(t, "")
	if got := findings(lint(t, dir).out); !slices.Equal(got, demoFindings(t)) {
		t.Fatalf("first run: findings:\n%s", strings.Join(got, "\n"))
	}
	file := filepath.Join(dir, ".openaivet.yml")
	if err := os.WriteFile(file, []byte("checks: [maxtokens]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got, want := findings(lint(t, dir).out), demoFindingsOf(t, "maxtokens"); !slices.Equal(got, want) {
		t.Errorf("after .openaivet.yml chose maxtokens: findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if err := os.Remove(file); err != nil {
		t.Fatal(err)
	}
	if got := findings(lint(t, dir).out); !slices.Equal(got, demoFindings(t)) {
		t.Errorf("after .openaivet.yml was removed: findings:\n%s", strings.Join(got, "\n"))
	}
}

// With the example configuration, golangci-lint prints no key, nor any 12
// characters of one: openaivet's messages hold none, and the
// configuration turns off the source lines golangci-lint would print.
func TestNoKeyInOutput(t *testing.T) {
	src := "../analyzers/apikey/testdata"
	testmod.Download(t, src)
	dir, keys := testmod.CopyWithKeys(t, src)
	config, err := os.ReadFile(exampleConfig)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, ".golangci.yml"), config, 0o644); err != nil {
		t.Fatal(err)
	}
	res := run(t, dir, customGCL(t), "run", "--config=.golangci.yml", "--enable-only=openaivet", "--allow-parallel-runners", "./...")
	if !strings.Contains(res.out, "OpenAI project key in source") {
		t.Fatalf("no apikey finding to look at:\n%s", res.out)
	}
	for _, key := range keys {
		for i := 0; i+12 <= len(key); i++ {
			if piece := key[i : i+12]; strings.Contains(res.out, piece) {
				t.Fatalf("golangci-lint's output holds %q, 12 characters of a key:\n%s", piece, res.out)
			}
		}
	}
}

// golangci-lint analyzes every package in one process: the forks that the
// configuration files under the directory it runs in declare apply to
// every package, whichever it analyzes first.
func TestForks(t *testing.T) {
	const forks = "../cmd/openaivet/testdata/forks"
	testmod.Download(t, forks)
	dir := testmod.Copy(t, forks, func(s string) string { return s })
	config, err := os.ReadFile(exampleConfig)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, ".golangci.yml"), config, 0o644); err != nil {
		t.Fatal(err)
	}
	res := lint(t, dir)
	want := []string{"declared/declared.go:12 maxtokens", "undeclared/undeclared.go:10 maxtokens"}
	var got []string
	for _, f := range findings(res.out) {
		if strings.HasSuffix(f, " maxtokens") {
			got = append(got, f)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("maxtokens findings %v, want %v\n%s", got, want, res.out)
	}
}
