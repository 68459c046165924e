package main

import (
	"bytes"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// showDiff has go vet print the suggested fixes as a unified diff, and
// exits as go vet -fix -diff does: 1 when there is a diff. The go command
// merges the edits of all checks and packages and formats the files. A
// package that does not compile is said to, and makes the status 1; the
// others' fixes are shown.
func showDiff(out *vetOutput, vetArgs, patterns []string) int {
	stdout, code := runFix(out, append(vetArgs, "-diff"), patterns)
	if code == 2 {
		return code
	}
	for _, f := range out.findings {
		fmt.Fprintf(os.Stderr, "%s: %s\n", position(out.dir, f.Location), f.Message)
	}
	var dirs map[string]bool
	if pkgs, err := listPackages(buildFlags(vetArgs), patterns, false); err == nil {
		dirs = pkgs.dirs
	}
	diff := cleanDiff(stdout, dirs)
	os.Stdout.WriteString(diff)
	if diff != "" {
		return 1
	}
	return code
}

// applyFixes has go vet apply the suggested fixes of the findings (in the
// packages that compile) and returns what it did, for the command to
// say: "applied 4 fixes to a.go, b.go", or "" when no finding has a fix.
// The status is 2 when go vet could not run.
func applyFixes(out *vetOutput, vetArgs, patterns []string, findings []*finding) (did string, code int) {
	fixes := 0
	files := make(map[string]bool)
	for _, x := range findings {
		if x.suppressed() || len(x.fixFiles) == 0 {
			continue
		}
		fixes++
		for _, file := range x.fixFiles {
			files[shortPath(out.dir, file)] = true
		}
	}
	if fixes == 0 {
		return "", 0
	}
	if _, code := runFix(newVetOutput(out.dir, out.redactor), vetArgs, patterns); code == 2 {
		return "", 2
	}
	return fmt.Sprintf("applied %d %s to %s", fixes, plural(fixes, "fix", "fixes"), strings.Join(slices.Sorted(maps.Keys(files)), ", ")), 0
}

// showLeft says, after -fix, what it did and how many findings are left
// to a person, and lists them as the text format does: where a run after
// the fixes finds them. They make the exit status 1. A run with nothing to
// fix and nothing left prints nothing.
func showLeft(did string, findings []*finding, cwd string, style textStyle) int {
	left := slices.DeleteFunc(slices.Clone(findings), (*finding).suppressed)
	count := fmt.Sprintf("%d %s left", len(left), plural(len(left), "finding", "findings"))
	switch {
	case did != "" && len(left) == 0:
		fmt.Fprintf(os.Stderr, "openaivet: %s\n", did)
	case did != "":
		fmt.Fprintf(os.Stderr, "openaivet: %s; %s\n", did, count)
	case len(left) > 0:
		fmt.Fprintf(os.Stderr, "openaivet: nothing to fix automatically; %s\n", count)
	}
	writeText(os.Stdout, left, cwd, style)
	if slices.ContainsFunc(left, (*finding).failing) {
		return 1
	}
	return 0
}

// runFix runs go vet -fix with args, gathering its messages in out, and
// returns what it printed on standard output (the diff of -diff) and a
// status: 0; 1 when a package does not compile (out.findings says which);
// or, having said why, 2 when go vet could not run.
func runFix(out *vetOutput, args, patterns []string) (string, int) {
	cmd, err := vetCommand(append(append(args, "-fix"), patterns...))
	if err != nil {
		fmt.Fprintln(os.Stderr, "openaivet:", err)
		return "", 2
	}
	var stdout bytes.Buffer
	keep := func(r io.Reader) error { _, err := stdout.ReadFrom(r); return err }
	if _, err := runStreams(cmd, keep, out.read); err != nil {
		fmt.Fprintln(os.Stderr, "openaivet:", err)
		return "", 2
	}
	for _, line := range out.problems {
		fmt.Fprintln(os.Stderr, line)
	}
	switch {
	case len(out.problems) > 0:
		return "", 2
	case len(out.findings) > 0:
		return stdout.String(), 1
	}
	return stdout.String(), 0
}

// plural returns one when n is 1, else many.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// hunkHeader is the first line of a hunk of a unified diff.
var hunkHeader = regexp.MustCompile(`^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@(.*)$`)

// cleanDiff returns go vet's unified diff with the hunks' line numbers
// counted again, the last line ended, and without the files outside dirs
// (when dirs is not nil). go vet prints a file's diff again for each
// package that analyzes it, replays the diffs of packages it analyzed
// before as dependencies, and numbers the lines of a file's later hunks
// off by the lines that fixes combined in its earlier ones add.
func cleanDiff(diff string, dirs map[string]bool) string {
	if diff == "" {
		return ""
	}
	type hunk struct {
		oldStart int
		tail     string
		lines    []string
	}
	type file struct {
		header []string
		hunks  []*hunk
	}
	var files []*file
	seen := make(map[string]bool)
	var cur *file
	var h *hunk
	for line := range strings.Lines(diff) {
		line = strings.TrimSuffix(line, "\n")
		switch m := hunkHeader.FindStringSubmatch(line); {
		case strings.HasPrefix(line, "--- "):
			cur, h = &file{header: []string{line}}, nil
			files = append(files, cur)
		case strings.HasPrefix(line, "+++ ") && cur != nil && h == nil:
			cur.header = append(cur.header, line)
		case m != nil && cur != nil:
			start, _ := strconv.Atoi(m[1])
			h = &hunk{oldStart: start, tail: m[5]}
			cur.hunks = append(cur.hunks, h)
		case h != nil:
			h.lines = append(h.lines, line)
		}
	}
	var b strings.Builder
	for _, f := range files {
		text := strings.Join(f.header, "\n")
		name := strings.TrimSuffix(strings.TrimPrefix(f.header[0], "--- "), " (old)")
		if seen[text] || dirs != nil && !dirs[filepath.Dir(name)] {
			continue
		}
		seen[text] = true
		b.WriteString(text + "\n")
		delta := 0
		for _, h := range f.hunks {
			var old, new int
			for _, l := range h.lines {
				switch {
				case strings.HasPrefix(l, "-"):
					old++
				case strings.HasPrefix(l, "+"):
					new++
				case strings.HasPrefix(l, `\`):
				default:
					old++
					new++
				}
			}
			fmt.Fprintf(&b, "@@ -%s +%s @@%s\n", span(h.oldStart, old), span(h.oldStart+delta, new), h.tail)
			for _, l := range h.lines {
				b.WriteString(l + "\n")
			}
			delta += new - old
		}
	}
	return b.String()
}

// span writes a hunk's range of lines as a unified diff does.
func span(start, n int) string {
	if n == 1 {
		return strconv.Itoa(start)
	}
	return fmt.Sprintf("%d,%d", start, n)
}
