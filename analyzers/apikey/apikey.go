// Package apikey defines an Analyzer that finds OpenAI API keys written
// into source code.
package apikey

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"github.com/openaivet/openaivet/internal/checkdoc"
	"github.com/openaivet/openaivet/internal/config"
	"github.com/openaivet/openaivet/internal/edit"
	"github.com/openaivet/openaivet/internal/openaiapi"
	"github.com/openaivet/openaivet/internal/report"
	"github.com/openaivet/openaivet/internal/secret"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
	"honnef.co/go/tools/analysis/lint"
)

// Doc is the check's documentation.
var Doc = &lint.RawDocumentation{
	Title: "API keys must not be written in source code",
	Text: `A key written into source code has leaked the day the code is shared: it
sits in every clone, fork, build artifact and in the history forever. OpenAI's
safety practices ask that a key that may have leaked be revoked and replaced.

This check finds OpenAI API keys in every string literal of a package,
test files included: constants, variables, call arguments, struct fields,
raw strings, and the pieces of a constant concatenation. It knows every
format OpenAI issues (project keys \'sk-proj-\', service-account keys
\'sk-svcacct-\', admin keys \'sk-admin-\' and older user keys \'sk-\'), by the
marker every issued key carries. Where a key is taken
(\'option.WithAPIKey\', \'option.WithAdminAPIKey\', go-openai's
\'NewClient\', \'DefaultConfig\' and \'DefaultAzureConfig\', an
\'Authorization: Bearer\' header, \'os.Setenv("OPENAI_API_KEY", ...)\') it
also reports a literal shaped like a key: an \'sk-\' prefix and a long,
random tail. Where an Azure OpenAI key is taken (go-openai's
\'DefaultAzureConfig\', openai-go's \'azure.WithAPIKey\', and
\'azcore.NewKeyCredential\' in a package that uses Azure's SDK) it also
reports an Azure key: 32 random hex digits, or the 84 characters with
Azure's signature that Azure issues today. Placeholders such as
\'sk-...\', \'sk-xxxx\', \'sk-your-key-here\' or \'YOUR_API_KEY\' are not
keys.

The key itself never appears in openaivet's output: a finding shows the
key's kind, its length and the first 8 hex digits of its SHA-256, enough to
find and revoke it. Revoke the key first; then read it from the
environment or a secret manager. The fix, at a call that takes the key,
reads it from the environment: it drops the option where the client reads
\'OPENAI_API_KEY\' by itself, and calls \'os.Getenv\' otherwise. Where a
package holds different keys that the fixes would read from the same
variable, none of them is fixed: one variable would give clients that use
different keys the same one.`,
	Before:   `client := openai.NewClient(option.WithAPIKey("sk-proj-…"))`,
	After:    `client := openai.NewClient() // reads OPENAI_API_KEY`,
	Severity: lint.SeverityError,
}

// Examples show the finding on the other clients the check reads.
var Examples = []checkdoc.Example{
	{Client: "go-openai", Code: `client := openai.NewClient("sk-proj-…") // apikey`},
	{Client: "langchaingo", Code: `llm, err := openai.New(openai.WithToken("sk-proj-…")) // apikey: openai.New() reads OPENAI_API_KEY`},
	{Client: "Azure OpenAI", Code: `cred := azcore.NewKeyCredential("0f3c…") // apikey: an Azure key; use AZURE_OPENAI_API_KEY`},
	{Client: "plain net/http", Code: `req.Header.Set("Authorization", "Bearer sk-proj-…") // apikey`},
}

// Analyzer is the apikey check.
var Analyzer = &analysis.Analyzer{
	Name:     "apikey",
	Doc:      checkdoc.Text(Doc),
	URL:      checkdoc.URL("apikey"),
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run:      report.Run(run),
}

func run(pass *analysis.Pass) (any, error) {
	insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)

	// Where a key is taken, a key-shaped literal counts too, and a fix
	// can move the key to the environment.
	cfg, err := config.For(pass)
	if err != nil {
		return nil, err
	}
	takers := make(map[ast.Expr]keyTaker)
	for cur := range insp.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		if arg, ok := openaiapi.TakesKey(pass.Pkg, pass.TypesInfo, call); ok {
			t := keyTaker{KeyArgument: arg, call: call}
			if parent, ok := cur.Parent().Node().(*ast.CallExpr); ok && openaiapi.IsClientConstructorCall(pass.TypesInfo, parent) {
				t.constructor = parent
			}
			takers[ast.Unparen(arg.Expr)] = t
		}
		// The project's own key-taking functions, from .openaivet.yml:
		// any string argument may be the key.
		if fn, ok := typeutil.Callee(pass.TypesInfo, call).(*types.Func); ok && cfg.Keys.Has(fn) {
			for i, arg := range call.Args {
				if isConstantString(pass, arg) {
					takers[ast.Unparen(arg)] = keyTaker{KeyArgument: openaiapi.KeyArgument{Index: i, EnvVar: openaiapi.APIKeyEnvVar, Expr: arg}, call: call}
				}
			}
		}
	}

	var diags []analysis.Diagnostic
	var moves []movedKey
	for cur := range insp.Root().Preorder((*ast.BasicLit)(nil)) {
		// The largest constant expression around the literal holds the
		// whole value, however it is split into pieces.
		expr := cur.Node().(ast.Expr)
		for parent := cur.Parent(); ; parent = parent.Parent() {
			e, ok := parent.Node().(ast.Expr)
			if !ok || !isConstantString(pass, e) {
				break
			}
			expr = e
		}
		if expr != cur.Node() && firstLiteral(expr) != cur.Node() {
			continue // the whole expression is checked at its first literal
		}
		if !isConstantString(pass, expr) {
			continue
		}
		value := constant.StringVal(pass.TypesInfo.Types[expr].Value)
		taker, atTaker := takers[expr]
		keys := secret.Find(value, atTaker)
		if taker.Azure {
			keys = append(keys, secret.FindAzure(value)...)
		}
		if len(keys) == 0 {
			continue
		}
		k := keys[0]
		d := analysis.Diagnostic{
			Pos:     expr.Pos(),
			End:     expr.End(),
			Message: fmt.Sprintf("%s in source (%s): revoke it; use %s", k.Name(), k, envVar(taker, atTaker)),
		}
		if len(keys) > 1 {
			d.Message += fmt.Sprintf(" (and %d more keys in this string)", len(keys)-1)
		}
		if atTaker {
			if fix, ok := taker.fix(pass, expr); ok {
				moves = append(moves, movedKey{len(diags), fix, taker.EnvVar, value})
			}
		}
		diags = append(diags, d)
	}
	for _, m := range moves {
		if !sharesEnvVar(moves, m) {
			diags[m.diag].SuggestedFixes = []analysis.SuggestedFix{m.fix}
		}
	}
	for _, d := range diags {
		pass.Report(d)
	}
	return nil, nil
}

// movedKey is a fix that moves a key to an environment variable, for the
// diagnostic diags[diag].
type movedKey struct {
	diag   int
	fix    analysis.SuggestedFix
	envVar string
	key    string
}

// sharesEnvVar reports whether another fix of the package moves a
// different key to m's environment variable. One variable holds one key:
// both fixes would give clients that use different keys (two projects, an
// admin key and a project key) the same one, so neither is offered. The
// same key moved twice is fine.
func sharesEnvVar(moves []movedKey, m movedKey) bool {
	for _, other := range moves {
		if other.envVar == m.envVar && other.key != m.key {
			return true
		}
	}
	return false
}

func isConstantString(pass *analysis.Pass, e ast.Expr) bool {
	tv, ok := pass.TypesInfo.Types[e]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.String
}

// firstLiteral returns the first string literal of a constant expression.
func firstLiteral(e ast.Expr) *ast.BasicLit {
	var first *ast.BasicLit
	ast.Inspect(e, func(n ast.Node) bool {
		if lit, ok := n.(*ast.BasicLit); ok && first == nil && lit.Kind == token.STRING {
			first = lit
		}
		return first == nil
	})
	return first
}

// keyTaker is a call that takes a key, and the client constructor it is an
// option of, if any.
type keyTaker struct {
	openaiapi.KeyArgument
	call        *ast.CallExpr
	constructor *ast.CallExpr
}

func envVar(t keyTaker, ok bool) string {
	if ok {
		return t.EnvVar
	}
	return "the environment"
}

// fix moves the key out of the source: it drops the option when the
// client reads the environment by itself, and reads the environment
// variable otherwise. Only a literal that is the whole argument of a
// client library's call is replaced; a header value or a constant declared
// elsewhere is left to the author.
func (t keyTaker) fix(pass *analysis.Pass, lit ast.Expr) (analysis.SuggestedFix, bool) {
	if !t.Library || ast.Unparen(t.Expr) != lit {
		return analysis.SuggestedFix{}, false
	}
	if t.ClientReadsEnv && t.constructor != nil {
		return analysis.SuggestedFix{
			Message:   fmt.Sprintf("Drop the key: the client reads %s", t.EnvVar),
			TextEdits: []analysis.TextEdit{edit.DeleteArgument(t.constructor, t.call)},
		}, true
	}
	name, edits, ok := edit.Import(pass, lit.Pos(), "os", "os")
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	edits = append(edits, edit.Replace(lit, fmt.Sprintf("%s.Getenv(%q)", name, t.EnvVar)))
	return analysis.SuggestedFix{
		Message:   fmt.Sprintf("Read the key from %s", t.EnvVar),
		TextEdits: edits,
	}, true
}
