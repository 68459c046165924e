// Package maxtokens defines an Analyzer that checks that requests which
// generate text bound how many tokens the model may produce.
package maxtokens

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/token"
	"slices"
	"strconv"
	"strings"

	"github.com/openaivet/openaivet/internal/astutil"
	"github.com/openaivet/openaivet/internal/checkdoc"
	"github.com/openaivet/openaivet/internal/config"
	"github.com/openaivet/openaivet/internal/givenmodel"
	"github.com/openaivet/openaivet/internal/openaiapi"
	"github.com/openaivet/openaivet/internal/report"
	"github.com/openaivet/openaivet/internal/requestfix"
	"github.com/openaivet/openaivet/internal/taint"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
	"honnef.co/go/tools/analysis/lint"
)

// Doc is the check's documentation.
var Doc = &lint.RawDocumentation{
	Title: "Text-generating requests must bound their output tokens",
	Text: `OpenAI's safety practices ask applications to limit the number of output
tokens a request may produce: it bounds what one request can cost, how long
it can run, and how much text a misuse can extract. Without a bound the
model may generate up to its context limit.

This check reports:

- a text-generating request (chat completions, responses, legacy
  completions, assistants runs, on any supported client) with no output
  bound: \'max_completion_tokens\', \'max_output_tokens\', or
  \'max_tokens\' where that is the endpoint's only bound. The fix adds
  \'MaxCompletionTokens\' (or the endpoint's field) set to the value of
  \'-maxtokens.default\', or, on langchaingo and eino, passes the call
  option that sets it; on a struct of the program's without the field,
  the message names the field to add;
- \'MaxTokens\' on a chat request, where it is deprecated in favour of
  \'MaxCompletionTokens\' and not honoured by reasoning models (fix: rename
  it); and \'MaxTokens\' set beside \'MaxCompletionTokens\', a leftover
  (fix: remove it, where its value calls nothing of the program's and the
  file stays gofmt-clean without it);
- a constant bound above \'-maxtokens.ceiling\', when a ceiling is set;
- a bound taken from user input (the sources of \'promptinject\') with no
  clamp on the way. A clamp is \'min\' with a limit the program fixes (a
  constant or a configured value such as \'cfg.MaxTokens\'), a comparison
  with such a limit that rejects or lowers the value, or a helper that does
  either (\'clamp(n, lo, hi)\' with a fixed \'hi\'). \'max\' is no clamp: it
  only raises a value;
- a bound from user input clamped at a constant above
  \'-maxtokens.ceiling\': the user can still ask for more than the
  ceiling.

A bound set anywhere the request gets its fields counts: its literal, an
assignment, a builder function in any package, \'SetExtraFields\',
\'option.WithJSONSet\', or a function that takes the params and sends them
(checked at each of its calls, with the caller's params). Params sent
through a method value, an interface modeled on the service or a retry
helper, and params kept in an unexported field, map or slice of the
package, are read from everything the package stores there. When the
params come from somewhere the analysis cannot see, the check says nothing; so it does for a request sent through a
client pointed at another provider's OpenAI-compatible API (a base URL that
is not OpenAI's), which may know only \'max_tokens\'.`,
	Before: `resp, err := client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
	Model:    openai.ChatModelGPT4o,
	Messages: msgs,
})`,
	After: `resp, err := client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
	Model:               openai.ChatModelGPT4o,
	Messages:            msgs,
	MaxCompletionTokens: openai.Int(1024),
})`,
	Severity: lint.SeverityWarning,
}

// Examples show the finding on the other clients the check reads.
var Examples = []checkdoc.Example{
	{Client: "go-openai", Code: `resp, err := client.CreateChatCompletion(ctx, openai.ChatCompletionRequest{ // maxtokens: no output bound
	Model:    openai.GPT4oMini,
	Messages: msgs,
})`},
	{Client: "langchaingo", Code: `resp, err := llm.GenerateContent(ctx, msgs) // maxtokens: fix passes llms.WithMaxTokens(1024)`},
	{Client: "eino", Code: `resp, err := chatModel.Generate(ctx, msgs) // maxtokens: fix passes openai.WithMaxCompletionTokens(1024)`},
	{Client: "Firebase Genkit", Code: `text, err := genkit.GenerateText(ctx, g, ai.WithModelName("openai/gpt-4o-mini"), ai.WithPrompt(q)) // maxtokens: set MaxCompletionTokens in ai.WithConfig`},
	{Client: "Azure OpenAI", Code: `resp, err := client.GetChatCompletions(ctx, azopenai.ChatCompletionsOptions{ // maxtokens: set MaxCompletionTokens
	DeploymentName: &deployment,
	Messages:       msgs,
}, nil)`},
	{Client: "plain net/http", Code: `body, _ := json.Marshal(chatRequest{Model: "gpt-4o-mini", Messages: msgs})
req, _ := http.NewRequest("POST", "https://api.openai.com/v1/chat/completions", bytes.NewReader(body)) // maxtokens: set a max_completion_tokens field in chatRequest`},
}

// Analyzer is the maxtokens check.
var Analyzer = &analysis.Analyzer{
	Name:      "maxtokens",
	Doc:       checkdoc.Text(Doc),
	URL:       checkdoc.URL("maxtokens"),
	Requires:  []*analysis.Analyzer{openaiapi.Analyzer, taint.Analyzer},
	Run:       report.Run(run),
	FactTypes: givenmodel.Facts[givenFindings](),
}

// The options: -maxtokens.NAME flags, or options in .openaivet.yml.
var defaultBound, ceiling *config.Int

func init() {
	defaultBound = config.NewInt(&Analyzer.Flags, "maxtokens", "default", 1024, 1, "output token bound, 1 or more, that the fix adds to a request without one")
	ceiling = config.NewInt(&Analyzer.Flags, "maxtokens", "ceiling", 0, 0, "report a constant output bound above this many tokens (0: no ceiling)")
}

// finding collects the reasons one request breaks the practice, so that it
// gets one diagnostic that names them all.
type finding struct {
	problems, advice []string
	fixes            []analysis.SuggestedFix
}

func (f *finding) add(problem, advice string) {
	f.problems = append(f.problems, problem)
	f.advice = append(f.advice, advice)
}

func run(pass *analysis.Pass) (any, error) {
	cfg, err := config.For(pass)
	if err != nil {
		return nil, err
	}
	for _, b := range pass.ResultOf[taint.Analyzer].(*taint.Result).Bounds {
		if !b.Pos.IsValid() {
			continue
		}
		var msg string
		switch limit := int64(ceiling.Get(cfg)); {
		case !b.Clamped:
			msg = fmt.Sprintf("the output token bound comes from user input (%s) with no clamp: clamp it, as in min(n, limit)",
				b.What)
		case limit > 0 && b.Limit > limit:
			msg = fmt.Sprintf("the output token bound comes from user input (%s) clamped at %d: clamp it at %d (maxtokens.ceiling)",
				b.What, b.Limit, limit)
		default:
			continue
		}
		pass.Report(analysis.Diagnostic{
			Pos:     b.Pos,
			Message: msg,
			Related: []analysis.RelatedInformation{{Pos: b.Source, Message: "user input is read here"}},
		})
	}
	res := pass.ResultOf[openaiapi.Analyzer].(*openaiapi.Result)
	checkRequest := func(pass *analysis.Pass, req *openaiapi.Request) {
		if req.Endpoint.Kind != openaiapi.TextGeneration {
			return
		}
		if _, other := req.OtherProvider(); other {
			return // another provider's API, which may know only max_tokens
		}
		if f, ok := check(pass, cfg, req); ok && len(f.problems) > 0 {
			pass.Report(analysis.Diagnostic{
				Pos:            req.Call.Pos(),
				End:            req.Call.Fun.End(),
				Message:        fmt.Sprintf("%s request %s: %s", req.Endpoint.Name, strings.Join(f.problems, " and "), strings.Join(f.advice, "; ")),
				SuggestedFixes: f.fixes,
			})
		}
	}
	for _, req := range res.Requests {
		checkRequest(pass, req)
	}
	givenmodel.Check[givenFindings](pass, res, checkRequest)
	return nil, nil
}

// givenFindings names maxtokens' facts of findings on requests through a
// model the callers give (see givenmodel).
type givenFindings struct{}

// check finds what is wrong with a request's output bound; ok is false when
// the analysis cannot tell.
func check(pass *analysis.Pass, cfg *config.Config, req *openaiapi.Request) (f finding, ok bool) {
	preferred := ""
	bounded := false
	for _, tag := range openaiapi.OutputBoundFields {
		if !req.Has(tag) {
			continue
		}
		if preferred == "" {
			preferred = tag
		}
		settings, known := req.Set(tag)
		if !known {
			return f, false
		}
		if len(settings) == 0 {
			continue
		}
		bounded = true
		if repl, deprecated := req.Replacement(tag); deprecated {
			if replSettings, _ := req.Set(repl); len(replSettings) == 0 {
				f.add("uses the deprecated "+req.FieldName(tag),
					"use "+req.FieldName(repl))
				if fix, ok := requestfix.RenameField(req, settings, tag, repl); ok {
					f.fixes = append(f.fixes, fix)
				}
			} else {
				// Both: the deprecated bound is left over, and a model
				// may read either.
				f.add("sets the deprecated "+req.FieldName(tag)+" beside "+req.FieldName(repl),
					"remove "+req.FieldName(tag))
				if fix, ok := removeSettings(pass, req, settings, tag); ok {
					f.fixes = append(f.fixes, fix)
				}
			}
		}
		for _, s := range settings {
			if limit := ceiling.Get(cfg); limit > 0 && s.IntKnown && s.Int > int64(limit) {
				f.add(fmt.Sprintf("allows %d output tokens", s.Int),
					fmt.Sprintf("keep it at or below %d (maxtokens.ceiling)", limit))
				break
			}
		}
	}
	if preferred == "" || bounded {
		return f, true
	}
	set := "set " + req.FieldName(preferred)
	if option, isOption := req.SpellOption(preferred, "n", nil); isOption {
		set = "pass " + option
	}
	f.add("has no output token limit", set)
	bound := strconv.Itoa(defaultBound.Get(cfg))
	if fix, ok := requestfix.AddField(pass, req, preferred, bound); ok {
		f.fixes = append(f.fixes, fix)
	} else if fix, ok := requestfix.AddOption(pass, req, preferred, bound); ok {
		f.fixes = append(f.fixes, fix)
	}
	return f, true
}

// removeSettings returns the fix that deletes a field from the request's
// params literal, where each setting is an element of it. It is offered
// only where the element's value calls nothing but the library (deleting
// it drops no effect of the program's), no comment is on its lines, and
// the file stays gofmt-clean without it.
func removeSettings(pass *analysis.Pass, req *openaiapi.Request, settings []openaiapi.Setting, tag string) (analysis.SuggestedFix, bool) {
	lit := req.Literal()
	if lit == nil || len(settings) != 1 || settings[0].Key == nil {
		return analysis.SuggestedFix{}, false
	}
	i := slices.IndexFunc(lit.Elts, func(e ast.Expr) bool {
		kv, ok := e.(*ast.KeyValueExpr)
		return ok && kv.Key == settings[0].Key
	})
	if i < 0 {
		return analysis.SuggestedFix{}, false
	}
	kv := lit.Elts[i].(*ast.KeyValueExpr)
	pure := true
	ast.Inspect(kv.Value, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			fn := typeutil.Callee(pass.TypesInfo, call)
			if tv := pass.TypesInfo.Types[call.Fun]; !tv.IsType() && (fn == nil || fn.Pkg() == nil || !openaiapi.IsClientPackage(fn.Pkg().Path())) {
				pure = false
			}
		}
		return pure
	})
	file := astutil.FileOf(pass.Files, lit.Pos())
	if !pure || file == nil {
		return analysis.SuggestedFix{}, false
	}
	tf := pass.Fset.File(lit.Pos())
	line := func(p token.Pos) int { return tf.Line(p) }
	var del analysis.TextEdit
	prevEnd, nextStart := lit.Lbrace+1, lit.Rbrace
	if i > 0 {
		prevEnd = lit.Elts[i-1].End()
	}
	if i < len(lit.Elts)-1 {
		nextStart = lit.Elts[i+1].Pos()
	}
	switch {
	case line(prevEnd) < line(kv.Pos()) && line(kv.End()) < line(nextStart):
		// An element on lines of its own: delete the lines.
		del = analysis.TextEdit{Pos: tf.LineStart(line(kv.Pos())), End: tf.LineStart(line(kv.End()) + 1)}
	case i < len(lit.Elts)-1:
		del = analysis.TextEdit{Pos: kv.Pos(), End: nextStart}
	case i > 0:
		del = analysis.TextEdit{Pos: prevEnd, End: kv.End()}
	default:
		del = analysis.TextEdit{Pos: kv.Pos(), End: kv.End()}
	}
	for _, group := range file.Comments {
		if group.Pos() < del.End && del.Pos < group.End() {
			return analysis.SuggestedFix{}, false
		}
	}
	if !gofmtClean(pass, tf, del) {
		return analysis.SuggestedFix{}, false
	}
	return analysis.SuggestedFix{
		Message:   "Remove " + req.FieldName(tag),
		TextEdits: []analysis.TextEdit{del},
	}, true
}

// gofmtClean reports whether the file stays as gofmt prints it once the
// edit is made: deleting the longest key of a literal realigns the others.
func gofmtClean(pass *analysis.Pass, tf *token.File, edit analysis.TextEdit) bool {
	if pass.ReadFile == nil {
		return false
	}
	src, err := pass.ReadFile(tf.Name())
	if err != nil || tf.Size() != len(src) {
		return false
	}
	start, end := tf.Offset(edit.Pos), tf.Offset(edit.End)
	edited := append(append(slices.Clip(src[:start]), edit.NewText...), src[end:]...)
	formatted, err := format.Source(edited)
	return err == nil && bytes.Equal(formatted, edited)
}
