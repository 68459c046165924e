// Command openaivet checks Go programs that call the OpenAI API against
// OpenAI's safety best practices.
//
// One binary, three ways in:
//
//	openaivet [flags] ./...              report findings (text, stylish, json, sarif)
//	openaivet -fix [-diff] ./...         apply (or show) the suggested fixes
//	go vet -vettool=$(which openaivet) ./...
//
// The go command speaks the vet protocol (-V=full, -flags, a .cfg file);
// when it does, openaivet runs as a vet tool.
package main

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/openaivet/openaivet/analyzers"
	"github.com/openaivet/openaivet/internal/config"
	"github.com/openaivet/openaivet/internal/report"
	"golang.org/x/tools/go/analysis/unitchecker"
)

func main() {
	args := os.Args[1:]
	if os.Getenv(redactedEnv) == "" && !factsOnly(args) && !answersGoCommand(args) {
		os.Exit(runRedacted())
	}
	switch {
	case slices.Contains(args, "-V=full"):
		os.Exit(printVetVersion())
	case speaksVetProtocol(args):
		vetTool(args)
	default:
		os.Exit(standalone(args))
	}
}

// vetTool runs the checks on one package for go vet.
func vetTool(args []string) {
	if namesCheck(args) {
		config.ChecksChosenByCaller() // go vet -safetyid, -maxtokens=false
	}
	if os.Getenv(showSuppressedEnv) != "" {
		report.KeepSuppressed()
	}
	unitchecker.Main(analyzers.Analyzers()...)
}

// factsOnly reports whether go vet runs openaivet on a dependency only
// for its facts. unitchecker prints nothing then, not even a compile
// error, so there is nothing to redact, and the process that would
// redact it is saved on every package of the dependencies.
func factsOnly(args []string) bool {
	if len(args) == 0 || !strings.HasSuffix(args[len(args)-1], ".cfg") {
		return false
	}
	data, err := os.ReadFile(args[len(args)-1])
	var cfg struct{ VetxOnly bool }
	return err == nil && json.Unmarshal(data, &cfg) == nil && cfg.VetxOnly
}

// answersGoCommand reports whether the go command asks openaivet for its
// version or its flags, whose answers hold nothing to redact.
func answersGoCommand(args []string) bool {
	return len(args) == 1 && (args[0] == "-V=full" || args[0] == "-flags")
}

// speaksVetProtocol reports whether the go command is running openaivet as
// a vet tool: it asks for the version and the flags, then passes a .cfg file.
func speaksVetProtocol(args []string) bool {
	for _, arg := range args {
		if arg == "-flags" || strings.HasPrefix(arg, "-V=") || arg == "-V" {
			return true
		}
	}
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg")
}

// printVetVersion answers the go command's -V=full, whose build ID keys
// the go command's cache of vet results. The ID covers the executable and
// the configuration files around the working directory, so that go vet
// runs again when a .openaivet.yml changes, and whether suppressed
// findings are reported.
func printVetVersion() int {
	h := sha256.New()
	exe, err := os.Executable()
	if err == nil {
		var f *os.File
		if f, err = os.Open(exe); err == nil {
			_, err = io.Copy(h, f)
			f.Close()
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "openaivet:", err)
		return 1
	}
	if cwd, err := os.Getwd(); err == nil {
		// A mistake in a file is the checks' to report, package by package.
		checkConfigFiles(configFiles(cwd), h)
	}
	fmt.Fprintf(h, "%s=%s\n", showSuppressedEnv, os.Getenv(showSuppressedEnv))
	fmt.Printf("openaivet version devel openaivet buildID=%x\n", h.Sum(nil))
	return 0
}

// namesCheck reports whether the go vet flags turn a check on or off.
func namesCheck(args []string) bool {
	for _, arg := range args {
		name, _, _ := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		if strings.HasPrefix(arg, "-") && slices.Contains(config.Checks, name) {
			return true
		}
	}
	return false
}
