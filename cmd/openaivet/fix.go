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
// merges the edits of all checks and packages and formats the files.
func showDiff(out *vetOutput, vetArgs, patterns []string) int {
	stdout, code := runFix(out, append(vetArgs, "-diff"), patterns)
	if code != 0 {
		return code
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
	return 0
}

// applyFixes has go vet apply the suggested fixes of the findings, then
// says what it did: how many fixes, in which files, and which findings
// are left to a person. Those are printed as findings are, and make the
// exit status 1. Nothing is fixed while a package does not compile; a
// run with nothing to fix prints nothing.
func applyFixes(out *vetOutput, vetArgs, patterns []string, findings []*finding) int {
	var left []*finding
	fixes, broken := 0, false
	files := make(map[string]bool)
	for _, x := range findings {
		switch {
		case x.suppressed():
		case len(x.fixFiles) > 0:
			fixes++
			for _, file := range x.fixFiles {
				files[shortPath(out.dir, file)] = true
			}
		default:
			left = append(left, x)
			broken = broken || x.analysisFailure()
		}
	}
	var did string
	switch {
	case broken:
		did = "no fixes applied: first fix what stops the packages from being analyzed"
	case fixes > 0:
		if _, code := runFix(newVetOutput(out.dir, out.redactor), vetArgs, patterns); code != 0 {
			return code
		}
		did = fmt.Sprintf("applied %d %s to %s", fixes, plural(fixes, "fix", "fixes"), strings.Join(slices.Sorted(maps.Keys(files)), ", "))
	case len(left) == 0:
		return 0 // nothing to fix
	default:
		did = "no finding has an automatic fix"
	}
	if len(left) == 0 {
		fmt.Fprintf(os.Stderr, "openaivet: %s\n", did)
		return 0
	}
	fmt.Fprintf(os.Stderr, "openaivet: %s; %d %s no automatic fix\n", did, len(left), plural(len(left), "finding has", "findings have"))
	writeText(os.Stdout, left, out.dir)
	for _, x := range left {
		if x.failing() {
			return 1
		}
	}
	return 0
}

// runFix runs go vet -fix with args, and returns what it printed on
// standard output (the diff of -diff) and the exit status for the
// command: 0, or, having said why, 1 when a package does not compile and
// 2 when go vet could not run.
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
	for _, f := range out.findings {
		fmt.Fprintf(os.Stderr, "%s: %s\n", position(out.dir, f.Location), f.Message)
	}
	for _, line := range out.problems {
		fmt.Fprintln(os.Stderr, line)
	}
	switch {
	case len(out.problems) > 0:
		return "", 2
	case len(out.findings) > 0:
		return "", 1 // a package that does not compile cannot be fixed
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
