// Command openaivet checks Go programs that call the OpenAI API against
// OpenAI's safety best practices.
//
// One binary, three ways in:
//
//	openaivet [flags] ./...              report findings (text, stylish, json, sarif, html)
//	openaivet -fix [-diff] ./...         apply (or show) the suggested fixes
//	go vet -vettool=/path/to/openaivet ./...
//
// The go command speaks the vet protocol (-V=full, -flags, a .cfg file);
// when it does, openaivet runs as a vet tool.
package main

import (
	"os"

	"github.com/openaivet/openaivet/internal/secret"
)

func main() {
	args := os.Args[1:]
	switch {
	case len(args) == 1 && args[0] == "-V=full":
		os.Exit(printVetVersion())
	case isVetConfig(args):
		os.Exit(vetTool(args))
	case speaksVetProtocol(args):
		runChecks(args) // -flags, -V: unitchecker answers

	default:
		redactor := secret.NewRedactor()
		console, style := terminal(os.Stderr), styleFor(os.Stdout)
		restore := redactOutput(redactor)
		defer exitOnPanic(restore)
		code := standalone(args, redactor, console, style)
		restore()
		os.Exit(code)
	}
}
