// Package moderation defines an Analyzer that checks that user input is
// moderated before it reaches the model.
package moderation

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
	Title: "User input must pass moderation before it reaches the model",
	Text: `OpenAI's Moderation endpoint is free, and running user input through it
before a generation request lowers the rate of unsafe completions. A
moderation call counts only when its verdict is acted on: a flagged input
must not go on to the model.

This check reports user input (the sources of \'promptinject\') that
reaches the prompt of a request with no moderation. The
input counts as moderated when the same input was sent to the Moderation
endpoint (\'client.Moderations.New\', go-openai's \'Moderations\', or a
POST to \'/moderations\' whose response the program decodes into a
struct of its own with a \'json:"flagged"\' field) on every way to the
request, and the result\'s \'Flagged\' is checked so that no flagged
branch leads to it; or when the request itself asks for
moderation with an input policy of mode \'block\', so that the API refuses
flagged input. A moderation call whose result is ignored, a verdict read
after the request, or the moderation of a different value does not count;
nor does moderation that fails open: when the call returns an error there
is no verdict, so the branch taken on the error must stop the input too
(\'err == nil && Flagged\' lets every input through while the endpoint is
down).

A function of the program that moderates its argument counts where its
result is acted on, when it reports the verdict through a result: an
error that is not nil when the input was flagged or the call failed, a
boolean that is true then (\'flagged, err := isFlagged(ctx, q)\'), or a
boolean that is true only for clean input (\'if !allowed(ctx, q)\', with
false when the call failed).

Moderation done by middleware in front of the handler counts when it
stops flagged input before the handler runs (net/http middleware that
does not call \'next\', gin middleware that calls \'c.Abort\', echo
middleware that returns): what the middleware moderated is moderated in
the handler, the whole body for the body's readers (a decoder,
\'PostFormValue\', gin's \'ShouldBindJSON\'), a form value for the same
form value. The middleware may be in any package of the program; the
handler and its registrations must be in one package, and every
registration of the handler must pass the middleware (see \'inputlimit\'
for the routers it knows).

Embedding requests are not reported: they generate nothing a user reads;
nor are image prompts, which the Images API checks itself and refuses
when flagged; nor are requests through a client pointed at another
provider's API (a base URL that is not OpenAI's, as \'maxtokens\' and
\'safetyid\' read it), or through a model whose config, which chooses
its base URL, is out of sight (an eino model that another package
stores where this one cannot follow it): the Moderation endpoint is
OpenAI's, and a program on another provider may have no OpenAI account
to call it with. User
input in their system prompts is still reported by \'promptinject\'.`,
	Before: `q := r.FormValue("q")
resp, err := client.Chat.Completions.New(ctx, chatParams(q))`,
	After: `q := r.FormValue("q")
mod, err := client.Moderations.New(ctx, openai.ModerationNewParams{
	Input: openai.ModerationNewParamsInputUnion{OfString: openai.String(q)},
})
if err != nil || mod.Results[0].Flagged {
	http.Error(w, "this request cannot be answered", http.StatusBadRequest)
	return
}
resp, err := client.Chat.Completions.New(ctx, chatParams(q))`,
	Severity: lint.SeverityWarning,
}

// Examples show the finding on the other clients the check reads.
var Examples = []checkdoc.Example{
	{Client: "go-openai", Code: `resp, err := client.CreateChatCompletion(ctx, openai.ChatCompletionRequest{ // moderation
	Messages: []openai.ChatCompletionMessage{{Role: openai.ChatMessageRoleUser, Content: r.FormValue("q")}},
})`},
	{Client: "langchaingo", Code: `msgs := []llms.MessageContent{llms.TextParts(llms.ChatMessageTypeHuman, r.FormValue("q"))}
resp, err := llm.GenerateContent(ctx, msgs, llms.WithMaxTokens(512)) // moderation`},
	{Client: "plain net/http", Code: `body, _ := json.Marshal(chatRequest{Messages: []message{{Role: "user", Content: r.FormValue("q")}}})
req, _ := http.NewRequest("POST", baseURL+"/chat/completions", bytes.NewReader(body)) // moderation`},
}

// Analyzer is the moderation check.
var Analyzer = &analysis.Analyzer{
	Name:      "moderation",
	Doc:       checkdoc.Text(Doc),
	URL:       checkdoc.URL("moderation"),
	Requires:  []*analysis.Analyzer{openaiapi.Analyzer, taint.Analyzer},
	Run:       report.Run(givenmodel.FlowCheck[givenFindings](check)),
	FactTypes: givenmodel.Facts[givenFindings](),
}

// givenFindings names moderation's facts of findings on requests through a
// model the callers give (see givenmodel).
type givenFindings struct{}

func check(pass *analysis.Pass, res *taint.Result) {
	// The Moderation endpoint is OpenAI's: a program on another
	// provider's API may have no OpenAI account to call it with.
	for _, flow := range res.Each(func(f taint.Flow) bool { return !f.Moderated && !f.OtherProvider }) {
		pass.Report(flow.Diagnostic(flow.Input() + " reaches the prompt with no moderation: moderate it first" + flow.Context()))
	}
}
