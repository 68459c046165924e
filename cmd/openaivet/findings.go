package main

import (
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// location is a position, as staticcheck's JSON output gives it.
type location struct {
	File   string `json:"file"`
	Line   int    `json:"line"`
	Column int    `json:"column"`
}

type related struct {
	Location location `json:"location"`
	End      location `json:"end"`
	Message  string   `json:"message"`
}

// finding is one diagnostic, in the JSON form of staticcheck's output
// (which the json format prints, so that what reads staticcheck's reads
// openaivet's) plus what openaivet adds: a fingerprint that survives edits
// elsewhere in the file, and the reason it is suppressed.
type finding struct {
	Check       string    `json:"code"`
	Severity    string    `json:"severity,omitempty"`
	Location    location  `json:"location"`
	End         location  `json:"end"`
	Message     string    `json:"message"`
	Related     []related `json:"related,omitempty"`
	Fingerprint string    `json:"fingerprint,omitempty"`
	// Justification is the reason given where a suppressed finding is
	// silenced, for SARIF.
	Justification string `json:"-"`
	// pkg is the package go vet reported the finding in.
	pkg string
	// fixFiles are the files its suggested fix edits, if it has one.
	fixFiles []string
}

// suppressed reports whether a directive silences the finding:
// //openaivet:ignore or staticcheck's //lint:ignore.
func (f *finding) suppressed() bool { return f.Severity == "ignored" }

// failing reports whether the finding makes the exit status 1.
func (f *finding) failing() bool { return f.Severity == "error" }

// analysisFailure reports whether the finding says a package could not be
// analyzed rather than that it breaks a practice.
func (f *finding) analysisFailure() bool {
	return f.Check == "compile" || f.Check == "config" || f.Check == "analysis"
}

// fingerprint gives each finding a fingerprint from what does not move
// when lines are added above it: the check, the file's path relative to
// root, the message, the text of the finding's line, and how many equal
// findings come before it.
func fingerprint(fs []*finding, root string) {
	lines := lineReader{}
	seen := map[string]int{}
	for _, f := range fs {
		h := sha256.New()
		fmt.Fprintf(h, "%s\x00%s\x00%s\x00%s", f.Check, slashPath(root, f.Location.File), f.Message, lines.text(f.Location.File, f.Location.Line))
		key := string(h.Sum(nil))
		fmt.Fprintf(h, "\x00%d", seen[key])
		seen[key]++
		f.Fingerprint = fmt.Sprintf("%x", h.Sum(nil)[:16])
	}
}

// slashPath returns path relative to root, with forward slashes, or the
// path itself when it is not under root.
func slashPath(root, path string) string {
	if rel, err := filepath.Rel(root, path); err == nil && !strings.HasPrefix(rel, "..") {
		return filepath.ToSlash(rel)
	}
	return filepath.ToSlash(path)
}

// lineReader returns lines of source files, reading each file once.
type lineReader map[string][]string

func (r lineReader) text(file string, line int) string {
	lines, ok := r[file]
	if !ok {
		data, _ := os.ReadFile(file) // no file, no text: the fingerprint still holds the rest
		lines = strings.Split(string(data), "\n")
		r[file] = lines
	}
	if line < 1 || line > len(lines) {
		return ""
	}
	return strings.TrimSpace(lines[line-1])
}
