// Package runner runs the plan that the planner it is given returns.
package runner

import (
	"context"
	"os/exec"
)

type Planner interface {
	Plan(ctx context.Context, task string) (string, error)
}

type Runner struct{ P Planner }

func (r *Runner) Run(ctx context.Context) {
	cmd, err := r.P.Plan(ctx, "free some disk space")
	if err != nil {
		return
	}
	exec.Command("sh", "-c", cmd).Run()
}
