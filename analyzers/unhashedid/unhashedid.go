// Package unhashedid defines an Analyzer that checks that safety
// identifiers are not built from raw personal data.
package unhashedid

import (
	"fmt"
	"go/ast"
	"go/token"

	"github.com/openaivet/openaivet/internal/astutil"
	"github.com/openaivet/openaivet/internal/checkdoc"
	"github.com/openaivet/openaivet/internal/edit"
	"github.com/openaivet/openaivet/internal/hashfix"
	"github.com/openaivet/openaivet/internal/openaiapi"
	"github.com/openaivet/openaivet/internal/pii"
	"github.com/openaivet/openaivet/internal/report"
	"golang.org/x/tools/go/analysis"
	"honnef.co/go/tools/analysis/lint"
)

// Doc is the check's documentation.
var Doc = &lint.RawDocumentation{
	Title: "Safety identifiers must not carry raw personal data",
	Text: `OpenAI asks for a per-user identifier with every request so that abuse can be
traced to one user, and asks that it identify the user without saying who
they are: hash the username or e-mail address before sending it. An
identifier built from raw personal data sends that data to a third party
with every request.

This check reports a \'safety_identifier\', a \'user\' field or an
\'OpenAI-Safety-Identifier\' header (wherever the request sets it) whose
value is built from personal data with no cryptographic hash on the way:

- an e-mail address: a literal holding one, a variable, field or parameter
  named like \'email\', \'mail.Address.Address\', a form value named
  \'email\'; its local part (\'strings.Split(email, "@")[0]\',
  \'strings.Cut\') too;
- a phone number, a person's name, a login name (a \'Name\' field of an
  organisation, a team, a product and the like is nobody's: \'org.Name\',
  \'u.Company.Name\');
- an IP address: \'Request.RemoteAddr\', the \'X-Forwarded-For\' header.

It follows the value through local variables, the fields of local
structs, local maps (by constant key) and \'strings.Builder\'s, string
building (\'fmt.Sprintf\', concatenation, \'strings.ToLower\' and the like),
conversions and encodings, and through functions in any package. What a
variable is given counts over what its name says: \'emailHash :=
strings.ToLower(email)\' holds an address. A cryptographic hash on the way
(\'crypto/sha256\', \'sha512\', \'sha3\', \'hmac\', \'golang.org/x/crypto\', or
a project function that returns such a digest) clears the value; a
checksum does not, nor do base64 and hex encoding, as they do not hide the
input: \'hash/fnv\', \'crc32\', xxHash (\'github.com/cespare/xxhash\'),
murmur3, whether called directly, through a helper function of any
package, or through a hash kept in a struct field; any \'Sum32\' or
\'Sum64\', and a \'hash.Hash32\' or \'hash.Hash64\', is a checksum.

The fix hashes the value: with the package's own hashing function when it
has exactly one, and as \'fmt.Sprintf("%x", sha256.Sum256([]byte(v)))\'
otherwise; where a local variable hides \'fmt\' or \'sha256\', it imports
the package again under a name free there (\'fmtpkg\', \'sha256pkg\').
A keyed hash (HMAC with a server-side secret) is stronger still, as a
plain hash of an e-mail address can be matched against a list of
addresses.`,
	Before:   `params.SafetyIdentifier = openai.String(user.Email)`,
	After:    `params.SafetyIdentifier = openai.String(fmt.Sprintf("%x", sha256.Sum256([]byte(user.Email))))`,
	Severity: lint.SeverityWarning,
}

// Examples show the finding on the other clients the check reads.
var Examples = []checkdoc.Example{
	{Client: "go-openai", Code: `req.SafetyIdentifier = user.Email // unhashedid: send a SHA-256 digest of it`},
	{Client: "plain net/http", Code: `body, _ := json.Marshal(chatRequest{Model: "gpt-4o-mini", Messages: msgs, SafetyIdentifier: user.Email}) // unhashedid`},
}

// Analyzer is the unhashedid check.
var Analyzer = &analysis.Analyzer{
	Name:     "unhashedid",
	Doc:      checkdoc.Text(Doc),
	URL:      checkdoc.URL("unhashedid"),
	Requires: []*analysis.Analyzer{openaiapi.Analyzer, pii.Analyzer},
	Run:      report.Run(run),
}

// identifier is one value sent as a safety identifier.
type identifier struct {
	name  string // "safety_identifier", "user", "OpenAI-Safety-Identifier header"
	value ast.Expr
}

func run(pass *analysis.Pass) (any, error) {
	if openaiapi.IsClientPackage(pass.Pkg.Path()) {
		return nil, nil
	}
	c := pass.ResultOf[pii.Analyzer].(*pii.Classifier)

	res := pass.ResultOf[openaiapi.Analyzer].(*openaiapi.Result)
	reported := make(map[token.Pos]bool)
	check := func(ids []identifier) {
		// One diagnostic for each request: the first identifier found
		// to carry personal data.
		for _, id := range ids {
			if reported[id.value.Pos()] {
				return
			}
			origins := c.Personal(id.value)
			if len(origins) == 0 {
				continue
			}
			reported[id.value.Pos()] = true
			reportIdentifier(pass, c, id, origins[0])
			return
		}
	}
	for _, req := range res.Requests {
		var ids []identifier
		for _, tag := range []string{openaiapi.FieldSafetyIdentifier, openaiapi.FieldUser} {
			settings, _ := req.Set(tag)
			ids = append(ids, values(tag, settings)...)
		}
		headers, _ := req.Header(openaiapi.HeaderSafetyIdentifier)
		ids = append(ids, values(openaiapi.HeaderSafetyIdentifier+" header", headers)...)
		check(ids)
	}
	for _, client := range res.Clients {
		check(append(values(openaiapi.FieldSafetyIdentifier, client.Fields[openaiapi.FieldSafetyIdentifier]),
			values(openaiapi.HeaderSafetyIdentifier+" header", client.Headers[openaiapi.HeaderSafetyIdentifier])...))
	}
	return nil, nil
}

func values(name string, settings []openaiapi.Setting) []identifier {
	var ids []identifier
	for _, s := range settings {
		if s.Value != nil {
			ids = append(ids, identifier{name, s.Value})
		}
	}
	return ids
}

func reportIdentifier(pass *analysis.Pass, c *pii.Classifier, id identifier, o pii.Origin) {
	d := analysis.Diagnostic{
		Pos: id.value.Pos(),
		End: id.value.End(),
		Message: fmt.Sprintf("%s is %s (%s) with no hash: send its SHA-256 digest",
			id.name, o.Kind, o.What),
	}
	if o.Pos != id.value.Pos() {
		d.Related = []analysis.RelatedInformation{{Pos: o.Pos, Message: "the personal data enters here"}}
	}
	if fix, ok := hashFix(pass, c, id.value); ok {
		d.SuggestedFixes = []analysis.SuggestedFix{fix}
	}
	pass.Report(d)
}

// hashFix wraps the value in a hash.
func hashFix(pass *analysis.Pass, c *pii.Classifier, value ast.Expr) (analysis.SuggestedFix, bool) {
	file := astutil.FileOf(pass.Files, value.Pos())
	if file == nil {
		return analysis.SuggestedFix{}, false
	}
	hash, ok := hashfix.At(pass, c, value.Pos())
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	wrap, ok := edit.Wrap(pass.Fset, file, value, hash.Open, hash.Close)
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	return analysis.SuggestedFix{
		Message:   "Hash it with " + hash.With,
		TextEdits: append(hash.Imports, wrap),
	}, true
}
