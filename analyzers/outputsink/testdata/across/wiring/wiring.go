// Package wiring fills the interfaces of ops with the planners of model.
package wiring

import (
	"context"

	"example.com/outputsink/across/model"
	"example.com/outputsink/across/ops"
)

func Start(ctx context.Context, p *model.Planner) {
	j := &ops.Janitor{Plans: p} // want `model output reaches command execution unreviewed`
	j.Clean(ctx)
	n := &ops.Narrator{Plans: p}
	n.Tell(ctx)
	safe := &ops.Janitor{Plans: model.Fixed{}}
	safe.Clean(ctx)

	cron := &ops.Cron{Next: p.Command} // want `model output reaches command execution unreviewed`
	cron.Tick(ctx)
	fixed := &ops.Cron{Next: model.Fixed{}.Command}
	fixed.Tick(ctx)
}
