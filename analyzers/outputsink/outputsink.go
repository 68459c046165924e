// Package outputsink defines an Analyzer that checks that model output is
// not acted on unreviewed.
package outputsink

import (
	"fmt"
	"go/token"

	"github.com/openaivet/openaivet/internal/checkdoc"
	"github.com/openaivet/openaivet/internal/givenmodel"
	"github.com/openaivet/openaivet/internal/openaiapi"
	"github.com/openaivet/openaivet/internal/report"
	"github.com/openaivet/openaivet/internal/taint"
	"golang.org/x/tools/go/analysis"
	"honnef.co/go/tools/analysis/lint"
)

// Doc is the check's documentation.
var Doc = &lint.RawDocumentation{
	Title: "Model output must not be acted on unreviewed",
	Text: `OpenAI's safety practices ask for a person in the loop before model output is
acted on, above all in high-stakes uses and for generated code. A model can
be steered by what it reads (prompt injection through a web page, an e-mail,
a document), so its output is untrusted input.

This check reports model output (a text-generating request's response:
message content, \'OutputText()\', streamed chunks, tool-call arguments, and
their equivalents on the other supported clients) that reaches, with no
review on the way:

- command execution: \'os/exec\'\'s \'Command\', an \'exec.Cmd\' whose \'Path\'
  or \'Args\' it is given, \'os.StartProcess\', \'syscall.Exec\' and
  \'ForkExec\', bitfield/script's \'Exec\', go-cmd's \'NewCmd\'; or the
  standard input of a shell that reads commands there (\'exec.Command("bash")\' with no script, written through its
  \'StdinPipe\' or given as its \'Stdin\'), kept in a struct field or not;
- SQL query text (\'database/sql\', pgx, sqlx, GORM's \'Raw\' and \'Exec\';
  parameters are fine);
- a conversion that tells \'html/template\' to trust it (\'template.HTML\',
  \'JS\', \'URL\' and the like), or \'text/template\' parsing;
- a file path (\'os.Open\', \'os.WriteFile\', ...);
- an outbound request URL (\'http.Get\', \'http.NewRequest\', ...).

Output is followed through functions (summaries, facts), closures, and
channels: what is sent on a channel reaches whoever receives it, a worker
goroutine or a method that ranges over a field's channel. A function of
another package that returns a model's output is followed to its callers,
and the finding names it and the request; a helper of the program that
runs, queries or renders its parameter is a sink where it is called. When a package runs what a
method of an interface returns, and the implementation wired in (usually
in 'main') returns model output, the finding is at the wiring.

These count as review:

- a check against a fixed set of values (a comparison with constants, a
  constant switch, a package-level map);
- parsing into a number, a boolean, or a date and time (\'time.Parse\'):
  what comes out cannot carry a command;
- a person's approval before the sink: an answer read from the terminal
  (\'fmt.Scanln\', a \'bufio\' reader or scanner on \'os.Stdin\', a
  promptui prompt or menu) equal to a choice that is no refusal ("y",
  "yes", "r" of a "[r]un/[q]uit" menu, a menu's "Run"; not "n", "no",
  "q" or "cancel"), so that only that choice goes on; a confirmation asked with promptui
  (\'IsConfirm\', no error), survey or huh (\'Confirm\', the boolean
  answer); a function of the program, in this package or another, that
  returns true only on such a yes, or a choice of its own type (\'Run\'
  of \'Run, Edit, Cancel\') only on such a yes, compared with it; an approval callback the program
  is given (a function value or interface method named like approve,
  confirm, consent or review) whose true result guards the sink; or a
  boolean function that \'.openaivet.yml\' lists under \'sanitizers\', whose
  true result guards it. A question asked but not waited for, or a yes that
  comes from the model, is no review.

One diagnostic is given for each request: the first sink its output
reaches in each function.`,
	Before: `out := resp.Choices[0].Message.Content
exec.Command("sh", "-c", out).Run()`,
	After: `out := resp.Choices[0].Message.Content
switch out {
case "restart", "status":
	exec.Command("systemctl", out, "app").Run()
}`,
	Severity: lint.SeverityError,
}

// Examples show the finding on the other clients the check reads.
var Examples = []checkdoc.Example{
	{Client: "go-openai", Code: `resp, err := client.CreateChatCompletion(ctx, req)
exec.Command("sh", "-c", resp.Choices[0].Message.Content).Run() // outputsink`},
	{Client: "langchaingo", Code: `cmd, err := llms.GenerateFromSinglePrompt(ctx, llm, "Name one shell command.", llms.WithMaxTokens(50))
exec.Command("sh", "-c", cmd).Run() // outputsink`},
	{Client: "plain net/http", Code: `resp, _ := http.DefaultClient.Do(req) // req posts to /chat/completions
json.NewDecoder(resp.Body).Decode(&out)
exec.Command("sh", "-c", out.Choices[0].Message.Content).Run() // outputsink`},
}

// Analyzer is the outputsink check.
var Analyzer = &analysis.Analyzer{
	Name:      "outputsink",
	Doc:       checkdoc.Text(Doc),
	URL:       checkdoc.URL("outputsink"),
	Requires:  []*analysis.Analyzer{openaiapi.Analyzer, taint.Analyzer},
	Run:       report.Run(givenmodel.FlowCheck[givenFindings](check)),
	FactTypes: givenmodel.Facts[givenFindings](),
}

// givenFindings names outputsink's facts of findings on requests through a
// model the callers give (see givenmodel).
type givenFindings struct{}

func check(pass *analysis.Pass, res *taint.Result) {
	// One diagnostic for each response in each function that acts on it.
	seen := make(map[[2]token.Pos]bool)
	for _, out := range res.Outputs {
		key := [2]token.Pos{out.Response, out.Func}
		if seen[key] {
			continue
		}
		seen[key] = true
		from := "the model's output comes from this request"
		if out.Origin != "" {
			from = out.Origin
		}
		pass.Report(analysis.Diagnostic{
			Pos:     out.Sink,
			Message: fmt.Sprintf("model output reaches %s unreviewed: have a person review it first", out.Kind),
			Related: []analysis.RelatedInformation{{Pos: out.Response, Message: from}},
		})
	}
}
