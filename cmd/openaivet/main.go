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
	"os"
	"strings"

	"github.com/openaivet/openaivet/analyzers"
	"golang.org/x/tools/go/analysis/unitchecker"
)

func main() {
	if os.Getenv(redactedEnv) == "" {
		os.Exit(runRedacted())
	}
	args := os.Args[1:]
	switch {
	case speaksVetProtocol(args):
		unitchecker.Main(analyzers.Analyzers()...)
	case hasFlag(args, "fix") || hasFlag(args, "diff"):
		os.Exit(fix(args))
	default:
		os.Exit(report(args))
	}
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

// hasFlag reports whether the boolean flag name is given, and not turned
// off, on the command line.
func hasFlag(args []string, name string) bool {
	for _, arg := range args {
		if arg == "--" {
			return false
		}
		if !strings.HasPrefix(arg, "-") {
			continue
		}
		flagName, value, _ := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		if flagName == name && value != "false" {
			return true
		}
	}
	return false
}
