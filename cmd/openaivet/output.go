package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"text/tabwriter"
)

// The formats print findings the way staticcheck does, so that editors and
// scripts that read staticcheck's output read openaivet's too.

// textStyle is how the text format looks. On a terminal, the findings at
// one position (several checks on one request) come under it once, and
// positions and check names are coloured unless NO_COLOR is set
// (no-color.org); elsewhere, for editors and scripts, each finding is a
// line of its own, as staticcheck prints it.
type textStyle struct {
	group, color bool
}

// styleFor returns the style of the text format written to out.
func styleFor(out *os.File) textStyle {
	term := terminal(out) != nil
	return textStyle{group: term, color: term && os.Getenv("NO_COLOR") == ""}
}

// paint wraps s in an ANSI SGR sequence when the style has colour.
func (s textStyle) paint(sgr, text string) string {
	if !s.color {
		return text
	}
	return "\033[" + sgr + "m" + text + "\033[0m"
}

const (
	sgrBold = "1"
	sgrCyan = "36"
	sgrDim  = "2"
)

// writeText prints one finding a line, file:line:col: message (check),
// with the related positions indented below it; with style.group, the
// findings that share a position come under one line that names it, and
// a related position they share is shown once.
func writeText(w io.Writer, fs []*finding, cwd string, style textStyle) {
	for i := 0; i < len(fs); {
		j := i + 1
		for style.group && j < len(fs) && fs[j].Location == fs[i].Location {
			j++
		}
		pos := style.paint(sgrBold, position(cwd, fs[i].Location))
		indent := "\t"
		if j > i+1 {
			fmt.Fprintf(w, "%s: %d findings\n", pos, j-i)
		}
		shown := make(map[string]bool) // a group's related lines, once
		for _, f := range fs[i:j] {
			check := style.paint(sgrCyan, f.Check)
			if j > i+1 {
				fmt.Fprintf(w, "  %s (%s)\n", f.Message, check)
				indent = "    "
			} else {
				fmt.Fprintf(w, "%s: %s (%s)\n", pos, f.Message, check)
			}
			for _, r := range f.Related {
				line := position(cwd, r.Location) + ": " + r.Message
				if !shown[line] {
					shown[line] = true
					fmt.Fprintf(w, "%s%s\n", indent, style.paint(sgrDim, line))
				}
			}
		}
		i = j
	}
}

// writeStylish groups findings by file, then sums them up.
func writeStylish(w io.Writer, fs []*finding, cwd string) {
	var errors, warnings, ignored int
	var tw *tabwriter.Writer
	file := ""
	for _, f := range fs {
		if f.Location.File != file || tw == nil {
			if tw != nil {
				tw.Flush()
				fmt.Fprintln(w)
			}
			file = f.Location.File
			fmt.Fprintln(w, shortPath(cwd, file))
			tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		}
		fmt.Fprintf(tw, "  (%d, %d)\t%s\t%s\n", f.Location.Line, f.Location.Column, f.Check, f.Message)
		for _, r := range f.Related {
			fmt.Fprintf(tw, "    (%d, %d)\t\t  %s\n", r.Location.Line, r.Location.Column, r.Message)
		}
		switch {
		case f.suppressed():
			ignored++
		case f.failing():
			errors++
		default:
			warnings++
		}
	}
	if tw != nil {
		tw.Flush()
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, " ✖ %d problems (%d errors, %d warnings, %d ignored)\n", len(fs), errors, warnings, ignored)
}

// writeJSON prints one JSON object a line.
func writeJSON(w io.Writer, fs []*finding) error {
	enc := json.NewEncoder(w)
	for _, f := range fs {
		if err := enc.Encode(f); err != nil {
			return err
		}
	}
	return nil
}

func position(cwd string, l location) string {
	if l.Line == 0 {
		if l.File == "" {
			return "-"
		}
		return shortPath(cwd, l.File)
	}
	return fmt.Sprintf("%s:%d:%d", shortPath(cwd, l.File), l.Line, l.Column)
}

// shortPath returns path relative to cwd when that is shorter.
func shortPath(cwd, path string) string {
	if rel := slashPath(cwd, path); len(rel) < len(path) {
		return rel
	}
	return path
}
