package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"sync"

	"github.com/openaivet/openaivet/internal/secret"
)

// copyRedacted copies r to w a line at a time, redacted. A key in the
// output of go vet or of the checks does not span lines: source lines are
// printed whole, and string constants are quoted.
func copyRedacted(redactor *secret.Redactor, w io.Writer, r io.Reader) {
	br := bufio.NewReader(r)
	for {
		line, err := br.ReadString('\n')
		if line != "" {
			io.WriteString(w, redactor.Redact(line))
		}
		if err != nil {
			return
		}
	}
}

// redactOutput has everything this process writes to its standard output
// and error pass through the redactor, whoever writes it: the command's
// formats, the go command's messages passed on, the flag package's
// errors, a panic. It returns the function that flushes the output and
// restores the process's own; call it before exiting. Whatever the
// standalone command prints passes this way, so a key it could quote
// never reaches the terminal or a report.
func redactOutput(redactor *secret.Redactor) (restore func()) {
	realOut, realErr := os.Stdout, os.Stderr
	var wg sync.WaitGroup
	pipe := func(real *os.File) *os.File {
		r, w, err := os.Pipe()
		if err != nil {
			fmt.Fprintln(os.Stderr, "openaivet:", err)
			os.Exit(2)
		}
		wg.Go(func() { copyRedacted(redactor, real, r); r.Close() })
		return w
	}
	outW, errW := pipe(realOut), pipe(realErr)
	os.Stdout, os.Stderr = outW, errW
	return func() {
		outW.Close()
		errW.Close()
		wg.Wait()
		os.Stdout, os.Stderr = realOut, realErr
	}
}

// exitOnPanic reports a panic of the standalone command through the
// redacting output, as a failure to run (status 2), instead of letting
// the runtime print it unredacted.
func exitOnPanic(restore func()) {
	if p := recover(); p != nil {
		fmt.Fprintf(os.Stderr, "openaivet: internal error: %v\n%s", p, debug.Stack())
		restore()
		os.Exit(2)
	}
}
