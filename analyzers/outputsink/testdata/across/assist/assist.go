// Package assist runs the planner a factory picks for it.
package assist

import (
	"context"
	"os/exec"

	"example.com/outputsink/across/provider"
)

func Run(ctx context.Context, kind string) error {
	a := provider.Pick(kind)
	cmd, err := a.Command(ctx, "free some disk space")
	if err != nil {
		return err
	}
	return exec.Command("sh", "-c", cmd).Run() // want `model output reaches command execution unreviewed`
}

// The safe twins: the same call shown, not run, and an interface that only
// fixed planners are wired to.
func Show(ctx context.Context, kind string) string {
	cmd, _ := provider.Pick(kind).Command(ctx, "free some disk space")
	return "the model suggests: " + cmd
}

func RunSpoken(ctx context.Context) error {
	cmd, err := provider.Speak().Command(ctx, "free some disk space")
	if err != nil {
		return err
	}
	return exec.Command("sh", "-c", cmd).Run()
}

// RunTool runs what a function literal of the factory returns.
func RunTool(ctx context.Context) error {
	cmd := provider.Tools().Suggest(ctx, "free some disk space")
	return exec.Command("sh", "-c", cmd).Run() // want `model output reaches command execution unreviewed`
}

func RunEcho(ctx context.Context) error {
	cmd := provider.Tools().Echo(ctx, "uptime")
	return exec.Command("sh", "-c", cmd).Run()
}
