// Command benchgen writes the synthetic module that the benchmark harness
// (go run ./bench) measures openaivet on, for looking at it by hand:
//
//	go run ./internal/cmd/benchgen -scale 4 -o /tmp/benchsvc
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/openaivet/openaivet/internal/benchgen"
)

func main() {
	scale := flag.Int("scale", 1, "size of the module: 1 is 64 packages, 16 is 1,024")
	out := flag.String("o", "", "empty or new `directory` to write the module into")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "benchgen: -o is required")
		os.Exit(2)
	}
	if err := benchgen.Generate(*out, *scale); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("wrote %d packages to %s; openaivet should report %v\n", benchgen.Packages(*scale), *out, benchgen.Expected(*scale))
}
