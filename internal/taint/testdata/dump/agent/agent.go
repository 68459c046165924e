// Package agent acts on the model's output: it runs it, queries with it,
// renders it, opens and fetches it, with and without a person's review.
package agent

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"html/template"
	"io"
	"net/http"
	"os"
	"os/exec"
	"strings"

	"github.com/openai/openai-go/v3"
)

type agent struct {
	client openai.Client
	db     *sql.DB
	shell  *exec.Cmd
	stdin  io.WriteCloser
	// approveCommand asks a person; preview only shows.
	approveCommand, preview func(command string) bool
}

// propose returns the model's output: its summary says so, for callers in
// other packages.
func (a *agent) propose(ctx context.Context) string { // want `^summary taint\(returns=\[\] requests=\[\] verdicts=\[\] output=agent/agent.go:32\)$`
	resp, err := a.client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{})
	if err != nil {
		return ""
	}
	return resp.Choices[0].Message.Content
}

func (a *agent) sinks(ctx context.Context, w http.ResponseWriter) {
	out := a.propose(ctx)
	a.db.QueryContext(ctx, "SELECT name FROM t WHERE id = "+out) // want `^output of chat completion request reaches SQL query text$`
	fmt.Fprint(w, template.HTML(out))                            // want `^output of chat completion request reaches a trusted-HTML conversion$`
	template.New("t").Parse(out)                                 // want `^output of chat completion request reaches template parsing$`
	os.ReadFile(out)                                             // want `^output of chat completion request reaches a file path$`
	http.Get(out)                                                // want `^output of chat completion request reaches an outbound request URL$`
	a.db.QueryContext(ctx, "SELECT name FROM t WHERE id = $1", out)
}

// startShell keeps a shell that reads commands from its standard input.
func (a *agent) startShell() {
	a.shell = exec.Command("bash", "-s")
	a.stdin, _ = a.shell.StdinPipe()
	a.shell.Start()
}

func (a *agent) type_(ctx context.Context) {
	io.WriteString(a.stdin, a.propose(ctx)) // want `^output of chat completion request reaches command execution$`
}

// confirm asks on the terminal.
func confirm(command string) bool { // want `^summary taint\(returns=\[\] requests=\[\] verdicts=\[\] approves=\[0\]\)$`
	fmt.Printf("run %q? [y/N] ", command)
	answer, _ := bufio.NewReader(os.Stdin).ReadString('\n')
	return strings.TrimSpace(strings.ToLower(answer)) == "y"
}

// verdict is a person's answer to a command.
type verdict string

const (
	accepted verdict = "accepted"
	rejected verdict = "rejected"
	later    verdict = "later"
)

// judge returns accepted only on a yes; rejected on a no, and later on
// any other answer.
func judge(command string) verdict { // want `^summary taint\(returns=\[\] requests=\[\] verdicts=\[\] approves=\[0=="accepted"\]\)$`
	fmt.Printf("run %q? [y/n] ", command)
	var answer string
	fmt.Scanln(&answer)
	switch answer {
	case "y":
		return accepted
	case "n":
		return rejected
	}
	return later
}

// echo returns what it was given: any verdict, approved or not.
func echo(v verdict) verdict { return v } // want `^summary taint\(returns=\[0\] requests=\[\] verdicts=\[\]\)$`

func (a *agent) reviewed(ctx context.Context) {
	command := a.propose(ctx)
	if confirm(command) {
		exec.Command("sh", "-c", command).Run()
	}
	if a.approveCommand(command) {
		exec.Command("sh", "-c", command).Run()
	}
}

func (a *agent) previewed(ctx context.Context) {
	command := a.propose(ctx)
	if a.preview(command) {
		exec.Command("sh", "-c", command).Run() // want `^output of chat completion request reaches command execution$`
	}
}

// run runs what it is given; its error may quote it.
func run(command string) error { // want `^summary taint\(returns=\[0\] requests=\[\] verdicts=\[\]\) sink 0 to command execution$`
	return exec.Command("sh", "-c", command).Run()
}

func (a *agent) throughHelper(ctx context.Context) {
	run(a.propose(ctx)) // want `^output of chat completion request reaches command execution$`
	run("uptime")
}
