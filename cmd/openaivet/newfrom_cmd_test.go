package main_test

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// gitEnv is the environment the tests run git, and openaivet, in: none of
// git's variables (which would aim git at this checkout when the tests run
// in a hook), no system configuration, and no repository above the test's
// temporary directories.
func gitEnv(t *testing.T) []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "GIT_") {
			env = append(env, kv)
		}
	}
	return append(env, "GIT_CONFIG_NOSYSTEM=1", "GIT_CEILING_DIRECTORIES="+filepath.Dir(t.TempDir()))
}

// gitIn runs git in dir and returns its output.
func gitIn(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-c", "user.name=openaivet test", "-c", "user.email=test@example.com",
		"-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"}, args...)...)
	cmd.Dir, cmd.Env = dir, gitEnv(t)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return string(out)
}

// runGit runs openaivet in dir, a directory of a git repository of the
// test's own, with env added to gitEnv.
func runGit(t *testing.T, dir string, env []string, args ...string) result {
	t.Helper()
	return runIn(t, dir, append(gitEnv(t), env...), args...)
}

// committedDemo returns a copy of the demo in a git repository, committed.
func committedDemo(t *testing.T) string {
	dir := module(t, demo)
	gitIn(t, dir, "init", "-q")
	gitIn(t, dir, "add", "-A")
	gitIn(t, dir, "commit", "-q", "-m", "the demo")
	return dir
}

// unboundedRequest is a chat completion request with a safety identifier
// and no output token limit: one maxtokens finding on its line.
const unboundedRequest = "\ts.client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{SafetyIdentifier: openai.String(r.Header.Get(\"X-User-Hash\"))})\n"

// -new-from-rev HEAD and -new-from-patch report the findings on the lines
// a change adds, in every format and beside -baseline, and not those on
// the lines it leaves alone.
func TestNewFromRev(t *testing.T) {
	dir := committedDemo(t)

	// Nothing changed: the demo's findings are all old. The baseline,
	// written on the way, still holds every one of them.
	res := runGit(t, dir, nil, "-new-from-rev", "HEAD", "-baseline", "openaivet-baseline.json", "./...")
	if res.exit != 0 || !strings.Contains(res.stderr, fmt.Sprintf("wrote %d findings", len(demoFindings(t)))) {
		t.Fatalf("with a baseline to write: exit %d, want 0 and every finding written\n%s%s", res.exit, res.stdout, res.stderr)
	}
	res = runGit(t, dir, nil, "-new-from-rev", "HEAD", "./...")
	if res.exit != 0 || res.stdout != "" {
		t.Fatalf("no change: exit %d, want 0 and no findings\n%s%s", res.exit, res.stdout, res.stderr)
	}

	// A new request above the realtime one: its finding is new, the
	// realtime request's, moved a line down, is not.
	edit(t, dir, "main.go", realtimeCall, unboundedRequest+realtimeCall)
	want := []string{"main.go:96 maxtokens"}
	res = runGit(t, dir, nil, "-new-from-rev", "HEAD", "./...")
	if got := findings(res.stdout); res.exit != 1 || !slices.Equal(got, want) {
		t.Errorf("-new-from-rev HEAD: exit %d, findings %v; want 1 and %v\n%s", res.exit, got, want, res.stderr)
	}
	if got := findings(runGit(t, dir, nil, "./...").stdout); !slices.Contains(got, "main.go:97 safetyid") {
		t.Errorf("without -new-from-rev, the moved realtime finding is missing: %v", got)
	}
	for _, format := range []string{"json", "sarif", "stylish"} {
		res = runGit(t, dir, nil, "-f", format, "-new-from-rev", "HEAD", "-baseline", "openaivet-baseline.json", "./...")
		others := map[string]string{"json": `"code":`, "sarif": `"ruleId":`, "stylish": "1 problems"}[format]
		if n := strings.Count(res.stdout, "no output token limit"); n != 1 || strings.Count(res.stdout, others) != 1 || strings.Contains(res.stderr, "are gone") {
			t.Errorf("-f %s -new-from-rev HEAD -baseline: %d maxtokens findings, want the new one only and no other\n%s%s", format, n, res.stdout, res.stderr)
		}
	}

	// The same change as a patch, whose paths are relative to the
	// directory openaivet runs in; an empty patch changes nothing.
	writeFile(t, filepath.Join(dir, "change.patch"), gitIn(t, dir, "diff"))
	res = runGit(t, dir, nil, "-new-from-patch", "change.patch", "./...")
	if got := findings(res.stdout); res.exit != 1 || !slices.Equal(got, want) {
		t.Errorf("-new-from-patch: exit %d, findings %v; want 1 and %v\n%s", res.exit, got, want, res.stderr)
	}
	writeFile(t, filepath.Join(dir, "empty.patch"), "")
	if res = runGit(t, dir, nil, "-new-from-patch", "empty.patch", "./..."); res.exit != 0 || res.stdout != "" {
		t.Errorf("an empty patch: exit %d, want 0 and no findings\n%s%s", res.exit, res.stdout, res.stderr)
	}

	// Where the summarize request's user input comes from changes, not
	// the request: the dataflow findings whose source is that line are
	// new, the request's other findings are not.
	edit(t, dir, "main.go", `text := r.FormValue("text")`, `text := r.FormValue("document")`)
	want = []string{"main.go:54 inputlimit", "main.go:54 moderation", "main.go:96 maxtokens"}
	res = runGit(t, dir, nil, "-new-from-rev", "HEAD", "./...")
	if got := findings(res.stdout); res.exit != 1 || !slices.Equal(got, want) {
		t.Errorf("a changed source line: findings %v; want %v\n%s", got, want, res.stderr)
	}

	// In a subdirectory, the diff's paths from the repository's top
	// level still find the files.
	sub := filepath.Join(dir, "llm")
	if res = runGit(t, sub, nil, "-new-from-rev", "HEAD", "./..."); res.exit != 0 || res.stdout != "" {
		t.Errorf("in llm, nothing of it changed: exit %d, want 0 and no findings\n%s%s", res.exit, res.stdout, res.stderr)
	}
	edit(t, dir, "llm/llm.go", "translationParams(userHash, text))", "translationParams(userHash, text)) // changed")
	want = []string{"llm.go:34 maxtokens", "llm.go:34 safetyid"}
	res = runGit(t, sub, nil, "-new-from-rev", "HEAD", "./...")
	if got := findings(res.stdout); res.exit != 1 || !slices.Equal(got, want) {
		t.Errorf("in llm: findings %v; want %v\n%s", got, want, res.stderr)
	}
	// A patch made there with --relative names the files from there;
	// one with the top level's paths names none of them.
	writeFile(t, filepath.Join(sub, "relative.patch"), gitIn(t, sub, "diff", "--relative"))
	writeFile(t, filepath.Join(sub, "top.patch"), gitIn(t, sub, "diff"))
	res = runGit(t, sub, nil, "-new-from-patch", "relative.patch", "./...")
	if got := findings(res.stdout); res.exit != 1 || !slices.Equal(got, want) {
		t.Errorf("in llm, with git diff --relative: findings %v; want %v\n%s", got, want, res.stderr)
	}
	if res = runGit(t, sub, nil, "-new-from-patch", "top.patch", "./..."); res.exit != 0 || res.stdout != "" {
		t.Errorf("in llm, with the top level's paths: exit %d, want 0 and no findings\n%s%s", res.exit, res.stdout, res.stderr)
	}

	// A package that does not compile is reported whatever changed: the
	// error is on main.go's unchanged call of llm.New (line 118, moved
	// by the request added above).
	edit(t, dir, "llm/llm.go", "func New(", "func NewAssistant(")
	res = runGit(t, dir, nil, "-new-from-rev", "HEAD", "./...")
	if res.exit != 1 || !strings.Contains(res.stdout, "main.go:118:40: undefined: llm.New (compile)") {
		t.Errorf("a compile error on an unchanged line: exit %d, want 1 and the error\n%s%s", res.exit, res.stdout, res.stderr)
	}
}

// Untracked files are new as a whole, files git ignores are not; on a
// branch with no commit, every file is new, staged or not.
func TestNewFromRevUntracked(t *testing.T) {
	dir := module(t, demo)
	gitIn(t, dir, "init", "-q")
	gitIn(t, dir, "add", "main.go") // staged, the rest untracked
	res := runGit(t, dir, nil, "-new-from-rev", "HEAD", "./...")
	if got := findings(res.stdout); res.exit != 1 || !slices.Equal(got, demoFindings(t)) {
		t.Errorf("no commit yet: exit %d, findings %v; want every one of the demo's\n%s", res.exit, got, res.stderr)
	}

	gitIn(t, dir, "add", "-A")
	gitIn(t, dir, "commit", "-q", "-m", "the demo")
	extra := "package main\n\nimport (\n\t\"context\"\n\n\t\"github.com/openai/openai-go/v3\"\n)\n\n" +
		"func (s *server) extra(ctx context.Context, userHash string) {\n" +
		"\ts.client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{SafetyIdentifier: openai.String(userHash)})\n}\n"
	writeFile(t, filepath.Join(dir, "extra.go"), extra)
	res = runGit(t, dir, nil, "-new-from-rev", "HEAD", "./...")
	if got := findings(res.stdout); res.exit != 1 || !slices.Equal(got, []string{"extra.go:10 maxtokens"}) {
		t.Errorf("an untracked file: exit %d, findings %v; want its maxtokens finding\n%s", res.exit, got, res.stderr)
	}
	writeFile(t, filepath.Join(dir, ".git", "info", "exclude"), "extra.go\n")
	if res = runGit(t, dir, nil, "-new-from-rev", "HEAD", "./..."); res.exit != 0 || res.stdout != "" {
		t.Errorf("an ignored file: exit %d, want 0 and no findings\n%s%s", res.exit, res.stdout, res.stderr)
	}
}

// What stops a run before any package is analyzed: exit status 2 and one
// line saying what to do.
func TestNewFromErrors(t *testing.T) {
	repo := t.TempDir()
	gitIn(t, repo, "init", "-q")
	gitIn(t, repo, "commit", "-q", "--allow-empty", "-m", "empty")
	noRepo := t.TempDir()
	goOnly := t.TempDir() // a PATH with the go command and no git
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(goCmd, filepath.Join(goOnly, "go")); err != nil {
		t.Fatal("a symbolic link, which the test needs:", err)
	}
	for _, tt := range []struct {
		dir  string
		env  []string
		args []string
		want string
	}{
		{repo, nil, []string{"-new-from-rev", "no-such-branch", "./..."}, `git knows no commit "no-such-branch"`},
		{repo, nil, []string{"-new-from-rev", "--output=x", "./..."}, `git knows no commit "--output=x"`},
		{repo, nil, []string{"-new-from-rev", "", "./..."}, "no revision given"},
		{noRepo, nil, []string{"-new-from-rev", "HEAD", "./..."}, "is not in a git work tree"},
		{repo, []string{"PATH=" + goOnly}, []string{"-new-from-rev", "HEAD", "./..."}, "git is not on PATH"},
		{repo, nil, []string{"-new-from-patch", "no-such.patch", "./..."}, "-new-from-patch: cannot read the patch"},
		{repo, nil, []string{"-new-from-rev", "HEAD", "-new-from-patch", "x.patch", "./..."}, "give one"},
		{repo, nil, []string{"-new-from-rev", "HEAD", "-fix", "./..."}, "do not work with -fix"},
	} {
		res := runGit(t, tt.dir, tt.env, tt.args...)
		if res.exit != 2 || !strings.Contains(res.stderr, tt.want) || strings.Count(res.stderr, "\n") != 1 {
			t.Errorf("%v: exit %d, stderr %q; want 2 and one line saying %q", tt.args, res.exit, res.stderr, tt.want)
		}
	}
	if _, err := os.Stat(filepath.Join(repo, "x")); err == nil {
		t.Error("-new-from-rev --output=x wrote a file: the revision was taken for an option")
	}
}
