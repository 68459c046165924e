package main

import (
	"fmt"
	"os"
)

// fix has go vet apply the suggested fixes, or with diff print them as a
// unified diff. The go command merges the edits of all checks and
// packages and formats the files it changes.
func fix(vetArgs []string, diff bool, packages []string) int {
	args := append(vetArgs, "-fix")
	if diff {
		args = append(args, "-diff")
	}
	stdout, stderr, code, err := goVet(append(args, packages...))
	if err != nil {
		fmt.Fprintln(os.Stderr, "openaivet:", err)
		return 1
	}
	os.Stdout.Write(stdout)
	os.Stderr.Write(stderr)
	if diff && code == 1 && len(stderr) == 0 {
		// go vet -diff fails when there is a diff to show; showing it
		// is what was asked.
		return 0
	}
	return code
}
