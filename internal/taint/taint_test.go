package taint

import (
	"testing"

	"github.com/openaivet/openaivet/internal/testmod"
	"golang.org/x/tools/go/analysis/analysistest"
)

// TestSSAOnlyWhereRequestsAreSent holds the promise that a package that
// sends no request to OpenAI costs no SSA construction.
func TestSSAOnlyWhereRequestsAreSent(t *testing.T) {
	dir := analysistest.TestData()
	testmod.Download(t, dir)

	before := ssaBuilds.Load()
	results := analysistest.Run(t, dir, Analyzer, "./plain")
	if n := ssaBuilds.Load() - before; n != 0 {
		t.Errorf("SSA was built %d times for a package that sends no request", n)
	}
	if flows := results[0].Result.(*Result).Flows; len(flows) != 0 {
		t.Errorf("flows in a package that sends no request: %v", flows)
	}

	before = ssaBuilds.Load()
	results = analysistest.Run(t, dir, Analyzer, "./sends")
	if n := ssaBuilds.Load() - before; n != 1 {
		t.Errorf("SSA was built %d times for one package that sends a request, want 1", n)
	}
	flows := results[0].Result.(*Result).Flows
	if len(flows) != 1 || flows[0].What != `r.FormValue("q")` || flows[0].System {
		t.Errorf("flows = %+v, want one user-role flow from r.FormValue(\"q\")", flows)
	}
}

// TestFacts checks the summaries exported for functions that return or
// send what they are given.
func TestFacts(t *testing.T) {
	dir := analysistest.TestData()
	testmod.Download(t, dir)
	analysistest.Run(t, dir, Analyzer, "./wrap", "./textonly")
}

// TestPassOn checks that a package between a handler package and main
// passes the handler's calls on, and builds SSA only where it may wire
// the interface they go through.
func TestPassOn(t *testing.T) {
	dir := analysistest.TestData()
	testmod.Download(t, dir)

	before := ssaBuilds.Load()
	analysistest.Run(t, dir, Analyzer, "./inject/routes")
	routes := ssaBuilds.Load() - before
	before = ssaBuilds.Load()
	analysistest.Run(t, dir, Analyzer, "./inject/passon")
	if n := ssaBuilds.Load() - before; n != routes {
		t.Errorf("SSA was built %d times with a package that only passes calls on, want %d as without it", n, routes)
	}
}
