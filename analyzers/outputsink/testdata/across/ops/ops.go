// Package ops runs what the model package returns, called directly or
// through an interface that the wiring package fills.
package ops

import (
	"context"
	"database/sql"
	"os/exec"

	"example.com/outputsink/across/model"
	"example.com/outputsink/across/shell"
	goopenai "github.com/sashabaranov/go-openai"
)

func RunPlanned(ctx context.Context, p *model.Planner) {
	cmd, _ := p.Command(ctx, "free some disk space")
	exec.Command("sh", "-c", cmd).Run() // want `model output reaches command execution unreviewed`
}

func RunHelped(ctx context.Context, p *model.Planner) {
	exec.Command("sh", "-c", model.Command(ctx, p, "rotate the logs")).Run() // want `model output reaches command execution unreviewed`
}

func Report(ctx context.Context, db *sql.DB, c *goopenai.Client) {
	db.QueryContext(ctx, model.Query(ctx, c, "how many users signed up today?")) // want `model output reaches SQL query text unreviewed`
}

// The safe twins: the output checked against fixed values, and a run
// that only shows it.
func RunAllowed(ctx context.Context, p *model.Planner) {
	cmd, _ := p.Command(ctx, "free some disk space")
	switch cmd {
	case "df -h", "du -sh /tmp":
		exec.Command("sh", "-c", cmd).Run()
	}
}

func Show(ctx context.Context, p *model.Planner) string {
	cmd, _ := p.Command(ctx, "free some disk space")
	return "the model suggests: " + cmd
}

func RunOnFailure(ctx context.Context, p *model.Planner) {
	if err := model.Failed(ctx, p); err != nil {
		exec.Command("logger", err.Error()).Run()
	}
}

// Commander is what Janitor knows of a planner: which one runs is for the
// wiring package to say.
type Commander interface {
	Command(ctx context.Context, task string) (string, error)
}

type Janitor struct{ Plans Commander }

func (j *Janitor) Clean(ctx context.Context) error {
	cmd, err := j.Plans.Command(ctx, "clean the disk")
	if err != nil {
		return err
	}
	return exec.Command("sh", "-c", cmd).Run()
}

// Describer's result is only printed: no sink, whatever is wired in.
type Describer interface {
	Command(ctx context.Context, task string) (string, error)
}

type Narrator struct{ Plans Describer }

func (n *Narrator) Tell(ctx context.Context) string {
	cmd, _ := n.Plans.Command(ctx, "clean the disk")
	return "next: " + cmd
}

// Cron is given the function that plans its next job.
type Cron struct {
	Next func(ctx context.Context, task string) (string, error)
}

func (c *Cron) Tick(ctx context.Context) {
	if cmd, err := c.Next(ctx, "nightly maintenance"); err == nil {
		exec.Command("sh", "-c", cmd).Run()
	}
}

// Through the shell package, which runs what it is given: the finding is
// here, where the output is handed to it.
func RunThroughHelper(ctx context.Context, p *model.Planner) {
	cmd, _ := p.Command(ctx, "free some disk space")
	shell.Run(ctx, cmd) // want `model output reaches command execution unreviewed`
}

func CountThroughHelper(ctx context.Context, db *sql.DB, c *goopenai.Client) {
	shell.Count(ctx, db, model.Query(ctx, c, "how many users?")) // want `model output reaches SQL query text unreviewed`
}

// The safe twins: the helper given fixed text, and the output written as a
// file's content, not its name.
func RunFixedThroughHelper(ctx context.Context, p *model.Planner) {
	cmd, _ := p.Command(ctx, "free some disk space")
	shell.Run(ctx, "df -h")
	shell.Save("plan.txt", []byte(cmd))
}
