// Package benchgen writes a synthetic Go module shaped like a real set of
// services, for measuring what openaivet costs beside go vet and
// staticcheck.
//
// The module is made of services. Each has twelve packages of plain
// business logic that never touch OpenAI (types, methods, maps, sorting,
// JSON, SQL with parameters, HTTP handlers), two packages that wrap the
// official client (github.com/openai/openai-go/v3, one request per
// wrapper function), a package of HTTP handlers that feed the wrappers,
// and a command that wires them up. Plain packages import each other, and
// across services, so that the import graph has depth.
//
// Every service breaks the practices in the same known places, so a run
// over a module of any size has a known number of findings per check:
// see Expected. The API key that the apikey check finds is made with
// fakekey when the module is written; no key sits in this package.
package benchgen

import (
	_ "embed"
	"fmt"
	"go/format"
	"os"
	"path/filepath"
	"strings"
)

// Module is the module path of the generated module.
const Module = "example.com/benchsvc"

// ServicesPerScale is the number of services in a module of scale 1: with
// PackagesPerService packages each, scale 1 has 64 packages and scale 16
// has 1,024.
const ServicesPerScale = 4

// PackagesPerService counts the packages of one service: the plain ones,
// the two wrappers, the handlers and the command.
var PackagesPerService = len(plainPackages) + 4

// The require lines and go.sum of testdata/demo, so that the module builds
// against the client version the tests use; a test keeps them in step.
var (
	//go:embed require.txt
	requireLines string
	//go:embed gosum.txt
	goSum string
)

// findingsPerService are the findings of each check in one service, where
// the templates put them:
//
//	apikey        cmd: a project key in option.WithAPIKey
//	promptinject  api.ask: the tone from the query reaches llm.Ask's system message
//	inputlimit    api.ask, api.classify: unbounded form values reach a prompt
//	moderation    api.ask, api.classify, api.draft: no moderation on the way
//	safetyid      assist.Draft (none), assist.Legacy (deprecated user field)
//	maxtokens     assist.Draft (no bound), assist.Legacy (deprecated MaxTokens)
//	unhashedid    assist.Classify: a raw e-mail address as the identifier
//	outputsink    assist.Suggest: the model's answer runs as a shell command
//
// llm.SafeSummary, llm.Health, api.summary, api.health and every plain
// package are clean, on purpose.
var findingsPerService = map[string]int{
	"apikey":       1,
	"promptinject": 1,
	"inputlimit":   2,
	"moderation":   3,
	"safetyid":     2,
	"maxtokens":    2,
	"unhashedid":   1,
	"outputsink":   1,
}

// Services returns the number of services in a module of the given scale.
func Services(scale int) int { return scale * ServicesPerScale }

// Packages returns the number of packages in a module of the given scale.
func Packages(scale int) int { return Services(scale) * PackagesPerService }

// Expected returns the number of findings of each check that openaivet
// reports on a module of the given scale.
func Expected(scale int) map[string]int {
	m := make(map[string]int, len(findingsPerService))
	for check, n := range findingsPerService {
		m[check] = n * Services(scale)
	}
	return m
}

// Generate writes a module of the given scale (1, 4, 16, ...) into dir,
// which must be empty or not exist.
func Generate(dir string, scale int) error {
	if scale < 1 {
		return fmt.Errorf("benchgen: scale %d, want at least 1", scale)
	}
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		return fmt.Errorf("benchgen: %s is not empty", dir)
	}
	w := &writer{dir: dir}
	w.file("go.mod", fmt.Sprintf("module %s\n\ngo 1.26.0\n\n%s", Module, requireLines))
	w.file("go.sum", goSum)
	for i := range Services(scale) {
		writeService(w, i)
	}
	return w.err
}

// writer writes the module's files, keeping the first error.
type writer struct {
	dir string
	err error
}

// goFile formats Go source and writes it: a template that makes bad Go
// fails here, not in the middle of a measurement.
func (w *writer) goFile(path, src string) {
	out, err := format.Source([]byte(src))
	if err != nil && w.err == nil {
		w.err = fmt.Errorf("benchgen: %s: %v\n%s", path, err, numbered(src))
		return
	}
	w.file(path, string(out))
}

func (w *writer) file(path, content string) {
	if w.err != nil {
		return
	}
	full := filepath.Join(w.dir, filepath.FromSlash(path))
	if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
		w.err = err
		return
	}
	w.err = os.WriteFile(full, []byte(content), 0o644)
}

func numbered(src string) string {
	var b strings.Builder
	for i, line := range strings.Split(src, "\n") {
		fmt.Fprintf(&b, "%4d %s\n", i+1, line)
	}
	return b.String()
}

// serviceName names service i: svc000, svc001, ...
func serviceName(i int) string { return fmt.Sprintf("svc%03d", i) }

// importPath returns the import path of a package of service i.
func importPath(i int, pkg string) string { return Module + "/" + serviceName(i) + "/" + pkg }

func writeService(w *writer, i int) {
	for _, p := range plainPackages {
		writePlain(w, i, p)
	}
	writeOpenAI(w, i)
}
