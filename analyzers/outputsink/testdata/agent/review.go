package agent

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"time"

	"github.com/openai/openai-go/v3"
)

// A person approves the command on the terminal before it runs.
func (a *agent) confirmedOnTerminal(ctx context.Context) {
	cmd := a.ask(ctx, "write a cleanup command")
	fmt.Printf("Run %q? [y/N] ", cmd)
	var answer string
	fmt.Scanln(&answer)
	if answer != "y" {
		return
	}
	exec.Command("sh", "-c", cmd).Run()
}

func (a *agent) askedButNotWaited(ctx context.Context) {
	cmd := a.ask(ctx, "write a cleanup command")
	fmt.Printf("Run %q? [y/N] ", cmd)
	var answer string
	fmt.Scanln(&answer)
	if answer == "n" {
		return // anything but n runs it: an empty answer too
	}
	exec.Command("sh", "-c", cmd).Run() // want `reaches command execution unreviewed`
}

func (a *agent) confirmedWithReader(ctx context.Context) {
	cmd := a.ask(ctx, "write a cleanup command")
	fmt.Printf("Run %q? [y/N] ", cmd)
	line, _ := bufio.NewReader(os.Stdin).ReadString('\n')
	if strings.ToLower(strings.TrimSpace(line)) == "yes" {
		exec.Command("sh", "-c", cmd).Run()
	}
}

// A yes that does not come from the terminal is no review.
func (a *agent) approvedByTheModel(ctx context.Context) {
	cmd := a.ask(ctx, "write a cleanup command")
	verdict := a.ask(ctx, "is this command safe? answer y or n: "+cmd)
	if verdict == "y" {
		exec.Command("sh", "-c", cmd).Run() // want `reaches command execution unreviewed`
	}
}

// confirm asks on the terminal, and returns true only on a yes.
func confirm(question string) bool {
	fmt.Print(question + " [y/N] ")
	s := bufio.NewScanner(os.Stdin)
	if !s.Scan() {
		return false
	}
	return strings.EqualFold(strings.TrimSpace(s.Text()), "y")
}

// announce prints and returns true whatever the answer.
func announce(question string) bool {
	fmt.Println(question)
	return true
}

func (a *agent) confirmedByHelper(ctx context.Context) {
	cmd := a.ask(ctx, "write a cleanup command")
	if !confirm("Run " + cmd + "?") {
		return
	}
	exec.Command("sh", "-c", cmd).Run()
}

func (a *agent) announcedOnly(ctx context.Context) {
	cmd := a.ask(ctx, "write a cleanup command")
	if !announce("Running " + cmd) {
		return
	}
	exec.Command("sh", "-c", cmd).Run() // want `reaches command execution unreviewed`
}

// reviewer is a tool that asks a person before a step runs.
type reviewer struct {
	client  openai.Client
	Approve func(ctx context.Context, command string) bool
	Log     func(command string) bool
	Preview func(command string) bool
}

func (r *reviewer) step(ctx context.Context) {
	resp, _ := r.client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{})
	cmd := resp.Choices[0].Message.Content
	if r.Approve(ctx, cmd) {
		exec.Command("sh", "-c", cmd).Run()
	}
	if r.Log(cmd) {
		exec.Command("sh", "-c", cmd).Run() // want `reaches command execution unreviewed`
	}
}

func (r *reviewer) previewed(ctx context.Context) {
	resp, _ := r.client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{})
	cmd := resp.Choices[0].Message.Content
	if r.Preview(cmd) {
		exec.Command("sh", "-c", cmd).Run() // want `reaches command execution unreviewed`
	}
}

// A date the model gives is parsed, and only the parsed time reaches the
// command.
func (a *agent) parsedDate(ctx context.Context) {
	out := a.ask(ctx, "when should the backup run? answer in RFC 3339")
	when, err := time.Parse(time.RFC3339, strings.TrimSpace(out))
	if err != nil {
		return
	}
	exec.Command("at", when.Format("15:04 2006-01-02")).Run()
}

func (a *agent) unparsedDate(ctx context.Context) {
	out := a.ask(ctx, "when should the backup run?")
	exec.Command("at", strings.TrimSpace(out)).Run() // want `reaches command execution unreviewed`
}

// A menu on the terminal: the command runs only when the person chose r.
func (a *agent) chosenFromMenu(ctx context.Context) {
	cmd := a.ask(ctx, "write a cleanup command")
	fmt.Printf("%s\n[r]un, [e]xplain, [q]uit: ", cmd)
	answer, _ := bufio.NewReader(os.Stdin).ReadString('\n')
	switch strings.TrimSpace(answer) {
	case "r":
		exec.Command("sh", "-c", cmd).Run()
	case "e":
		fmt.Println(a.ask(ctx, "explain: "+cmd))
	}
}

// runsByDefault runs the command on any answer the menu does not list,
// an empty one too.
func (a *agent) runsByDefault(ctx context.Context) {
	cmd := a.ask(ctx, "write a cleanup command")
	fmt.Printf("%s\n[e]xplain, [q]uit, or Enter to run: ", cmd)
	answer, _ := bufio.NewReader(os.Stdin).ReadString('\n')
	switch strings.TrimSpace(answer) {
	case "e":
		fmt.Println(a.ask(ctx, "explain: "+cmd))
	case "q":
		return
	default:
		exec.Command("sh", "-c", cmd).Run() // want `reaches command execution unreviewed`
	}
}

// runsOnQuit runs the command when the person chose to quit.
func (a *agent) runsOnQuit(ctx context.Context) {
	cmd := a.ask(ctx, "write a cleanup command")
	fmt.Printf("%s\n[r]un or [q]uit: ", cmd)
	answer, _ := bufio.NewReader(os.Stdin).ReadString('\n')
	if strings.TrimSpace(answer) == "q" {
		exec.Command("sh", "-c", cmd).Run() // want `reaches command execution unreviewed`
	}
}
