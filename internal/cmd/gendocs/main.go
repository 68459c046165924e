// Command gendocs writes the page of every check, and of the directive
// analyzer, docs/checks/NAME.md, from its own documentation, and the
// Supported clients page, docs/clients.md, from the client adapters. Run
// it with `make docs`.
package main

import (
	"flag"
	"log"
	"os"
	"path/filepath"

	"github.com/openaivet/openaivet/analyzers"
	"github.com/openaivet/openaivet/internal/checkdoc"
)

func main() {
	dir := flag.String("dir", "docs/checks", "directory to write the checks' pages to")
	clients := flag.String("clients", "docs/clients.md", "file to write the Supported clients page to")
	flag.Parse()
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		log.Fatal(err)
	}
	for _, a := range append(analyzers.All(), analyzers.Directive()) {
		path := filepath.Join(*dir, a.Analyzer.Name+".md")
		if err := os.WriteFile(path, []byte(checkdoc.Markdown(a, analyzers.Examples(a.Analyzer.Name))), 0o644); err != nil {
			log.Fatal(err)
		}
	}
	if err := os.WriteFile(*clients, []byte(checkdoc.ClientsMarkdown()), 0o644); err != nil {
		log.Fatal(err)
	}
}
