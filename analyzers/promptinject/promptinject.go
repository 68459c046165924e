// Package promptinject defines an Analyzer that checks that user input
// does not reach the parts of a prompt the model treats as authoritative.
package promptinject

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/openaivet/openaivet/internal/astutil"
	"github.com/openaivet/openaivet/internal/checkdoc"
	"github.com/openaivet/openaivet/internal/givenmodel"
	"github.com/openaivet/openaivet/internal/openaiapi"
	"github.com/openaivet/openaivet/internal/report"
	"github.com/openaivet/openaivet/internal/taint"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
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

This check reports user input, followed across functions and packages,
that reaches a system or developer message, the \'Instructions\' of a
Responses request, or the variables of a Responses prompt template;
through a \'text/template\' executed into such a message too. A message
is a system or developer one when it is made by
\'openai.SystemMessage\' or \'openai.DeveloperMessage\', is the
\'OfSystem\' or \'OfDeveloper\' member of a union literal, has its role
field set to \'system\' or \'developer\' (go-openai's messages, Responses
input items), or is made by a function given that role
(\'responses.ResponseInputItemParamOfMessage(text, role)\').

User input is what a program's users send it: \'net/http\' request
values, bodies (read whole or into a buffer) and headers; gin, echo, chi,
gorilla/mux, fiber and Hertz request accessors and binders; gorilla and coder
websocket messages; Discord messages, slash command options, select menu
values and modal inputs (discordgo, arikawa); Telegram messages' text, captions
and command arguments, callback data and inline queries
(telegram-bot-api, telebot v3 and v4); Slack Events API messages and
mentions, and slash commands (slack-go); WhatsApp message events
(whatsmeow); XMPP messages (what mellium's handlers decode from the
stanza, go-xmpp chats, gosrc.io/xmpp message stanzas); AWS Lambda's
API Gateway, function URL and load balancer requests; the request of a
method that implements a generated gRPC, Twirp or Kitex service, the messages of
gRPC and Connect streams, and a Connect request's message and headers; and what \'.openaivet.yml\' lists as \'sources\'.
What the program's own operator gives it (its arguments and flags, its
standard input, the files they name) is user input only when
\'.openaivet.yml\' says \'operator: untrusted\': a command-line tool
serves the one who runs it.

A user who chooses a message's role can write a system message, so the
check also reports user input that becomes a message's role (a history
whose roles the client sends, or a name a helper of the program maps onto
roles, the system's among them), and a JSON body decoded whole into a
request or into the library's messages (a proxy that forwards what its
client sends); such a proxy's output token bound is the client's too,
which \'maxtokens\' reports. It stays silent when every way there first
checks the input (or the role) against a fixed set of values: a
comparison with constants, a switch with constant cases, or a lookup in a
package-level map. Moderation does not clear it: a harmless-looking
instruction is still an instruction.

The input is followed through locals, struct fields, slices, string
building, conversions, JSON decoding, handler closures and wrapper
functions in any package; the finding sits at the call that carries it
toward the model, in the function that reads it. Put user text in a user
message instead; decode a client's history into a type of your own and
check each role, or build the request around the client's words.`,
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

// Examples show the finding on the other clients the check reads.
var Examples = []checkdoc.Example{
	{Client: "go-openai", Code: `msgs := []openai.ChatCompletionMessage{
	{Role: openai.ChatMessageRoleSystem, Content: "Answer in " + r.FormValue("lang")},
}
resp, err := client.CreateChatCompletion(ctx, openai.ChatCompletionRequest{Messages: msgs}) // promptinject`},
	{Client: "langchaingo", Code: `msgs := []llms.MessageContent{
	llms.TextParts(llms.ChatMessageTypeSystem, "Answer in "+r.FormValue("lang")),
}
resp, err := llm.GenerateContent(ctx, msgs, llms.WithMaxTokens(512)) // promptinject`},
	{Client: "eino", Code: `msgs := []*schema.Message{schema.SystemMessage("Answer in " + r.FormValue("lang"))}
resp, err := chatModel.Generate(ctx, msgs) // promptinject`},
	{Client: "Firebase Genkit", Code: `text, err := genkit.GenerateText(ctx, g, ai.WithModelName("openai/gpt-4o-mini"), // promptinject
	ai.WithSystem("Answer in "+r.FormValue("lang")), ai.WithPrompt(q))`},
	{Client: "Azure OpenAI", Code: `msgs := []azopenai.ChatRequestMessageClassification{
	&azopenai.ChatRequestSystemMessage{Content: azopenai.NewChatRequestSystemMessageContent("Answer in " + r.FormValue("lang"))},
}
resp, err := client.GetChatCompletions(ctx, azopenai.ChatCompletionsOptions{DeploymentName: &deployment, Messages: msgs}, nil) // promptinject`},
	{Client: "plain net/http", Code: `msgs := []message{{Role: "system", Content: "Answer in " + r.FormValue("lang")}} // a struct with role and content tags
body, _ := json.Marshal(chatRequest{Messages: msgs})
resp, _ := http.Post(baseURL+"/chat/completions", "application/json", bytes.NewReader(body)) // promptinject`},
}

// Analyzer is the promptinject check.
var Analyzer = &analysis.Analyzer{
	Name:      "promptinject",
	Doc:       checkdoc.Text(Doc),
	URL:       checkdoc.URL("promptinject"),
	Requires:  []*analysis.Analyzer{openaiapi.Analyzer, taint.Analyzer},
	Run:       report.Run(givenmodel.FlowCheck[givenFindings](check)),
	FactTypes: givenmodel.Facts[givenFindings](),
}

// givenFindings names promptinject's facts of findings on requests through a
// model the callers give (see givenmodel).
type givenFindings struct{}

func check(pass *analysis.Pass, res *taint.Result) {
	for _, flow := range res.Each(func(f taint.Flow) bool { return f.System && !f.Allowlisted }) {
		d := flow.Diagnostic(flow.Input() + " reaches the system prompt: put it in a user message" + flow.Context())
		if flow.SystemPos.IsValid() {
			d.Related = append(d.Related, analysis.RelatedInformation{Pos: flow.SystemPos, Message: placement(pass, flow.SystemPos)})
		}
		pass.Report(d)
	}
}

// placement says how the input entered the system prompt at pos: placed
// in a system message or the instructions, given as a message's role, or
// decoded whole into a request or its messages, roles and all.
func placement(pass *analysis.Pass, pos token.Pos) string {
	const (
		placed  = "and placed in the system prompt here"
		role    = "and given as a message's role here: the user can make it a system message"
		decoded = "and decoded here, roles and all: the client can write a system message of its own"
	)
	file := astutil.FileOf(pass.Files, pos)
	if file == nil {
		return placed
	}
	info := pass.TypesInfo
	message := placed
	ast.Inspect(file, func(n ast.Node) bool {
		if n == nil || pos < n.Pos() || n.End() <= pos {
			return false // pos is not within
		}
		switch n := n.(type) {
		case *ast.CallExpr:
			if n.Lparen == pos {
				fn, ok := typeutil.Callee(info, n).(*types.Func)
				if !ok || fn.Pkg() == nil {
					return false
				}
				if !openaiapi.IsClientPackage(fn.Pkg().Path()) {
					message = decoded
				} else if i, ok := openaiapi.MessageRoleArgument(fn); ok && i < len(n.Args) && info.Types[n.Args[i]].Value == nil {
					message = role
				}
				return false
			}
		case *ast.CompositeLit:
			for _, elt := range n.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok && kv.Colon == pos && isRoleField(info, info.TypeOf(n), kv.Key) {
					message = role
					return false
				}
			}
		case *ast.AssignStmt:
			if n.TokPos == pos && len(n.Lhs) == 1 {
				if sel, ok := n.Lhs[0].(*ast.SelectorExpr); ok && info.Selections[sel] != nil && isRoleField(info, info.Selections[sel].Recv(), sel.Sel) {
					message = role
				}
				return false
			}
		}
		return true
	})
	return message
}

// isRoleField reports whether key names the role field of a client
// library's message of type t (or a pointer to one).
func isRoleField(info *types.Info, t types.Type, key ast.Expr) bool {
	id, ok := key.(*ast.Ident)
	if !ok || t == nil {
		return false
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	field, isVar := info.ObjectOf(id).(*types.Var)
	return ok && isVar && openaiapi.RoleField(st, field)
}
