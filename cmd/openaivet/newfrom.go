package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
)

// -new-from-rev and -new-from-patch narrow a run's output to the findings
// on lines a change adds or rewrites, as golangci-lint's flags of the same
// names do, so that a code base with old findings can turn openaivet on
// and hold each change to it without fixing everything first. This file
// owns that filter: where the change comes from (git, or a patch), which
// lines it touches, and which findings it keeps.

// changes are the lines a change adds or rewrites, by file.
type changes struct {
	// files holds, by canonical path (see canonical), the changed lines
	// of each file, or nil for a file that is new as a whole.
	files map[string]map[int]bool
	// paths caches the canonical paths of the findings' files.
	paths map[string]string
}

func newChanges() *changes {
	return &changes{files: map[string]map[int]bool{}, paths: map[string]string{}}
}

// add records the added lines of the files of a diff whose paths are
// relative to root.
func (c *changes) add(root string, diff map[string][]int) {
	for name, lines := range diff {
		path := canonical(filepath.Join(root, filepath.FromSlash(name)))
		set, seen := c.files[path]
		if seen && set == nil {
			continue // new as a whole already
		}
		if set == nil {
			set = map[int]bool{}
			c.files[path] = set
		}
		for _, l := range lines {
			set[l] = true
		}
	}
}

// addWhole records a file every line of which is new.
func (c *changes) addWhole(path string) { c.files[canonical(path)] = nil }

// changed reports whether the line of the file is added or rewritten; line
// 0, a position in the file as a whole, is when any of its lines is.
func (c *changes) changed(l location) bool {
	if l.File == "" {
		return false
	}
	path, ok := c.paths[l.File]
	if !ok {
		path = canonical(l.File)
		c.paths[l.File] = path
	}
	set, ok := c.files[path]
	switch {
	case !ok:
		return false
	case set == nil:
		return true
	case l.Line == 0:
		return len(set) > 0
	}
	return set[l.Line]
}

// isNew reports whether the change brought the finding about.
//
// A finding is new when its own line changed, or the line of one of its
// related positions. golangci-lint looks at the line only, but a
// dataflow finding is reported where the input arrives (the request) and
// is caused as much by where it comes from (the related position that
// reads r.FormValue): a change that makes a system prompt read user input
// three lines above an untouched request brings the finding about, and a
// reviewer expects to see it. The cost is that touching either end of an
// old flow shows the old finding too, which is a finding about the code
// being changed.
//
// A finding that says a package could not be checked at all (it does not
// compile, its configuration is wrong, an analysis failed) is always new:
// a broken package must fail the run whatever changed.
func (c *changes) isNew(f *finding) bool {
	if f.analysisFailure() || c.changed(f.Location) {
		return true
	}
	for _, r := range f.Related {
		if c.changed(r.Location) {
			return true
		}
	}
	return false
}

// keep returns the findings the change brought about.
func (c *changes) keep(findings []*finding) []*finding {
	var kept []*finding
	for _, f := range findings {
		if c.isNew(f) {
			kept = append(kept, f)
		}
	}
	return kept
}

// canonical returns an absolute path with its symbolic links resolved, so
// that a finding's path (the go command's, which keeps the links of the
// directory openaivet runs in) and a diff's (from git's top level, which
// has none) name a file alike. A file that does not exist keeps its path,
// with its directory resolved.
func canonical(path string) string {
	path = absolute(path)
	if real, err := filepath.EvalSymlinks(path); err == nil {
		return real
	}
	if dir, err := filepath.EvalSymlinks(filepath.Dir(path)); err == nil {
		return filepath.Join(dir, filepath.Base(path))
	}
	return filepath.Clean(path)
}

// changesFromPatch reads the lines a unified diff adds; its paths are
// relative to dir, the directory openaivet runs in, as golangci-lint's
// -new-from-patch takes them.
func changesFromPatch(file, dir string) (*changes, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("-new-from-patch: cannot read the patch: %v", err)
	}
	diff, err := parseUnifiedDiff(data)
	if err != nil {
		return nil, fmt.Errorf("-new-from-patch: %s: %v", file, err)
	}
	c := newChanges()
	c.add(dir, diff)
	return c, nil
}

// changesSinceRev asks git which lines of the working tree of dir's
// repository differ from rev: committed since, staged or not. Untracked
// files (but those git ignores) are new as a whole, as golangci-lint
// counts them: a file not yet added is code the change brings, and
// pre-commit leaves such files in place while its hooks run.
//
// On a branch with no commit yet, HEAD names nothing; every file is then
// new, so that a hook with -new-from-rev HEAD checks a repository's first
// commit in full.
func changesSinceRev(rev, dir string) (*changes, error) {
	if rev == "" {
		return nil, errors.New("-new-from-rev: no revision given; name a commit, branch or tag, such as HEAD or origin/main")
	}
	if _, err := exec.LookPath("git"); err != nil {
		return nil, errors.New("-new-from-rev: git is not on PATH; install git, or give the change as a patch with -new-from-patch FILE")
	}
	top, err := git(dir, nil, "rev-parse", "--show-toplevel")
	if err != nil {
		return nil, fmt.Errorf("-new-from-rev: %s is not in a git work tree (%v); run openaivet in one, or give the change as a patch with -new-from-patch FILE", dir, err)
	}
	top = strings.TrimSuffix(top, "\n")
	base, err := git(top, nil, "rev-parse", "--verify", "--quiet", "--end-of-options", rev+"^{commit}")
	if err != nil && rev == "HEAD" {
		if _, unborn := git(top, nil, "symbolic-ref", "--quiet", "HEAD"); unborn == nil {
			base, err = git(top, strings.NewReader(""), "hash-object", "-t", "tree", "--stdin") // the empty tree
		}
	}
	if err != nil {
		return nil, fmt.Errorf("-new-from-rev: git knows no commit %q in %s; name a commit, branch or tag (in a shallow clone, fetch it first)", rev, top)
	}
	// Whatever the user's configuration says of prefixes, colors,
	// external diff drivers, renames or diff.relative, the diff is the
	// same: paths from the top level after a/ and b/, no context.
	out, err := git(top, nil, "diff", "--no-color", "--no-ext-diff", "--no-textconv", "--no-relative",
		"--src-prefix=a/", "--dst-prefix=b/", "-M", "-U0", strings.TrimSpace(base), "--")
	if err != nil {
		return nil, fmt.Errorf("-new-from-rev: git diff %s: %v", rev, err)
	}
	diff, err := parseUnifiedDiff([]byte(out))
	if err != nil {
		return nil, fmt.Errorf("-new-from-rev: git diff %s: %v", rev, err)
	}
	c := newChanges()
	c.add(top, diff)
	untracked, err := git(top, nil, "ls-files", "-z", "--others", "--exclude-standard")
	if err != nil {
		return nil, fmt.Errorf("-new-from-rev: git ls-files: %v", err)
	}
	for _, name := range strings.Split(untracked, "\x00") {
		if name != "" {
			c.addWhole(filepath.Join(top, filepath.FromSlash(name)))
		}
	}
	return c, nil
}

// git runs git in dir and returns its output; its error is git's own
// first line.
func git(dir string, stdin *strings.Reader, args ...string) (string, error) {
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	if stdin != nil {
		cmd.Stdin = stdin
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		if msg, _, _ := strings.Cut(strings.TrimSpace(stderr.String()), "\n"); msg != "" {
			return "", errors.New(strings.TrimPrefix(msg, "fatal: "))
		}
		return "", err
	}
	return string(out), nil
}

// parseUnifiedDiff returns, by the path after "+++ " (without git's b/
// prefix), the lines of the new file that a unified diff adds: what git
// diff, diff -u and most tools print. It reads the hunks by their counts,
// so an added line that starts with "++" or a removed one that starts
// with "--" is not taken for a file name. Deleted files, pure renames,
// mode changes and binary files add no lines; whatever lies outside the
// files (a mail's headers, git's extended headers) is skipped.
func parseUnifiedDiff(data []byte) (map[string][]int, error) {
	files := map[string][]int{}
	var (
		file             string // the current file, "" for /dev/null
		sawFile          bool   // a "+++ " line came before
		oldLeft, newLeft int    // lines of the current hunk not read yet
		next             int    // the new file's number of the next line
	)
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 64<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSuffix(sc.Text(), "\r")
		if strings.HasPrefix(line, `\`) {
			continue // \ No newline at end of file: about the line before
		}
		if oldLeft > 0 || newLeft > 0 {
			kind := byte(' ') // an empty line is context whose space was trimmed
			if line != "" {
				kind = line[0]
			}
			switch {
			case kind == '+' && newLeft > 0:
				if file != "" {
					files[file] = append(files[file], next)
				}
				next++
				newLeft--
			case kind == '-' && oldLeft > 0:
				oldLeft--
			case kind == ' ' && oldLeft > 0 && newLeft > 0:
				next++
				oldLeft--
				newLeft--
			default:
				return nil, fmt.Errorf("line %d: the hunk ends early (%d old and %d new lines not read)", n, oldLeft, newLeft)
			}
			continue
		}
		switch {
		case strings.HasPrefix(line, "+++ "):
			file, sawFile = diffPath(line[len("+++ "):]), true
		case strings.HasPrefix(line, "diff --git "):
			sawFile = true // a header with no hunks (a rename, a mode change)
		case strings.HasPrefix(line, "@@ "):
			m := hunkHeader.FindStringSubmatch(line) // fix.go's

			if m == nil {
				return nil, fmt.Errorf("line %d: not a hunk header: %q", n, line)
			}
			if !sawFile {
				return nil, fmt.Errorf("line %d: a hunk before any \"+++ \" line names its file", n)
			}
			count := func(s string) int {
				if s == "" {
					return 1
				}
				v, _ := strconv.Atoi(s)
				return v
			}
			next, _ = strconv.Atoi(m[3])
			oldLeft, newLeft = count(m[2]), count(m[4])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if oldLeft > 0 || newLeft > 0 {
		return nil, fmt.Errorf("the last hunk is cut short (%d old and %d new lines missing)", oldLeft, newLeft)
	}
	if !sawFile && len(bytes.TrimSpace(data)) > 0 {
		return nil, errors.New(`not a unified diff: no "+++ " line names a file`)
	}
	return files, nil
}

// diffPath returns the path a "+++ " line names: git's quoted form
// unquoted, a timestamp after a tab cut off, git's b/ prefix removed; ""
// for /dev/null.
func diffPath(name string) string {
	if strings.HasPrefix(name, `"`) {
		if quoted, err := strconv.QuotedPrefix(name); err == nil {
			if s, err := strconv.Unquote(quoted); err == nil {
				name = s
			}
		}
	} else {
		name, _, _ = strings.Cut(name, "\t")
	}
	if name == "/dev/null" {
		return ""
	}
	return strings.TrimPrefix(name, "b/")
}
