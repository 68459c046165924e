// Package hashfix writes the code that hashes a string in a suggested fix,
// so that a safety identifier carries no personal data: the package's own
// hashing function when it has exactly one, a SHA-256 hex digest
// otherwise. unhashedid wraps a value in it; safetyid sends a per-user
// value through it when the value holds personal data.
package hashfix

import (
	"fmt"
	"go/token"

	"github.com/openaivet/openaivet/internal/edit"
	"github.com/openaivet/openaivet/internal/pii"
	"golang.org/x/tools/go/analysis"
)

// Call is the code that hashes a string at one position: Open, the
// string, then Close, with the edits that import what it names.
type Call struct {
	Open, Close string
	Imports     []analysis.TextEdit
	// With names the hash for a fix's message: "SHA-256", or the
	// package's hashing function.
	With string
}

// Of returns the code that hashes the expression value.
func (c Call) Of(value string) string { return c.Open + value + c.Close }

// At returns the call that hashes a string at pos. ok is false when the
// names it needs cannot be written there.
func At(pass *analysis.Pass, c *pii.Classifier, pos token.Pos) (call Call, ok bool) {
	if helpers := c.Digests(); len(helpers) == 1 {
		h := helpers[0]
		// A local of the same name hides the function at pos: then
		// SHA-256, which needs no name of the package.
		if edit.Refers(pass.Pkg, pos, h.Name(), h) {
			return Call{Open: h.Name() + "(", Close: ")", With: h.Name()}, true
		}
	}
	fmtName, fmtEdits, ok := edit.Import(pass, pos, "fmt", "fmt")
	if !ok {
		return Call{}, false
	}
	shaName, shaEdits, ok := edit.Import(pass, pos, "crypto/sha256", "sha256")
	if !ok {
		return Call{}, false
	}
	return Call{
		Open:    fmt.Sprintf("%s.Sprintf(\"%%x\", %s.Sum256([]byte(", fmtName, shaName),
		Close:   ")))",
		Imports: append(fmtEdits, shaEdits...),
		With:    "SHA-256",
	}, true
}
