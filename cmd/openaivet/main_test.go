package main_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/openaivet/openaivet/internal/checkdoc"
	"github.com/openaivet/openaivet/internal/testmod"
)

// binary is the openaivet command built for these tests.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "openaivet-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binary = filepath.Join(dir, "openaivet")
	build := exec.Command("go", "build", "-o", binary, ".")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "building openaivet:", err)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

type result struct {
	stdout, stderr string
	exit           int
}

// run runs openaivet (or, when args start with "go", the go command) in dir.
func run(t *testing.T, dir string, args ...string) result {
	t.Helper()
	return runEnv(t, dir, nil, args...)
}

// runEnv runs openaivet, or the go command, in dir with env added to the
// environment.
func runEnv(t *testing.T, dir string, env []string, args ...string) result {
	t.Helper()
	return runIn(t, dir, append(os.Environ(), env...), args...)
}

// runIn runs openaivet, or the go command, in dir with the environment
// environ.
func runIn(t *testing.T, dir string, environ []string, args ...string) result {
	t.Helper()
	var cmd *exec.Cmd
	if args[0] == "go" {
		cmd = exec.Command("go", args[1:]...)
	} else {
		cmd = exec.Command(binary, args...)
	}
	cmd.Dir = dir
	cmd.Env = environ
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	res := result{stdout: stdout.String(), stderr: stderr.String()}
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		res.exit = exit.ExitCode()
	case err != nil:
		t.Fatalf("running %v: %v", args, err)
	}
	if strings.Contains(res.stderr, "panic:") || strings.Contains(res.stdout, "panic:") {
		t.Fatalf("%v panicked:\n%s%s", args, res.stdout, res.stderr)
	}
	return res
}

// sample returns the path of a sample module, ready to be analyzed but not
// changed. Runs over one path share the result cache.
func sample(t *testing.T, path string) string {
	t.Helper()
	testmod.Download(t, path)
	abs, err := filepath.Abs(path)
	if err != nil {
		t.Fatal(err)
	}
	return abs
}

// module returns a prepared copy of a sample module, safe to change.
func module(t *testing.T, path string) string {
	t.Helper()
	testmod.Download(t, path)
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(path)); err != nil {
		t.Fatal(err)
	}
	return dir
}

const demo = "../../testdata/demo"

// countOf counts the findings of a check among findings.
func countOf(findings []string, check string) int {
	n := 0
	for _, f := range findings {
		if strings.HasSuffix(f, " "+check) {
			n++
		}
	}
	return n
}

// demoFindings are the findings openaivet reports on the demo module:
// file:line and check, as its expected.txt lists them.
func demoFindings(t *testing.T) []string { return testmod.Expected(t, demo) }

func TestText(t *testing.T) {
	dir := sample(t, demo)
	res := run(t, dir, "./...")
	if res.exit != 1 {
		t.Errorf("exit status %d, want 1 for findings\n%s", res.exit, res.stderr)
	}
	got := findings(res.stdout)
	if !slices.Equal(got, demoFindings(t)) {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(demoFindings(t), "\n"))
	}
	if !strings.Contains(res.stdout, "main.go:36:15: chat completion request has no safety_identifier: send a hashed per-user ID (safetyid)") {
		t.Errorf("text output lacks the expected line:\n%s", res.stdout)
	}
}

// On a terminal, the text format puts the findings of one request under
// its position, once, and colours positions and check names, unless
// NO_COLOR is set; through a pipe (TestText) it is one plain line a
// finding. script(1) gives the run a real pseudo-terminal.
func TestTerminal(t *testing.T) {
	dir := sample(t, demo)
	onTerminal := func(env ...string) string {
		t.Helper()
		cmd := exec.Command("script", "-q", "-e", "-c", binary+" ./...", os.DevNull)
		cmd.Dir, cmd.Env = dir, append(os.Environ(), append([]string{"TERM=xterm"}, env...)...)
		out, err := cmd.Output()
		var exit *exec.ExitError
		if !errors.As(err, &exit) || exit.ExitCode() != 1 {
			t.Fatalf("on a terminal: %v, want exit status 1 for findings\n%s", err, out)
		}
		return strings.ReplaceAll(string(out), "\r\n", "\n")
	}
	atRequest := 0
	for _, f := range demoFindings(t) {
		if strings.HasPrefix(f, "main.go:36 ") {
			atRequest++
		}
	}
	colour := onTerminal("NO_COLOR=")
	for _, want := range []string{
		fmt.Sprintf("\n\033[1mmain.go:36:15\033[0m: %d findings\n", atRequest),
		"\n  chat completion request has no safety_identifier: send a hashed per-user ID (\033[36msafetyid\033[0m)\n",
		"\n    \033[2mmain.go:39:81: user input is read here\033[0m\n",
	} {
		if !strings.Contains(colour, want) {
			t.Errorf("on a terminal, the output lacks %q:\n%s", want, colour)
		}
	}
	if n := strings.Count(colour, "main.go:36:15"); n != 1 {
		t.Errorf("on a terminal, the request's position is printed %d times, want once", n)
	}
	plain := onTerminal("NO_COLOR=1")
	if strings.Contains(plain, "\033[1m") || strings.Contains(plain, "\033[36m") {
		t.Errorf("NO_COLOR is set, yet the output has colour:\n%s", plain)
	}
	if want := fmt.Sprintf("\nmain.go:36:15: %d findings\n", atRequest); !strings.Contains(plain, want) {
		t.Errorf("with NO_COLOR, the output lacks %q:\n%s", want, plain)
	}
}

func TestClean(t *testing.T) {
	dir := sample(t, "testdata/clean")
	for _, format := range []string{"text", "stylish", "json", "sarif", "html"} {
		res := run(t, dir, "-f", format, "./...")
		if format == "html" && !strings.Contains(res.stdout, "No findings.") {
			t.Errorf("-f html on a clean module does not say there are no findings:\n%s", res.stdout)
		}
		if res.exit != 0 {
			t.Errorf("-f %s: exit status %d on a clean module, want 0\n%s%s", format, res.exit, res.stdout, res.stderr)
		}
		if format == "text" && res.stdout != "" || res.stderr != "" {
			t.Errorf("-f %s: output on a clean module:\n%s%s", format, res.stdout, res.stderr)
		}
	}
}

func TestJSON(t *testing.T) {
	dir := sample(t, demo)
	res := run(t, dir, "-f", "json", "./...")
	if res.exit != 1 {
		t.Errorf("exit status %d, want 1", res.exit)
	}
	var got []string
	scanner := bufio.NewScanner(strings.NewReader(res.stdout))
	for scanner.Scan() {
		var d struct {
			Code     string
			Message  string
			Location struct {
				File string
				Line int
			}
		}
		if err := json.Unmarshal(scanner.Bytes(), &d); err != nil {
			t.Fatalf("not JSON: %v\n%s", err, scanner.Text())
		}
		if d.Message == "" {
			t.Errorf("diagnostic without a message: %s", scanner.Text())
		}
		got = append(got, fmt.Sprintf("%s:%d %s", relative(t, dir, d.Location.File), d.Location.Line, d.Code))
	}
	slices.Sort(got)
	if !slices.Equal(got, demoFindings(t)) {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(demoFindings(t), "\n"))
	}
}

func TestSARIF(t *testing.T) {
	dir := sample(t, demo)
	res := run(t, dir, "-f", "sarif", "./...")
	if res.exit != 0 {
		t.Errorf("exit status %d, want 0: with SARIF, findings are success", res.exit)
	}
	var log struct {
		Version string
		Runs    []struct {
			Tool struct {
				Driver struct {
					Name  string
					Rules []struct {
						ID      string
						HelpURI string
					}
				}
			}
			Results []struct {
				RuleID    string
				Message   struct{ Text string }
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }
						Region           struct{ StartLine int }
					}
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(res.stdout), &log); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, res.stdout)
	}
	if log.Version != "2.1.0" || len(log.Runs) != 1 {
		t.Fatalf("want one SARIF 2.1.0 run, got version %q with %d runs", log.Version, len(log.Runs))
	}
	run := log.Runs[0]
	if run.Tool.Driver.Name != "openaivet" {
		t.Errorf("driver name %q", run.Tool.Driver.Name)
	}
	for _, rule := range run.Tool.Driver.Rules {
		if rule.HelpURI != checkdoc.URL(rule.ID) {
			t.Errorf("rule %s: helpUri %q, want its page", rule.ID, rule.HelpURI)
		}
	}
	var got []string
	for _, r := range run.Results {
		if len(r.Locations) != 1 || r.Message.Text == "" {
			t.Errorf("result %s has %d locations, message %q", r.RuleID, len(r.Locations), r.Message.Text)
			continue
		}
		loc := r.Locations[0].PhysicalLocation
		got = append(got, fmt.Sprintf("%s:%d %s", loc.ArtifactLocation.URI, loc.Region.StartLine, r.RuleID))
	}
	slices.Sort(got)
	if !slices.Equal(got, demoFindings(t)) {
		t.Errorf("results:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(demoFindings(t), "\n"))
	}
}

func TestStylish(t *testing.T) {
	dir := sample(t, demo)
	res := run(t, dir, "-f", "stylish", "./...")
	if res.exit != 1 || !strings.Contains(res.stdout, fmt.Sprintf("%d problems", len(demoFindings(t)))) {
		t.Errorf("exit status %d, output:\n%s", res.exit, res.stdout)
	}
}

func TestChecksAndFail(t *testing.T) {
	dir := sample(t, demo)
	res := run(t, dir, "-checks", "maxtokens", "./...")
	if res.exit != 1 || strings.Contains(res.stdout, "(safetyid)") || strings.Count(res.stdout, "(maxtokens)") != countOf(demoFindings(t), "maxtokens") {
		t.Errorf("-checks maxtokens: exit %d, output:\n%s", res.exit, res.stdout)
	}
	res = run(t, dir, "-checks", "safetyid", "-fail", "maxtokens", "./...")
	if res.exit != 0 || !strings.Contains(res.stdout, "(safetyid)") {
		t.Errorf("-fail maxtokens with only safetyid findings: exit %d, want 0; output:\n%s", res.exit, res.stdout)
	}
}

func TestAnalyzerOptions(t *testing.T) {
	dir := sample(t, demo)
	res := run(t, dir, "-checks", "maxtokens", "-maxtokens.ceiling", "100", "./...")
	if !strings.Contains(res.stdout, "main.go:54:15: chat completion request uses the deprecated MaxTokens and allows 300 output tokens") {
		t.Errorf("-maxtokens.ceiling=100 did not report the bound of 300:\n%s", res.stdout)
	}
}

func TestIgnoreDirective(t *testing.T) {
	dir := module(t, demo)
	path := filepath.Join(dir, "main.go")
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	const call = "\tsecret, err := c.Realtime.ClientSecrets.New("
	src = bytes.Replace(src, []byte(call), []byte("\t//lint:ignore safetyid the token endpoint is rate limited per IP\n"+call), 1)
	if err := os.WriteFile(path, src, 0o644); err != nil {
		t.Fatal(err)
	}
	res := run(t, dir, "./...")
	if strings.Contains(res.stdout, "realtime client secret") {
		t.Errorf("//lint:ignore did not suppress the finding:\n%s", res.stdout)
	}
	if strings.Count(res.stdout, "(safetyid)") != countOf(demoFindings(t), "safetyid")-1 {
		t.Errorf("want the other safetyid findings:\n%s", res.stdout)
	}
}

func TestExplainAndList(t *testing.T) {
	res := run(t, ".", "-explain", "safetyid")
	if res.exit != 0 || !strings.Contains(res.stdout, "Requests must carry a per-user safety identifier") ||
		!strings.Contains(res.stdout, checkdoc.URL("safetyid")) || strings.Contains(res.stdout, "staticcheck.dev") {
		t.Errorf("-explain safetyid: exit %d\n%s", res.exit, res.stdout)
	}
	res = run(t, ".", "-explain", "nosuchcheck")
	if res.exit != 2 || !strings.Contains(res.stderr, "-list-checks") {
		t.Errorf("-explain of an unknown check: exit %d, stderr %q", res.exit, res.stderr)
	}
	res = run(t, ".", "-list-checks")
	if res.exit != 0 || !strings.Contains(res.stdout, "maxtokens ") || !strings.Contains(res.stdout, "safetyid ") {
		t.Errorf("-list-checks: exit %d\n%s", res.exit, res.stdout)
	}
	res = run(t, ".", "-list-clients")
	if res.exit != 0 || !strings.Contains(res.stdout, "openai-go        github.com/openai/openai-go: ") ||
		!strings.Contains(res.stdout, "langchaingo      github.com/tmc/langchaingo: ") || !strings.Contains(res.stdout, "Firebase Genkit  github.com/firebase/genkit/go: ") {
		t.Errorf("-list-clients: exit %d\n%s", res.exit, res.stdout)
	}
	res = run(t, ".", "-version")
	if res.exit != 0 || !strings.HasPrefix(res.stdout, "openaivet ") {
		t.Errorf("-version: exit %d, %q", res.exit, res.stdout)
	}
	res = run(t, ".", "-help")
	if !strings.Contains(res.stderr, "go vet -vettool") || !strings.Contains(res.stderr, "-maxtokens.default") {
		t.Errorf("-help does not explain the ways in and the options:\n%s", res.stderr)
	}
	res = run(t, ".", "-no-such-flag")
	if res.exit != 2 {
		t.Errorf("an unknown flag: exit %d, want 2", res.exit)
	}
}

func TestDiff(t *testing.T) {
	dir := sample(t, demo)
	before, _ := os.ReadFile(filepath.Join(dir, "main.go"))
	res := run(t, dir, "-diff", "./...")
	if res.exit != 1 {
		t.Errorf("-diff: exit %d, want 1 for a diff, as go vet -fix -diff\n%s", res.exit, res.stderr)
	}
	for _, want := range []string{
		"+\t\tMaxCompletionTokens: openai.Int(1024),",
		"+\t\tSafetyIdentifier:    openai.String(userID),",
		"-\t\tMaxTokens:        openai.Int(300),",
	} {
		if !strings.Contains(res.stdout, want) {
			t.Errorf("-diff output lacks %q:\n%s", want, res.stdout)
		}
	}
	after, _ := os.ReadFile(filepath.Join(dir, "main.go"))
	if !bytes.Equal(before, after) {
		t.Error("-diff changed main.go")
	}
	if err := checkHunks(res.stdout); err != nil {
		t.Errorf("-diff: %v\n%s", err, res.stdout)
	}
}

// hunk is a unified diff's hunk header.
var hunk = regexp.MustCompile(`^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@`)

// checkHunks checks that each hunk header of a unified diff counts the
// lines below it, and that a file's later hunks start where the lines its
// earlier ones add or remove put them.
func checkHunks(diff string) error {
	var delta, oldLeft, newLeft int
	num := func(s string) int {
		if s == "" {
			return 1
		}
		n, _ := strconv.Atoi(s)
		return n
	}
	for line := range strings.Lines(diff) {
		switch m := hunk.FindStringSubmatch(line); {
		case strings.HasPrefix(line, "--- "):
			delta = 0
		case strings.HasPrefix(line, "+++ "):
		case m != nil:
			if oldLeft != 0 || newLeft != 0 {
				return fmt.Errorf("a hunk ends %d old and %d new lines short of its header", oldLeft, newLeft)
			}
			oldStart, newStart := num(m[1]), num(m[3])
			oldLeft, newLeft = num(m[2]), num(m[4])
			if newStart != oldStart+delta {
				return fmt.Errorf("%q: the new lines start at %d, not %d", strings.TrimSpace(line), oldStart+delta, newStart)
			}
			delta += newLeft - oldLeft
		case strings.HasPrefix(line, "-"):
			oldLeft--
		case strings.HasPrefix(line, "+"):
			newLeft--
		default:
			oldLeft--
			newLeft--
		}
	}
	if oldLeft != 0 || newLeft != 0 {
		return fmt.Errorf("the last hunk ends %d old and %d new lines short of its header", oldLeft, newLeft)
	}
	return nil
}

func TestFix(t *testing.T) {
	dir := module(t, demo)
	fixed := run(t, dir, "-fix", "./...")
	if fixed.exit != 1 {
		t.Fatalf("-fix: exit %d, want 1 for the findings left\n%s", fixed.exit, fixed.stderr)
	}
	report := regexp.MustCompile(`^openaivet: applied (\d+) fixes to agent/agent.go, llm/llm.go, main.go; (\d+) findings left\n$`)
	m := report.FindStringSubmatch(fixed.stderr)
	if m == nil {
		t.Errorf("-fix does not say what it did:\n%s", fixed.stderr)
	}
	if res := run(t, dir, "go", "build", "./..."); res.exit != 0 {
		t.Fatalf("fixed demo does not build:\n%s", res.stderr)
	}
	if res := run(t, dir, "go", "run", "cmd/gofmt", "-l", "."); res.stdout != "" || res.exit != 0 {
		t.Errorf("fixed demo is not gofmt-clean: %s%s", res.stdout, res.stderr)
	}
	res := run(t, dir, "./...")
	// What -fix lists as left is what a run reports afterwards, where it
	// is now that fixes added lines: no fix trades a finding for another.
	left := findings(fixed.stdout)
	if after := findings(res.stdout); !slices.Equal(left, after) {
		t.Errorf("-fix left:\n%s\nbut a run after it reports:\n%s", strings.Join(left, "\n"), strings.Join(after, "\n"))
	}
	if m != nil {
		applied, _ := strconv.Atoi(m[1])
		if n, _ := strconv.Atoi(m[2]); n != len(left) || applied+n != len(demoFindings(t)) {
			t.Errorf("-fix counts %d fixes and %d findings left, of %d findings, and lists %d", applied, n, len(demoFindings(t)), len(left))
		}
	}
	for _, fixed := range []string{"main.go:36:15: chat completion", "MaxTokens"} {
		if strings.Contains(res.stdout, fixed) {
			t.Errorf("finding %q is still reported after -fix:\n%s", fixed, res.stdout)
		}
	}
	for _, fixed := range []string{"deprecated user field", "(unhashedid)", "(apikey)"} {
		if strings.Contains(res.stdout, fixed) {
			t.Errorf("finding %q is still reported after -fix:\n%s", fixed, res.stdout)
		}
	}
	// What no fix can decide stays reported.
	for _, left := range []string{"constant safety_identifier", "realtime client secret"} {
		if !strings.Contains(res.stdout, left) {
			t.Errorf("finding %q should remain after -fix:\n%s", left, res.stdout)
		}
	}
	// Once applied, there is nothing more to fix, and nothing to show.
	if again := run(t, dir, "-fix", "./..."); again.exit != 1 || !regexp.MustCompile(`^openaivet: nothing to fix automatically; \d+ findings left\n$`).MatchString(again.stderr) {
		t.Errorf("-fix again: exit %d\n%s", again.exit, again.stderr)
	}
	if diff := run(t, dir, "-diff", "./..."); diff.exit != 0 || diff.stdout != "" {
		t.Errorf("-diff after -fix: exit %d, want 0 and no diff\n%s%s", diff.exit, diff.stdout, diff.stderr)
	}
}

// A module without findings: -fix and -diff change nothing, print nothing
// and exit 0.
func TestFixClean(t *testing.T) {
	dir := module(t, "testdata/clean")
	for _, mode := range []string{"-fix", "-diff"} {
		if res := run(t, dir, mode, "./..."); res.exit != 0 || res.stdout != "" || res.stderr != "" {
			t.Errorf("%s on a clean module: exit %d\n%s%s", mode, res.exit, res.stdout, res.stderr)
		}
	}
}

func TestFixChecks(t *testing.T) {
	dir := sample(t, demo)
	res := run(t, dir, "-checks", "safetyid", "-diff", "./...")
	if res.exit != 1 || strings.Contains(res.stdout, "MaxCompletionTokens") || !strings.Contains(res.stdout, "SafetyIdentifier") {
		t.Errorf("-checks safetyid -diff: exit %d\n%s%s", res.exit, res.stdout, res.stderr)
	}
	res = run(t, dir, "-checks", "nosuchcheck", "-fix", "./...")
	if res.exit != 2 {
		t.Errorf("-fix with an unknown check: exit %d, want 2", res.exit)
	}
}

func TestVetTool(t *testing.T) {
	dir := sample(t, demo)
	res := run(t, dir, "go", "vet", "-vettool="+binary, "./...")
	if res.exit == 0 {
		t.Errorf("go vet: exit 0 despite findings\n%s", res.stderr)
	}
	for _, want := range []string{
		"main.go:36:15: chat completion request has no safety_identifier",
		"main.go:54:15: chat completion request uses the deprecated MaxTokens",
		"llm/llm.go:34:15: chat completion request sets the deprecated user field",
		"main.go:96:17: realtime client secret is minted without",
		"main.go:84:35: safety_identifier is an e-mail address",
		"main.go:116:73: OpenAI user key in source (sk-…, sha256 ",
	} {
		if !strings.Contains(res.stderr, want) {
			t.Errorf("go vet output lacks %q:\n%s", want, res.stderr)
		}
	}
	res = run(t, dir, "go", "vet", "-vettool="+binary, "-maxtokens=false", "./...")
	if strings.Contains(res.stderr, "output token limit") || !strings.Contains(res.stderr, "safety_identifier") {
		t.Errorf("go vet -maxtokens=false still runs maxtokens, or nothing ran:\n%s", res.stderr)
	}
	res = run(t, dir, "go", "vet", "-vettool="+binary, "-maxtokens.ceiling=100", "-safetyid=false", "./...")
	if !strings.Contains(res.stderr, "allows 300 output tokens") {
		t.Errorf("go vet -maxtokens.ceiling=100 does not reach the analyzer:\n%s", res.stderr)
	}
	clean := sample(t, "testdata/clean")
	if res := run(t, clean, "go", "vet", "-vettool="+binary, "./..."); res.exit != 0 {
		t.Errorf("go vet on a clean module: exit %d\n%s", res.exit, res.stderr)
	}
}

func TestBrokenPackage(t *testing.T) {
	dir := sample(t, "testdata/broken")
	res := run(t, dir, "./...")
	if res.exit != 1 || !strings.Contains(res.stdout, "broken.go:13:3: unknown field NoSuchKey in struct literal of type openai.ChatCompletionNewParams (compile)") {
		t.Errorf("a package with type errors: exit %d, want 1 with the compile error\n%s%s", res.exit, res.stdout, res.stderr)
	}
	res = run(t, module(t, "testdata/broken"), "-fix", "./...")
	if res.exit != 1 || !strings.Contains(res.stdout, "(compile)") || res.stderr != "openaivet: nothing to fix automatically; 1 finding left\n" {
		t.Errorf("-fix on a package with type errors: exit %d, want 1 with the compile error\n%s%s", res.exit, res.stdout, res.stderr)
	}
}

// A request in a test file, and one behind a build tag: findings only
// with -tests (the default) and -tags. Findings in a package that go vet
// also checks with its test files are reported once, and those of its
// external tests are reported too.
func TestTestsAndTags(t *testing.T) {
	dir := module(t, demo)
	const request = `package llm

import (
	"context"

	"github.com/openai/openai-go/v3"
)

func ask(ctx context.Context, client openai.Client, userHash string) {
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Model:            openai.ChatModelGPT4oMini,
		Messages:         []openai.ChatCompletionMessageParamUnion{openai.UserMessage("hi")},
		SafetyIdentifier: openai.String(userHash),
	})
}
`
	write := func(name, src string) {
		if err := os.WriteFile(filepath.Join(dir, "llm", name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("ask_test.go", strings.Replace(request, "func ask(", "func askInTest(", 1))
	write("ask_x_test.go", strings.Replace(request, "package llm", "package llm_test", 1))
	write("ask_tagged.go", "//go:build special\n\n"+strings.Replace(request, "func ask(", "func askTagged(", 1))
	const (
		inTest  = "llm/ask_test.go:10 maxtokens"
		inXTest = "llm/ask_x_test.go:10 maxtokens" // go vet -json names the package llm_test alone
		tagged  = "llm/ask_tagged.go:12 maxtokens"
	)
	for _, c := range []struct {
		args []string
		want []string
	}{
		{nil, []string{inTest, inXTest}},
		{[]string{"-tests=false"}, nil},
		{[]string{"-tags", "special"}, []string{tagged, inTest, inXTest}},
	} {
		res := run(t, dir, append(append([]string{"-checks", "maxtokens"}, c.args...), "./...")...)
		var got []string
		for _, f := range findings(res.stdout) {
			if strings.HasPrefix(f, "llm/ask") {
				got = append(got, f)
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%v: findings in the new files %v, want %v\n%s%s", c.args, got, c.want, res.stdout, res.stderr)
		}
		if n := strings.Count(res.stdout, "llm/llm.go:34:15"); n != 1 {
			t.Errorf("%v: the finding in llm.go is reported %d times, want once:\n%s", c.args, n, res.stdout)
		}
	}
}

// -debug.cpuprofile runs the checks in one process and writes a profile
// that go tool pprof reads.
func TestProfile(t *testing.T) {
	dir := sample(t, demo)
	profile := filepath.Join(t.TempDir(), "cpu.pprof")
	res := run(t, dir, "-debug.cpuprofile", profile, "-checks", "safetyid", "./...")
	if res.exit != 1 || !strings.Contains(res.stderr, "has no safety_identifier") || strings.Contains(res.stderr, "output token limit") {
		t.Errorf("-debug.cpuprofile -checks safetyid: exit %d, want 1 and the findings of safetyid alone:\n%s%s", res.exit, res.stdout, res.stderr)
	}
	top := run(t, dir, "go", "tool", "pprof", "-top", profile)
	if top.exit != 0 || !strings.Contains(top.stdout, "flat%") {
		t.Errorf("go tool pprof cannot read the profile: exit %d\n%s%s", top.exit, top.stdout, top.stderr)
	}
}

func relative(t *testing.T, dir, path string) string {
	t.Helper()
	// The module is in a temporary directory that may be reached through
	// a symbolic link.
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, base := range []string{dir, real} {
		if rel, err := filepath.Rel(base, path); err == nil && !strings.HasPrefix(rel, "..") {
			return filepath.ToSlash(rel)
		}
	}
	return path
}

// findings lists the findings of text output as "file:line check", sorted.
func findings(stdout string) []string {
	var got []string
	for line := range strings.Lines(stdout) {
		if strings.HasPrefix(line, "\t") {
			continue // related information
		}
		pos, rest, _ := strings.Cut(line, ": ")
		check := rest[strings.LastIndex(rest, "(")+1 : strings.LastIndex(rest, ")")]
		file, lineNo, _ := strings.Cut(pos, ":")
		lineNo, _, _ = strings.Cut(lineNo, ":")
		got = append(got, file+":"+lineNo+" "+check)
	}
	slices.Sort(got)
	return got
}

// TestService runs openaivet over a sample service split into packages,
// where user input reaches the model through a wrapper in another package,
// and compares its findings with the list kept beside it.
func TestService(t *testing.T) {
	dir := sample(t, "../../testdata/service")
	want := testmod.Expected(t, dir)
	res := run(t, dir, "./...")
	if got := findings(res.stdout); !slices.Equal(got, want) {
		t.Errorf("findings:\n%s\nwant (expected.txt):\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if res.exit != 1 {
		t.Errorf("exit status %d, want 1", res.exit)
	}
}

// -v lists the packages as go vet finishes them; without it, and with
// standard error not a terminal, nothing but findings is printed.
func TestVerbose(t *testing.T) {
	dir := sample(t, demo)
	res := run(t, dir, "-v", "./...")
	for _, pkg := range []string{"example.com/chatdemo\n", "example.com/chatdemo/llm\n"} {
		if !strings.Contains(res.stderr, pkg) {
			t.Errorf("-v does not list %s:\n%s", pkg, res.stderr)
		}
	}
	if res := run(t, dir, "./..."); res.stderr != "" {
		t.Errorf("stderr without -v: %q", res.stderr)
	}
}

// A fork declared in .openaivet.yml is read as the library it forks in the
// packages under that file, and only there: the same request in a package
// the file does not cover is not taken for OpenAI's. go vet, run directly
// with openaivet as its tool, reads the files the same way.
func TestForks(t *testing.T) {
	dir := sample(t, "testdata/forks")
	want := []string{"declared/declared.go:12 maxtokens"}
	res := run(t, dir, "-checks", "maxtokens", "./...")
	if got := findings(res.stdout); !slices.Equal(got, want) || res.exit != 1 {
		t.Errorf("findings %v, exit %d; want %v, 1\n%s%s", got, res.exit, want, res.stdout, res.stderr)
	}
	vet := run(t, dir, "go", "vet", "-vettool="+binary, "-maxtokens", "./...")
	if !strings.Contains(vet.stderr, "declared.go:12:2: chat completion request has no output token limit") || strings.Contains(vet.stderr, "undeclared.go") {
		t.Errorf("go vet: want a finding in declared.go alone:\n%s", vet.stderr)
	}
}
