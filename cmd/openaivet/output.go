package main

import (
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"
)

// The formats print findings the way staticcheck does, so that editors and
// scripts that read staticcheck's output read openaivet's too.

// writeText prints one finding a line, file:line:col: message (check),
// with the related positions indented below it.
func writeText(w io.Writer, fs []*finding, cwd string) {
	for _, f := range fs {
		fmt.Fprintf(w, "%s: %s (%s)\n", position(cwd, f.Location), f.Message, f.Check)
		for _, r := range f.Related {
			fmt.Fprintf(w, "\t%s: %s\n", position(cwd, r.Location), r.Message)
		}
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
