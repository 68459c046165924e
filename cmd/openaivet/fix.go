package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// fix has go vet apply the suggested fixes, or with diff print them as a
// unified diff. The go command merges the edits of all checks and
// packages and formats the files it changes.
func fix(out *vetOutput, vetArgs []string, diff bool, patterns []string) int {
	args := append(vetArgs, "-fix")
	if diff {
		args = append(args, "-diff")
	}
	cmd, err := vetCommand(append(args, patterns...))
	if err != nil {
		fmt.Fprintln(os.Stderr, "openaivet:", err)
		return 2
	}
	var stdout bytes.Buffer
	keep := func(r io.Reader) error { _, err := stdout.ReadFrom(r); return err }
	code, err := runStreams(cmd, keep, out.read)
	if err != nil {
		fmt.Fprintln(os.Stderr, "openaivet:", err)
		return 2
	}
	if diff {
		var dirs map[string]bool
		if pkgs, err := listPackages(buildFlags(vetArgs), patterns, false); err == nil {
			dirs = pkgs.dirs
		}
		os.Stdout.WriteString(cleanDiff(stdout.String(), dirs))
	}
	for _, f := range out.findings {
		fmt.Fprintf(os.Stderr, "%s: %s\n", position(out.dir, f.Location), f.Message)
	}
	for _, line := range out.problems {
		fmt.Fprintln(os.Stderr, line)
	}
	switch {
	case len(out.problems) > 0:
		return 2
	case len(out.findings) > 0:
		return 1 // a package that does not compile cannot be fixed
	case diff:
		// go vet -diff fails when there is a diff to show; showing it
		// is what was asked.
		return 0
	}
	return code
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
