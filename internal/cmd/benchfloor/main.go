// Command benchfloor is the floor of openaivet's cost: the driver openaivet
// runs on, the go command's vet path (cmd/openaivet/vet.go), with one
// analyzer that does nothing. The analyzer declares a fact, as openaivet's
// checks do, so that go vet runs it on every dependency too: the go
// command compiles what the packages need, and each package is parsed and
// type-checked from source in a process of its own, as for openaivet. What
// openaivet costs above it is what its checks cost.
//
//	go vet -vettool=$(which benchfloor) ./...
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"
)

// noFact is never exported; declaring it is what has go vet analyze the
// dependencies.
type noFact struct{}

func (*noFact) AFact() {}

var floor = &analysis.Analyzer{
	Name:      "floor",
	Doc:       "does nothing, on every package and its dependencies",
	FactTypes: []analysis.Fact{new(noFact)},
	Run:       func(*analysis.Pass) (any, error) { return nil, nil },
}

func main() { unitchecker.Main(floor) }
