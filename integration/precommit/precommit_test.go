// Package precommit_test runs the hooks of .pre-commit-hooks.yaml with the
// real pre-commit tool: it commits to a small module that uses the OpenAI
// client and checks which commits the hooks block.
//
// The test needs pre-commit (apt-get install pre-commit) and git. It builds
// openaivet the way pre-commit does, in a fresh pre-commit environment, and
// runs each hook on a few commits: 1 to 2 minutes with a warm Go build
// cache, 3 to 4 minutes with a cold one (the module cache is filled by the
// other tests, or by `go mod download`). It is skipped with -short.
package precommit_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/openaivet/openaivet/internal/secret/fakekey"
)

// A commit to the consumer module: the file it adds (from testdata/cases)
// and what the hooks must say about it.
type commitCase struct {
	file  string
	check string // the check whose finding blocks the commit; "" when it must pass
	// phrase is part of the finding's message. go vet prints messages
	// without the check's name, so the go vet hook is recognized by it.
	phrase string
}

var cases = []commitCase{
	{file: "apikey.go", check: "apikey", phrase: "key in source"},
	{file: "maxtokens.go", check: "maxtokens", phrase: "has no output token limit"},
	// //openaivet:ignore, and staticcheck's //lint:ignore, are read by the
	// checks themselves, in every driver.
	{file: "lintignore.go"},
	{file: "ignore.go"},
	{file: "clean.go"},
}

var hookIDs = []string{"openaivet", "openaivet-vet"}

func TestHooks(t *testing.T) {
	if testing.Short() {
		t.Skip("slow (builds openaivet in a pre-commit environment): skipped with -short")
	}
	if _, err := exec.LookPath("pre-commit"); err != nil {
		t.Fatalf("pre-commit is not on PATH (%v): install it with `apt-get install pre-commit` (or `pip install pre-commit`)", err)
	}
	if _, err := exec.LookPath("git"); err != nil {
		t.Fatalf("git is not on PATH (%v): install it with `apt-get install git`", err)
	}
	start := time.Now()
	env := newEnv(t)
	t.Logf("%s", strings.TrimSpace(env.run(t, ".", "pre-commit", "--version")))

	hookRepo, rev := snapshot(t, env)
	for _, id := range hookIDs {
		t.Run(id, func(t *testing.T) {
			testHook(t, env, hookRepo, rev, id)
		})
	}
	t.Logf("took %v", time.Since(start).Round(time.Second))
}

// testHook commits to a new consumer repository that uses the hook id: a
// clean first commit, then each case.
func testHook(t *testing.T, env *environ, hookRepo, rev, id string) {
	dir := t.TempDir()
	copyDir(t, filepath.Join("testdata", "module"), dir)
	config := fmt.Sprintf("repos:\n- repo: %s\n  rev: %s\n  hooks:\n  - id: %s\n", hookRepo, rev, id)
	writeFile(t, filepath.Join(dir, ".pre-commit-config.yaml"), config)
	env.initRepo(t, dir)
	env.run(t, dir, "go", "mod", "download")
	// Install the git hook and build the hook's environment now, not
	// during the first commit: pre-commit before 3.6.2 builds golang hooks
	// with git's variables for the commit in the environment, which breaks
	// the go command's VCS stamping under `git commit -a`.
	start := time.Now()
	env.run(t, dir, "pre-commit", "install", "--install-hooks")
	t.Logf("pre-commit install --install-hooks: %v", time.Since(start).Round(time.Second))

	env.run(t, dir, "git", "add", "-A")
	out, err := env.commit(t, dir, "the module, clean")
	if err != nil {
		t.Fatalf("the first commit, which is clean, failed: %v\n%s", err, out)
	}
	if !strings.Contains(out, "Passed") {
		t.Errorf("the first commit did not run the hook:\n%s", out)
	}

	// A commit that changes no Go file does not run the hook (types: [go]).
	writeFile(t, filepath.Join(dir, "NOTES.txt"), "not Go\n")
	env.run(t, dir, "git", "add", "NOTES.txt")
	out, err = env.commit(t, dir, "notes")
	if err != nil || !strings.Contains(out, "Skipped") {
		t.Errorf("a commit with no Go file: want the hook skipped, got %v\n%s", err, out)
	}

	for _, c := range cases {
		text, err := os.ReadFile(filepath.Join("testdata", "cases", c.file))
		if err != nil {
			t.Fatal(err)
		}
		src, keys := fakekey.Expand(string(text))
		writeFile(t, filepath.Join(dir, c.file), src)
		env.run(t, dir, "git", "add", c.file)
		head := env.run(t, dir, "git", "rev-parse", "HEAD")
		out, err := env.commit(t, dir, "add "+c.file)
		moved := env.run(t, dir, "git", "rev-parse", "HEAD") != head
		blocked := c.check != ""
		checkCommit(t, id, c, blocked, out, err, moved, keys)

		// Only the commits that should pass stay, so that each case starts
		// from a clean tree: the hooks check the whole module, not only
		// the staged files.
		switch {
		case !moved:
			env.run(t, dir, "git", "rm", "-q", "-f", "--", c.file)
		case blocked:
			env.run(t, dir, "git", "reset", "-q", "--hard", "HEAD^")
		}
	}
}

// checkCommit checks the outcome of committing a case's file with the hook
// id: out is what git commit printed, err how it exited, moved whether
// HEAD moved, keys the keys the file holds.
func checkCommit(t *testing.T, id string, c commitCase, blocked bool, out string, err error, moved bool, keys []string) {
	t.Helper()
	for _, key := range keys {
		if leak := leaked(out, key); leak != "" {
			t.Errorf("committing %s: the output shows part of the key (%q)", c.file, leak)
			out = "(output withheld: it shows the key)"
		}
	}
	if !blocked {
		if err != nil || !moved {
			t.Errorf("committing %s: want the commit to pass, got %v\n%s", c.file, err, out)
		}
		return
	}
	var exit *exec.ExitError
	if !errors.As(err, &exit) || moved {
		t.Errorf("committing %s: want the commit blocked by %s, got %v (HEAD moved: %v)\n%s", c.file, c.check, err, moved, out)
		return
	}
	t.Logf("committing %s, blocked as it should be:\n%s", c.file, out)
	want := []string{"- hook id: " + id, c.file + ":", c.phrase}
	if id == "openaivet" {
		want = append(want, "("+c.check+")")
	}
	for _, w := range want {
		if !strings.Contains(out, w) {
			t.Errorf("committing %s: the output does not contain %q:\n%s", c.file, w, out)
		}
	}
}

// leaked returns a piece of key that out shows: any 16 characters of it in
// a row (shorter runs are the fixed prefix and marker).
func leaked(out, key string) string {
	const n = 16
	for i := 0; i+n <= len(key); i++ {
		if strings.Contains(out, key[i:i+n]) {
			return key[i:i+4] + "…"
		}
	}
	return ""
}

// snapshot copies the checkout's working tree, as it is (tracked files as
// they are on disk, and new files that .gitignore does not exclude), into
// a new git repository, commits it, and returns the repository and the
// commit. The consumers' configurations point `repo:` at it.
//
// Pointing `repo:` at the checkout itself would test its committed HEAD
// only, since pre-commit clones the rev. `pre-commit try-repo` snapshots
// uncommitted changes, but only to files git already tracks (so not a new
// .pre-commit-hooks.yaml), it does so by running `git add` in the checkout
// (with another index), and it runs the hooks directly, not from a git
// commit. The copy tests exactly the working tree, through `git commit`,
// and leaves the checkout's git state alone.
func snapshot(t *testing.T, env *environ) (dir, rev string) {
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, ".pre-commit-hooks.yaml")); err != nil {
		t.Fatalf("the checkout has no hook manifest: %v", err)
	}
	// git ls-files only reads; it runs as the user, who may have marked
	// the checkout a safe.directory in their own git configuration.
	ls := exec.Command("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard")
	ls.Dir = root
	listing, err := ls.Output()
	if err != nil {
		t.Fatalf("listing the checkout's files: %v", err)
	}
	list := string(listing)
	dir = filepath.Join(t.TempDir(), "openaivet")
	copied := 0
	for name := range strings.SplitSeq(list, "\x00") {
		if name == "" {
			continue
		}
		from := filepath.Join(root, filepath.FromSlash(name))
		info, err := os.Lstat(from)
		if errors.Is(err, fs.ErrNotExist) {
			continue // deleted in the working tree
		} else if err != nil {
			t.Fatal(err)
		}
		if !info.Mode().IsRegular() {
			continue
		}
		data, err := os.ReadFile(from)
		if err != nil {
			t.Fatal(err)
		}
		to := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(to, data, info.Mode().Perm()); err != nil {
			t.Fatal(err)
		}
		copied++
	}
	if copied == 0 {
		t.Fatalf("git ls-files listed no files in %s", root)
	}
	env.initRepo(t, dir)
	env.run(t, dir, "git", "add", "-A")
	env.run(t, dir, "git", "commit", "-q", "--no-verify", "-m", "snapshot of the working tree")
	rev = strings.TrimSpace(env.run(t, dir, "git", "rev-parse", "HEAD"))
	return dir, rev
}

// environ is the environment the test runs git, go and pre-commit in: a
// home, pre-commit store and openaivet result cache of its own, and the
// user's Go build and module caches and go env settings.
type environ struct {
	vars []string
}

func newEnv(t *testing.T) *environ {
	goenv := func(name string) string {
		out, err := exec.Command("go", "env", name).Output()
		if err != nil {
			t.Fatalf("go env %s: %v", name, err)
		}
		return strings.TrimSpace(string(out))
	}
	tmp := t.TempDir()
	home := filepath.Join(tmp, "home")
	if err := os.Mkdir(home, 0o755); err != nil {
		t.Fatal(err)
	}
	set := map[string]string{
		"HOME":             home,
		"XDG_CONFIG_HOME":  filepath.Join(home, ".config"),
		"XDG_CACHE_HOME":   filepath.Join(home, ".cache"),
		"PRE_COMMIT_HOME":  filepath.Join(tmp, "pre-commit"),
		"PRE_COMMIT_COLOR": "never",
		// The shared caches, and the user's go env file: HOME moved.
		"GOCACHE":    goenv("GOCACHE"),
		"GOMODCACHE": goenv("GOMODCACHE"),
		"GOENV":      goenv("GOENV"),
		// No /etc/gitconfig (a core.hooksPath there stops pre-commit
		// install, hooks of its own would run).
		"GIT_CONFIG_NOSYSTEM": "1",
	}
	var vars []string
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		if _, ok := set[name]; ok || dropVar(name) {
			continue
		}
		vars = append(vars, kv)
	}
	for name, value := range set {
		vars = append(vars, name+"="+value)
	}
	return &environ{vars: vars}
}

// dropVar reports whether the variable must not reach the commands: git's
// variables that name a repository, an index or configuration (set when
// the test runs inside a git hook, they would aim git at the checkout),
// pre-commit's (SKIP skips hooks) and the go command's GOFLAGS.
func dropVar(name string) bool {
	switch {
	case strings.HasPrefix(name, "GIT_"):
		for _, keep := range []string{"GIT_EXEC_PATH", "GIT_SSL_", "GIT_SSH", "GIT_ASKPASS", "GIT_ALLOW_PROTOCOL", "GIT_HTTP_PROXY_AUTHMETHOD"} {
			if strings.HasPrefix(name, keep) {
				return false
			}
		}
		return true
	case strings.HasPrefix(name, "PRE_COMMIT"), name == "SKIP", name == "GOFLAGS":
		return true
	}
	return false
}

// run runs a command in dir and returns its output; it fails the test if
// the command fails.
func (e *environ) run(t *testing.T, dir string, name string, args ...string) string {
	t.Helper()
	out, err := e.output(t, dir, name, args...)
	if err != nil {
		t.Fatalf("%s %s (in %s): %v\n%s", name, strings.Join(args, " "), dir, err, out)
	}
	return out
}

// commit runs git commit, and so the pre-commit hook, in dir.
func (e *environ) commit(t *testing.T, dir, message string) (string, error) {
	t.Helper()
	return e.output(t, dir, "git", "commit", "-m", message)
}

func (e *environ) output(t *testing.T, dir string, name string, args ...string) (string, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	cmd.Env = e.vars
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	return out.String(), err
}

// initRepo makes dir a git repository with a committer of its own.
func (e *environ) initRepo(t *testing.T, dir string) {
	t.Helper()
	e.run(t, dir, "git", "init", "-q", "-b", "main")
	e.run(t, dir, "git", "config", "user.name", "openaivet test")
	e.run(t, dir, "git", "config", "user.email", "test@example.com")
	e.run(t, dir, "git", "config", "commit.gpgsign", "false")
}

func copyDir(t *testing.T, from, to string) {
	t.Helper()
	entries, err := os.ReadDir(from)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(from, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(to, e.Name()), string(data))
	}
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}
