package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/openaivet/openaivet/internal/secret"
)

// A baseline holds the findings a code base had when it adopted openaivet,
// by fingerprint, so that later runs report only new ones while the old
// ones are burnt down.
type baseline struct {
	Tool     string          `json:"tool"`
	Version  int             `json:"version"`
	Findings []baselineEntry `json:"findings"`
}

// baselineEntry names a finding for people reading the file; only the
// fingerprint is matched.
type baselineEntry struct {
	Fingerprint string `json:"fingerprint"`
	Check       string `json:"check"`
	File        string `json:"file"`
	Message     string `json:"message"`
}

const baselineVersion = 1

// readBaseline reads a baseline file; ok is false when there is none yet.
func readBaseline(path string) (b baseline, ok bool, err error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return b, false, nil
	}
	if err != nil {
		return b, false, err
	}
	if err := json.Unmarshal(data, &b); err != nil {
		return b, false, fmt.Errorf("%s: not an openaivet baseline: %v", path, err)
	}
	if b.Tool != "openaivet" || b.Version != baselineVersion {
		return b, false, fmt.Errorf("%s: not an openaivet baseline of version %d; delete it and run again to write a new one", path, baselineVersion)
	}
	return b, true, nil
}

// writeBaseline writes the findings, fingerprinted relative to the
// baseline's directory, to path.
func writeBaseline(path string, fs []*finding) error {
	b := baseline{Tool: "openaivet", Version: baselineVersion, Findings: []baselineEntry{}}
	root := filepath.Dir(absolute(path))
	for _, f := range fs {
		b.Findings = append(b.Findings, baselineEntry{
			Fingerprint: f.Fingerprint,
			Check:       f.Check,
			File:        slashPath(root, f.Location.File),
			// Messages name keys by fingerprint only; redact anyway, since
			// this file is written past the output's redaction.
			Message: secret.Redact(f.Message),
		})
	}
	data, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(data, '\n'), 0o644)
}

// applyBaseline drops the findings in b, and returns the others, those it
// dropped, and how many of b's findings did not occur.
func applyBaseline(b baseline, fs []*finding) (kept, dropped []*finding, gone int) {
	known := map[string]bool{}
	for _, e := range b.Findings {
		known[e.Fingerprint] = true
	}
	seen := map[string]bool{}
	for _, f := range fs {
		if known[f.Fingerprint] {
			seen[f.Fingerprint] = true
			dropped = append(dropped, f)
			continue
		}
		kept = append(kept, f)
	}
	return kept, dropped, len(known) - len(seen)
}

func absolute(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return path
}
