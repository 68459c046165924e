package openaiapi

import (
	"fmt"
	"go/types"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/openaivet/openaivet/internal/testmod"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/packages"
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
}

func describeRequest(req *Request, info *types.Info) string {
	desc := fmt.Sprintf("%s [%s]", req.Endpoint.Name, kindNames[req.Endpoint.Kind])
	fields := map[string][]Setting{}
	for tag := range req.fields {
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
	analysistest.Run(t, dir, reporter, "./requests")
}

// TestLegacyResolution runs the reporter on a module that requires the
// client versions without safety_identifier (openai-go v1.10, go-openai
// v1.40): the version is told by the params' fields, not by its number.
func TestLegacyResolution(t *testing.T) {
	dir := filepath.Join(analysistest.TestData(), "legacy")
	testmod.Download(t, dir)
	analysistest.Run(t, dir, reporter, "./...")
}

// TestFacts checks the ParamsBuilder facts exported for builders.
func TestFacts(t *testing.T) {
	dir := analysistest.TestData()
	testmod.Download(t, dir)
	analysistest.Run(t, dir, Analyzer, "./builders")
}

// TestKnowledgeMatchesLibraries checks every table entry against the real
// libraries: a renamed method or option would otherwise silently turn a
// check off.
func TestKnowledgeMatchesLibraries(t *testing.T) {
	dir := analysistest.TestData()
	testmod.Download(t, dir)
	roots := map[Library][]string{
		OpenAIGo: {"github.com/openai/openai-go/v3"},
		GoOpenAI: {"github.com/sashabaranov/go-openai"},
	}
	var patterns []string
	for key := range endpoints {
		for _, root := range roots[key.lib] {
			patterns = append(patterns, join(root, key.sub))
		}
	}
	for _, root := range roots[OpenAIGo] {
		patterns = append(patterns, join(root, "option"), join(root, "packages/param"), join(root, fixedRolePackage))
		for key := range roleArgumentConstructors {
			patterns = append(patterns, join(root, key.sub))
		}
	}
	slices.Sort(patterns)
	patterns = slices.Compact(patterns)
	cfg := &packages.Config{Mode: packages.NeedName | packages.NeedTypes, Dir: dir}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	byPath := map[string]*types.Package{}
	for _, p := range pkgs {
		if len(p.Errors) > 0 {
			t.Fatalf("loading %s: %v", p.PkgPath, p.Errors)
		}
		byPath[p.PkgPath] = p.Types
	}
	lookup := func(root, sub, name string) types.Object {
		pkg := byPath[join(root, sub)]
		if pkg == nil {
			t.Fatalf("package %s not loaded", join(root, sub))
		}
		return pkg.Scope().Lookup(name)
	}

	for key := range endpoints {
		for _, root := range roots[key.lib] {
			recv := lookup(root, key.sub, key.receiver)
			if recv == nil {
				t.Errorf("%s: no type %s in %s", key.name, key.receiver, join(root, key.sub))
				continue
			}
			if !sendsRequests(key.lib, key.receiver) {
				t.Errorf("%s.%s: sendsRequests does not cover the receiver", key.receiver, key.name)
			}
			obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(recv.Type()), true, recv.Pkg(), key.name)
			fn, ok := obj.(*types.Func)
			if !ok {
				t.Errorf("%s has no method %s", join(root, key.sub)+"."+key.receiver, key.name)
				continue
			}
			params := paramsTypes(fn)
			if len(params) == 0 {
				t.Errorf("%s.%s takes no params struct", key.receiver, key.name)
				continue
			}
			// An endpoint listed as identified has the field in the
			// current version; one not listed does not (or the check
			// would miss old versions of it).
			_, st, _ := paramsStruct(params[0])
			if _, has := jsonFields(st)[FieldSafetyIdentifier]; has != identifiedEndpoints[key] {
				t.Errorf("%s.%s: safety_identifier in %s is %v, identifiedEndpoints says %v", key.receiver, key.name, params[0].Obj().Name(), has, identifiedEndpoints[key])
			}
		}
	}
	for key := range identifiedEndpoints {
		if _, ok := endpoints[key]; !ok {
			t.Errorf("identified endpoint %s.%s is not in endpoints", key.receiver, key.name)
		}
	}
	for _, root := range roots[OpenAIGo] {
		for _, table := range []map[funcKey]bool{jsonFieldOptions, headerOptions, optionalConstructors} {
			for key := range table {
				if _, ok := lookup(root, key.sub, key.name).(*types.Func); !ok {
					t.Errorf("no function %s in %s", key.name, join(root, key.sub))
				}
			}
		}
		for _, name := range optionalConstructorFor {
			if _, ok := lookup(root, "", name).(*types.Func); !ok {
				t.Errorf("no function %s in %s", name, root)
			}
		}
		if _, ok := lookup(root, optionalType.sub, optionalType.name).(*types.TypeName); !ok {
			t.Errorf("no type %s in %s", optionalType.name, join(root, optionalType.sub))
		}
		if _, ok := lookup(root, "", "NewClient").(*types.Func); !ok {
			t.Errorf("no NewClient in %s", root)
		}
		for key, index := range roleArgumentConstructors {
			fn, ok := lookup(root, key.sub, key.name).(*types.Func)
			if !ok {
				t.Errorf("no function %s in %s", key.name, join(root, key.sub))
				continue
			}
			if params := fn.Signature().Params(); index >= params.Len() || params.At(index).Name() != "role" {
				t.Errorf("%s: argument %d is not the role", key.name, index)
			}
		}
		for key := range systemRoleTypes {
			if _, ok := lookup(root, key.sub, key.name).(*types.TypeName); !ok {
				t.Errorf("no type %s in %s", key.name, join(root, key.sub))
			}
		}
	}
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

func TestLibraryOf(t *testing.T) {
	for _, tc := range []struct {
		path, root string
		lib        Library
	}{
		{"github.com/openai/openai-go", "github.com/openai/openai-go", OpenAIGo},
		{"github.com/openai/openai-go/option", "github.com/openai/openai-go", OpenAIGo},
		{"github.com/openai/openai-go/v2/responses", "github.com/openai/openai-go/v2", OpenAIGo},
		{"github.com/openai/openai-go/v3/packages/param", "github.com/openai/openai-go/v3", OpenAIGo},
		{"github.com/sashabaranov/go-openai", "github.com/sashabaranov/go-openai", GoOpenAI},
		{"github.com/sashabaranov/go-openai/jsonschema", "github.com/sashabaranov/go-openai", GoOpenAI},
		{"github.com/openai/openai-go-extras", "", 0},
		{"example.com/openai", "", 0},
	} {
		lib, root, ok := LibraryOf(tc.path)
		if lib != tc.lib || root != tc.root || ok != (tc.lib != 0) {
			t.Errorf("LibraryOf(%q) = %v, %q, %v; want %v, %q", tc.path, lib, root, ok, tc.lib, tc.root)
		}
	}
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
