package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/openaivet/openaivet/internal/report"
)

// showSuppressedEnv, set by the command for the copies of itself that go
// vet runs, has the checks report suppressed findings, marked, for SARIF
// and -show-ignored. printVetVersion folds it into the build ID that keys
// go vet's cache, so that runs with and without it do not share results.
const showSuppressedEnv = "OPENAIVET_SHOW_SUPPRESSED"

// goVet runs go vet with this executable as the vet tool, in the current
// directory, and returns what it printed and its exit status. The go
// command builds what the packages need, runs the checks on each package
// in its own process, dependencies first for their facts, and caches the
// results; this is as cheap as analysis gets.
func goVet(args []string, env ...string) (stdout, stderr []byte, exit int, err error) {
	self, err := os.Executable()
	if err != nil {
		return nil, nil, 0, err
	}
	cmd := exec.Command("go", append([]string{"vet", "-vettool=" + self}, args...)...)
	cmd.Env = append(os.Environ(), env...)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err = cmd.Run()
	if exitErr, ok := err.(*exec.ExitError); ok {
		return out.Bytes(), errOut.Bytes(), exitErr.ExitCode(), nil
	}
	if err != nil {
		return nil, nil, 0, fmt.Errorf("running go vet: %v (openaivet needs the go command on PATH)", err)
	}
	return out.Bytes(), errOut.Bytes(), 0, nil
}

// vetDiagnostic is a diagnostic in the JSON that go vet -json prints.
type vetDiagnostic struct {
	Posn    string `json:"posn"`
	End     string `json:"end"`
	Message string `json:"message"`
	Related []struct {
		Posn    string `json:"posn"`
		End     string `json:"end"`
		Message string `json:"message"`
	} `json:"related"`
}

// vetOutput is what go vet -json printed: findings, and what it said
// besides (compile errors, go command errors).
type vetOutput struct {
	findings []*finding
	// other holds the lines that are neither findings nor compile errors.
	other []string
}

// parseVetOutput reads go vet -json's output: for each package, an
// optional "# package" line, then a JSON object of findings by check, or
// the errors that stopped it (compile errors, as file:line:col: message).
// The go command prints the JSON on standard output and the rest on
// standard error (before Go 1.26, all of it on standard error); the
// streams are read alike. Relative paths are taken from dir. A finding
// that a package and its test variant both report is kept once.
func parseVetOutput(dir string, streams ...[]byte) (*vetOutput, error) {
	out := new(vetOutput)
	seen := make(map[string]bool)
	add := func(f *finding) {
		key := fmt.Sprintf("%s\x00%v\x00%v\x00%s", f.Check, f.Location, f.End, f.Message)
		if !seen[key] {
			seen[key] = true
			out.findings = append(out.findings, f)
		}
	}
	for _, stream := range streams {
		sc := bufio.NewScanner(bytes.NewReader(stream))
		sc.Buffer(nil, 64<<20)
		for sc.Scan() {
			line := sc.Text()
			switch {
			case strings.HasPrefix(line, "{"):
				// unitchecker indents its JSON: an object ends at the
				// first line that is a closing brace alone, or is "{}"
				// for a package without findings.
				obj := []byte(line)
				for line != "{}" && sc.Scan() {
					obj = append(append(obj, '\n'), sc.Bytes()...)
					if sc.Text() == "}" {
						break
					}
				}
				fs, err := vetFindings(obj)
				if err != nil {
					return nil, err
				}
				for _, f := range fs {
					add(f)
				}
			case strings.HasPrefix(line, "# ") || strings.TrimSpace(line) == "":
				// The package the lines below are about.
			default:
				if f := compileError(dir, line); f != nil {
					add(f)
				} else {
					out.other = append(out.other, line)
				}
			}
		}
		if err := sc.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// vetFindings reads one package's JSON object: findings by check, or an
// error by check.
func vetFindings(obj []byte) ([]*finding, error) {
	var byPackage map[string]map[string]json.RawMessage
	if err := json.Unmarshal(obj, &byPackage); err != nil {
		return nil, fmt.Errorf("reading go vet's output: %v", err)
	}
	var fs []*finding
	for _, byCheck := range byPackage {
		for check, raw := range byCheck {
			var failure struct{ Error string }
			if json.Unmarshal(raw, &failure) == nil && failure.Error != "" {
				fs = append(fs, analysisError(failure.Error))
				continue
			}
			var ds []vetDiagnostic
			if err := json.Unmarshal(raw, &ds); err != nil {
				return nil, fmt.Errorf("reading go vet's output: %v", err)
			}
			for _, d := range ds {
				f := &finding{Check: check, Location: parsePosn(d.Posn), End: parsePosn(d.End), Message: d.Message}
				if msg, reason, ok := report.Suppressed(f.Message); ok {
					f.Message, f.Justification, f.Severity = msg, reason, "ignored"
				}
				for _, r := range d.Related {
					f.Related = append(f.Related, related{Location: parsePosn(r.Posn), End: parsePosn(r.End), Message: r.Message})
				}
				fs = append(fs, f)
			}
		}
	}
	return fs, nil
}

// parsePosn reads a position as file:line:col, file:line or file.
func parsePosn(posn string) location {
	var l location
	rest := posn
	for range 2 {
		i := strings.LastIndexByte(rest, ':')
		if i < 0 {
			break
		}
		n, err := strconv.Atoi(rest[i+1:])
		if err != nil {
			break
		}
		l.Column, l.Line = l.Line, n
		rest = rest[:i]
	}
	l.File = rest
	return l
}

// errorLine is a compile error as the go command prints it.
var errorLine = regexp.MustCompile(`^(.+\.go):(\d+)(?::(\d+))?: (.+)$`)

// compileError returns the finding a compile error line makes, or nil.
func compileError(dir, line string) *finding {
	m := errorLine.FindStringSubmatch(line)
	if m == nil {
		return nil
	}
	file := m[1]
	if !filepath.IsAbs(file) {
		file = filepath.Join(dir, file)
	}
	l := location{File: file}
	l.Line, _ = strconv.Atoi(m[2])
	l.Column, _ = strconv.Atoi(m[3])
	return &finding{Check: "compile", Location: l, Message: m[4]}
}

// analysisError returns the finding a check's error makes: a mistake in a
// configuration file (file:line: key: message), or any other.
func analysisError(msg string) *finding {
	f := &finding{Check: "analysis", Message: msg}
	if file, rest, ok := strings.Cut(msg, ": "); ok {
		if l := parsePosn(file); l.Line > 0 {
			f.Check, f.Location, f.Message = "config", l, rest
		}
	}
	return f
}
