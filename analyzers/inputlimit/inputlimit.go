// Package inputlimit defines an Analyzer that checks that user input sent
// to the model is bounded in length.
package inputlimit

import (
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
	Title: "User input sent to the model must be bounded in length",
	Text: `OpenAI's safety practices ask applications to limit how much text a user can
send: a bounded input leaves less room for prompt injection and bounds what
one request costs. A user who can paste a book into a form gets a request
the application did not plan for.

This check reports user input (the sources of \'promptinject\') that
reaches the prompt of a request, in any role, with no length limit
on the way. Bounds it knows:

- \'r.Body = http.MaxBytesReader(w, r.Body, n)\' (or \'io.LimitReader\')
  before the body is read, whether by a decoder, \'io.ReadAll\',
  \'ParseForm\', \'FormValue\' or \'PostFormValue\', or a framework's
  binding; a bound set after the read does not count;
- a length check that rejects or truncates, in bytes or in characters:
  \'len(s)\', \'len([]rune(s))\', \'utf8.RuneCountInString(s)\' compared with
  a limit the program fixes (a constant, a package variable, a
  configuration field; not a number the user sent);
- slicing to such a limit, or to \'min\' with one: \'s[:4000]\',
  \'string([]rune(s)[:n])\';
- one read into a buffer of a constant size (\'r.Body.Read(buf)\' outside
  a loop);
- a helper that does any of this: one that truncates
  (\'truncate(s, 4000)\'), or a validation helper whose nil error (or true
  result) says the length was checked, when the caller stops on failure;
- a match against a regular expression that only matches whole strings of
  bounded length (\'^[a-z ]{1,80}$\'; not \'^[a-z ]+$\', nor an unanchored
  pattern);
- a check against a fixed set of values;
- middleware in front of the handler that bounds the body before it
  passes the request on: net/http middleware
  (\'func(next http.Handler) http.Handler\') wrapped around the handler or
  around the whole \'ServeMux\' where it is served, \'http.MaxBytesHandler\',
  chi's \'Use\', \'With\' and \'Group\' (and its \'middleware.RequestSize\'),
  gin's \'Use\', \'Group\' and route middleware, echo's \'Use\', \'Group\' and
  route middleware (and its \'middleware.BodyLimit\'). The middleware (or
  the function that returns it, \'limits.Body(1 << 20)\') may be in any
  package of the program; the handler and its registrations must be in
  one package, every registration of the handler must pass the middleware (a handler that
  another registered handler calls gets what holds for every caller), and
  a router's \'Use\' counts for the routes registered after it in the same
  function.
  A bounded body bounds what is read from it, not the URL's query or the
  headers.

A bound on one branch only does not count; a check of a field or form
value holds for the same field or value read again after it. Helpers in
other packages are known through facts when their package sends requests
to the model too; the analysis builds no SSA for other packages.`,
	Before: `question := r.FormValue("q")
resp, err := client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
	Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(question)},
})`,
	After: `question := r.FormValue("q")
if len(question) > 4000 {
	http.Error(w, "question too long", http.StatusRequestEntityTooLarge)
	return
}
resp, err := client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
	Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(question)},
})`,
	Severity: lint.SeverityWarning,
}

// Examples show the finding on the other clients the check reads.
var Examples = []checkdoc.Example{
	{Client: "go-openai", Code: `resp, err := client.CreateChatCompletion(ctx, openai.ChatCompletionRequest{ // inputlimit
	Messages: []openai.ChatCompletionMessage{{Role: openai.ChatMessageRoleUser, Content: r.FormValue("q")}},
})`},
	{Client: "langchaingo", Code: `answer, err := llms.GenerateFromSinglePrompt(ctx, llm, r.FormValue("q"), llms.WithMaxTokens(512)) // inputlimit`},
	{Client: "plain net/http", Code: `body, _ := json.Marshal(chatRequest{Messages: []message{{Role: "user", Content: r.FormValue("q")}}})
resp, _ := http.Post(baseURL+"/chat/completions", "application/json", bytes.NewReader(body)) // inputlimit`},
}

// Analyzer is the inputlimit check.
var Analyzer = &analysis.Analyzer{
	Name:      "inputlimit",
	Doc:       checkdoc.Text(Doc),
	URL:       checkdoc.URL("inputlimit"),
	Requires:  []*analysis.Analyzer{openaiapi.Analyzer, taint.Analyzer},
	Run:       report.Run(givenmodel.FlowCheck[givenFindings](check)),
	FactTypes: givenmodel.Facts[givenFindings](),
}

// givenFindings names inputlimit's facts of findings on requests through a
// model the callers give (see givenmodel).
type givenFindings struct{}

func check(pass *analysis.Pass, res *taint.Result) {
	for _, flow := range res.Each(func(f taint.Flow) bool { return !f.Bounded }) {
		pass.Report(flow.Diagnostic(flow.Input() + " reaches the prompt with no length limit: cap its length" + flow.Context()))
	}
}
