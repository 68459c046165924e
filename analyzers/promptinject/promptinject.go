// Package promptinject defines an Analyzer that checks that user input
// does not reach the parts of a prompt the model treats as authoritative.
package promptinject

import (
	"fmt"

	"github.com/openaivet/openaivet/internal/checkdoc"
	"github.com/openaivet/openaivet/internal/report"
	"github.com/openaivet/openaivet/internal/taint"
	"golang.org/x/tools/go/analysis"
	"honnef.co/go/tools/analysis/lint"
)

// Doc is the check's documentation.
var Doc = &lint.RawDocumentation{
	Title: "User input must not reach the system prompt",
	Text: `OpenAI's safety practices ask applications to expect prompt injection ("ignore
the previous instructions...") and to keep the topic and tone in the
instructions and examples the application controls. A model treats system
and developer messages, and a request's instructions, as the application
speaking: user text placed there can rewrite the rules.

This check reports user input (\'net/http\' request values, bodies and
headers; gin, echo, chi, gorilla/mux and fiber request accessors and
binders; gorilla and coder websocket messages), followed across functions
and packages, that reaches a system or
developer message (\'openai.SystemMessage\', \'openai.DeveloperMessage\',
go-openai messages whose role is \'system\' or \'developer\'), the
\'Instructions\' of a Responses request, or the variables of a Responses
prompt template; through a \'text/template\' executed into such a message
too. It stays silent when every way there first checks
it against a fixed set of values: a comparison with constants, a switch
with constant cases, or a lookup in a package-level map. Moderation does
not clear it: a harmless-looking instruction is still an instruction.

The input is followed through locals, struct fields, slices, string
building, conversions, JSON decoding, handler closures and wrapper
functions in any package; the finding sits at the call that carries it
toward the model, in the function that reads it. Put user text in a user
message instead.`,
	Before: `params := openai.ChatCompletionNewParams{
	Messages: []openai.ChatCompletionMessageParamUnion{
		openai.SystemMessage("You are a support agent. Answer in " + r.FormValue("lang")),
		openai.UserMessage(question),
	},
}`,
	After: `lang := r.FormValue("lang")
switch lang {
case "English", "French", "German":
default:
	lang = "English"
}
params := openai.ChatCompletionNewParams{
	Messages: []openai.ChatCompletionMessageParamUnion{
		openai.SystemMessage("You are a support agent. Answer in " + lang),
		openai.UserMessage(question),
	},
}`,
	Severity: lint.SeverityWarning,
}

// Analyzer is the promptinject check.
var Analyzer = &analysis.Analyzer{
	Name:     "promptinject",
	Doc:      checkdoc.Text(Doc),
	URL:      checkdoc.URL("promptinject"),
	Requires: []*analysis.Analyzer{taint.Analyzer},
	Run:      report.Run(run),
}

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[taint.Analyzer].(*taint.Result)
	for _, flow := range res.Each(func(f taint.Flow) bool { return f.System && !f.Allowlisted }) {
		d := flow.Diagnostic(fmt.Sprintf("user input from %s reaches the system prompt of %s: a user can rewrite the instructions the model treats as authoritative; put it in a user message, or check it against a fixed set of values",
			flow.What, flow.Target()))
		if flow.SystemPos.IsValid() {
			d.Related = append(d.Related, analysis.RelatedInformation{Pos: flow.SystemPos, Message: "and placed in the system prompt here"})
		}
		pass.Report(d)
	}
	return nil, nil
}
