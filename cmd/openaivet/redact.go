package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"sync"

	"github.com/openaivet/openaivet/internal/secret"
)

// redactedEnv marks the child process whose output the parent redacts.
const redactedEnv = "OPENAIVET_REDACTING_PARENT"

// runRedacted runs this same command as a child process and copies its
// standard output and error through secret.Redact, so that no API key
// reaches the terminal or a report, whatever prints it: a diagnostic, a
// -diff of a fix that removes a key, a compile error quoting a constant.
// It returns the child's exit status. The drivers end the process with
// os.Exit, so the redaction cannot happen in the same process.
func runRedacted() int {
	self, err := os.Executable()
	if err != nil {
		fmt.Fprintln(os.Stderr, "openaivet:", err)
		return 1
	}
	cmd := exec.Command(self, os.Args[1:]...)
	cmd.Env = append(os.Environ(), redactedEnv+"=1")
	cmd.Stdin = os.Stdin
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		fmt.Fprintln(os.Stderr, "openaivet:", err)
		return 1
	}
	stderr, err := cmd.StderrPipe()
	if err != nil {
		fmt.Fprintln(os.Stderr, "openaivet:", err)
		return 1
	}
	if err := cmd.Start(); err != nil {
		fmt.Fprintln(os.Stderr, "openaivet:", err)
		return 1
	}
	var wg sync.WaitGroup
	wg.Go(func() { copyRedacted(os.Stdout, stdout) })
	wg.Go(func() { copyRedacted(os.Stderr, stderr) })
	wg.Wait()
	err = cmd.Wait()
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		return exit.ExitCode()
	case err != nil:
		fmt.Fprintln(os.Stderr, "openaivet:", err)
		return 1
	}
	return 0
}

// copyRedacted copies r to w a line at a time (a key never spans lines),
// redacting keys.
func copyRedacted(w io.Writer, r io.Reader) {
	br := bufio.NewReader(r)
	for {
		line, err := br.ReadString('\n')
		if line != "" {
			io.WriteString(w, secret.Redact(line))
		}
		if err != nil {
			return
		}
	}
}
