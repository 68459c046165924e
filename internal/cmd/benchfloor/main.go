// Command benchfloor is the floor of openaivet's cost: staticcheck's
// lintcmd, the driver openaivet runs on (cmd/openaivet/report.go), with
// no analyzer. It lists the packages with their export data (go list
// -export compiles what is not in the build cache), then parses and
// type-checks every package, dependencies included, from source, and
// caches the results, as openaivet does; it just has nothing to check.
// What openaivet costs above it is what its checks cost.
//
//	benchfloor [lintcmd flags] ./...
//
// lintcmd runs the loader whether or not there are analyzers
// (runner.doUncached calls loader.Load before it looks at them), so none
// is added: one that did nothing would still add its own cache key and
// scheduling, which is not the floor.
package main

import (
	"os"

	"honnef.co/go/tools/lintcmd"
)

func main() {
	cmd := lintcmd.NewCommand("benchfloor")
	cmd.ParseFlags(os.Args[1:])
	os.Exit(cmd.Execute())
}
