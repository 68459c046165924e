package openaiapi

import (
	"fmt"
	"go/types"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/openaivet/openaivet/internal/testmod"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

// reporter prints what the knowledge layer resolved for every request and
// client constructor, so that testdata states it in want comments.
var reporter = &analysis.Analyzer{
	Name:     "reporter",
	Doc:      "report what openaiapi resolves",
	Requires: []*analysis.Analyzer{Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		res := pass.ResultOf[Analyzer].(*Result)
		for _, req := range res.Requests {
			pass.Reportf(req.Call.Pos(), "%s", describeRequest(req, pass.TypesInfo))
		}
		for _, c := range res.Clients {
			pass.Reportf(c.Call.Pos(), "client%s", describeSettings(c.Fields, c.Headers, ""))
		}
		return nil, nil
	},
}

var kindNames = map[Kind]string{
	OtherKind: "other", TextGeneration: "text", ImageGeneration: "image",
	RealtimeClientSecret: "realtime-secret", Moderation: "moderation", Embeddings: "embeddings",
}

var viaNames = map[Via]string{
	InLiteral: "literal", ByAssignment: "assignment", ByBuilder: "builder",
	ByExtraFields: "extra-fields", ByCallOption: "call-option", ByClientOption: "client-option",
	BySender: "sender",
}

func describeRequest(req *Request, info *types.Info) string {
	desc := fmt.Sprintf("%s [%s]", req.Endpoint.Name, kindNames[req.Endpoint.Kind])
	if req.Sender != nil {
		desc += " via " + req.Sender.Name()
	}
	if req.Forwarded() {
		return desc + " forwarded"
	}
	fields := map[string][]Setting{}
	tags := slices.Collect(maps.Keys(req.fields))
	if req.Params == nil {
		tags = slices.AppendSeq(tags, maps.Keys(req.wireNames))
	}
	for _, tag := range tags {
		ss, known := req.Set(tag)
		if !known {
			return desc + " unknown"
		}
		if len(ss) > 0 {
			fields[tag] = ss
		}
	}
	hs, known := req.Header(HeaderSafetyIdentifier)
	headers := map[string][]Setting{}
	if len(hs) > 0 {
		headers[HeaderSafetyIdentifier] = hs
	}
	if !known && req.Endpoint.Kind == RealtimeClientSecret {
		return desc + " headers unknown" + describeClient(req, info)
	}
	return desc + describeSettings(fields, headers, ":") + describeClient(req, info)
}

// describeClient says what the request's client and endpoint imply: an
// identifier in the user field of an old library version, input the API
// or the endpoint sees to, a client shared by many users' calls (for the
// requests whose header is per user), another provider.
func describeClient(req *Request, info *types.Info) string {
	var parts []string
	if tag, legacy, ok := req.IdentifierField(); ok && legacy {
		parts = append(parts, "identifier="+tag)
	}
	if req.ModeratesInput(info) {
		parts = append(parts, "moderated")
	}
	if req.SharedClient() && req.Endpoint.Kind == RealtimeClientSecret {
		parts = append(parts, "shared")
	}
	if host, ok := req.OtherProvider(); ok {
		parts = append(parts, "other="+host)
	}
	if len(parts) == 0 {
		return ""
	}
	return " (" + strings.Join(parts, " ") + ")"
}

func describeSettings(fields, headers map[string][]Setting, sep string) string {
	var parts []string
	for tag, ss := range fields {
		part := tag
		if sep != "" {
			part += sep + viaNames[ss[0].Via]
		}
		if ss[0].Empty {
			part += "=empty"
		} else if ss[0].Constant {
			part += "=const"
		}
		parts = append(parts, part)
	}
	slices.Sort(parts)
	for name := range headers {
		parts = append(parts, "header "+name)
	}
	if len(parts) == 0 {
		return ""
	}
	return " " + strings.Join(parts, " ")
}

func TestResolution(t *testing.T) {
	dir := analysistest.TestData()
	testmod.Download(t, dir)
	analysistest.Run(t, dir, reporter, "./requests", "./wrappers")
}

// TestLegacyResolution runs the reporter on a module that requires the
// client versions without safety_identifier (openai-go v1.10, go-openai
// v1.40): the version is told by the params' fields, not by its number.
func TestLegacyResolution(t *testing.T) {
	dir := filepath.Join(analysistest.TestData(), "legacy")
	testmod.Download(t, dir)
	analysistest.Run(t, dir, reporter, "./...")
}

// TestFacts checks the facts exported for builders, senders, posters and
// makers of Genkit instances.
func TestFacts(t *testing.T) {
	dir := analysistest.TestData()
	testmod.Download(t, dir)
	analysistest.Run(t, dir, Analyzer, "./builders", "./senders", "./posters")
}

func paramsTypes(fn *types.Func) []*types.Named {
	var named []*types.Named
	params := fn.Signature().Params()
	for i := range params.Len() {
		if n, _, ok := paramsStruct(params.At(i).Type()); ok {
			named = append(named, n)
		}
	}
	return named
}

func join(root, sub string) string {
	if sub == "" {
		return root
	}
	return root + "/" + sub
}

func TestEndpointName(t *testing.T) {
	for params, want := range map[string]string{
		"DecisionNewParams":     "decision",
		"ChatCompletionRequest": "chat completion",
		"LiveNewParams":         "live",
		"Params":                "params",
	} {
		if got := endpointName(params); got != want {
			t.Errorf("endpointName(%q) = %q, want %q", params, got, want)
		}
	}
}
