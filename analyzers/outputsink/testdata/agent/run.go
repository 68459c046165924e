package agent

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"syscall"
)

// Ways to run model output besides exec.Command.

func (a *agent) cmdLiteral(ctx context.Context) {
	out := a.ask(ctx, "write a command")
	cmd := &exec.Cmd{Path: "/bin/sh", Args: []string{"sh", "-c", out}} // want `reaches command execution unreviewed`
	cmd.Run()
}

func (a *agent) cmdLiteralFixed(ctx context.Context) {
	out := a.ask(ctx, "write a summary")
	cmd := &exec.Cmd{Path: "/usr/bin/logger", Args: []string{"logger", "summary ready"}}
	cmd.Stdin = strings.NewReader(out) // logger reads data, not commands
	cmd.Run()
}

func (a *agent) argsAppended(ctx context.Context) {
	out := a.ask(ctx, "which file should I show?")
	cmd := exec.Command("cat")
	cmd.Args = append(cmd.Args, out) // want `reaches command execution unreviewed`
	cmd.Run()
}

func (a *agent) startProcess(ctx context.Context) {
	out := a.ask(ctx, "write a command")
	os.StartProcess("/bin/sh", []string{"sh", "-c", out}, &os.ProcAttr{}) // want `reaches command execution unreviewed`
}

func (a *agent) startProcessEnv(ctx context.Context) {
	out := a.ask(ctx, "write a greeting")
	os.StartProcess("/usr/bin/env", []string{"env"}, &os.ProcAttr{Env: []string{"GREETING=" + out}})
}

func (a *agent) syscallExec(ctx context.Context) {
	out := a.ask(ctx, "write a command")
	syscall.Exec("/bin/sh", []string{"sh", "-c", out}, os.Environ()) // want `reaches command execution unreviewed`
}

func (a *agent) syscallExecEnv(ctx context.Context) {
	out := a.ask(ctx, "write a greeting")
	syscall.Exec("/usr/bin/env", []string{"env"}, []string{"GREETING=" + out})
}

func (a *agent) shellStdin(ctx context.Context) {
	out := a.ask(ctx, "write a shell script")
	sh := exec.Command("bash", "-s")
	stdin, _ := sh.StdinPipe()
	sh.Start()
	io.WriteString(stdin, out) // want `reaches command execution unreviewed`
	stdin.Close()
	sh.Wait()
}

func (a *agent) dataStdin(ctx context.Context) {
	out := a.ask(ctx, "write a summary")
	wc := exec.Command("wc", "-w")
	stdin, _ := wc.StdinPipe()
	wc.Start()
	io.WriteString(stdin, out)
	stdin.Close()
	wc.Wait()
}

func (a *agent) scriptStdin(ctx context.Context) {
	out := a.ask(ctx, "write some text")
	py := exec.Command("python3", "count.py") // runs count.py: stdin is its data
	py.Stdin = strings.NewReader(out)
	py.Run()
}

func (a *agent) shellStdinField(ctx context.Context) {
	out := a.ask(ctx, "write a shell script")
	sh := exec.Command("sh")
	sh.Stdin = strings.NewReader(out) // want `reaches command execution unreviewed`
	sh.Run()
}

// session is a shell that lives as long as the agent.
type session struct {
	shell *exec.Cmd
	stdin io.WriteCloser
}

func newSession() (*session, error) {
	sh := exec.Command("/bin/bash")
	stdin, err := sh.StdinPipe()
	if err != nil {
		return nil, err
	}
	return &session{shell: sh, stdin: stdin}, sh.Start()
}

func (a *agent) inSession(ctx context.Context, s *session) {
	out := a.ask(ctx, "what should I run next?")
	fmt.Fprintln(s.stdin, out) // want `reaches command execution unreviewed`
}

// logFile is a writer that is no shell.
type logFile struct{ w io.Writer }

func (a *agent) logged(ctx context.Context, l *logFile) {
	out := a.ask(ctx, "what should I run next?")
	fmt.Fprintln(l.w, out)
}

// Model output sent to a worker is run there.

func (a *agent) toWorker(ctx context.Context) {
	jobs := make(chan string)
	go func() {
		for cmd := range jobs {
			exec.Command("sh", "-c", cmd).Run() // want `reaches command execution unreviewed`
		}
	}()
	jobs <- a.ask(ctx, "write a command")
	close(jobs)
}

func (a *agent) toLogger(ctx context.Context) {
	lines := make(chan string)
	go func() {
		for line := range lines {
			fmt.Println(line)
		}
	}()
	lines <- a.ask(ctx, "write a command")
	close(lines)
}

// pool runs the commands sent to it.
type pool struct {
	jobs  chan string
	notes chan string
}

func (p *pool) work() {
	for cmd := range p.jobs {
		exec.Command("sh", "-c", cmd).Run() // want `reaches command execution unreviewed`
	}
}

func (p *pool) note() {
	for n := range p.notes {
		exec.Command("logger", "-t", "agent", "a note arrived").Run()
		_ = n
	}
}

func (a *agent) toPool(ctx context.Context, p *pool) {
	p.jobs <- a.ask(ctx, "write a command")
	p.notes <- a.ask(ctx, "write a note")
}

func runAll(cmds <-chan string) {
	for c := range cmds {
		exec.Command("sh", "-c", c).Run()
	}
}

func runAllInWorker(cmds <-chan string) {
	for c := range cmds {
		exec.Command("sh", "-c", c).Run() // want `reaches command execution unreviewed`
	}
}

func countAll(lines <-chan string) {
	for l := range lines {
		fmt.Println(len(l))
	}
}

func (a *agent) toFunction(ctx context.Context) {
	cmds := make(chan string, 1)
	cmds <- a.ask(ctx, "write a command")
	close(cmds)
	runAll(cmds) // want `reaches command execution unreviewed`
}

func (a *agent) toGoroutine(ctx context.Context) {
	cmds, lines := make(chan string), make(chan string)
	go runAllInWorker(cmds)
	go countAll(lines)
	out := a.ask(ctx, "write a command")
	cmds <- out
	lines <- out
}
