// want package:`givenElsewhere\(example.com/outputsink/clients/langchaingo/layered/service.NewAdvisor@ops/ops.go:23\)`

// Package ops acts on what the advisor it is given suggests.
package ops

import (
	"context"
	"fmt"
	"os/exec"

	"example.com/outputsink/clients/langchaingo/layered/service"
)

type Ops struct{ advisor *service.Advisor }

func New(a *service.Advisor) *Ops { return &Ops{advisor: a} }

func (o *Ops) Clean(ctx context.Context) error {
	cmd, err := o.advisor.Suggest(ctx, "remove old logs")
	if err != nil {
		return err
	}
	return exec.Command("sh", "-c", cmd).Run()
}

// The safe twin shows the suggestion to a person.
func (o *Ops) Advise(ctx context.Context) error {
	cmd, err := o.advisor.Suggest(ctx, "remove old logs")
	fmt.Println("You could run:", cmd)
	return err
}
