// Command offline gives the planning service canned plans.
package main

import (
	"context"

	"example.com/outputsink/layered/model"
	"example.com/outputsink/layered/runner"
	"example.com/outputsink/layered/service"
)

func main() {
	r := &runner.Runner{P: service.New(model.Canned{})}
	r.Run(context.Background())
}
