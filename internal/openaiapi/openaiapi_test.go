package openaiapi

import (
	"fmt"
	"go/types"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/openaivet/openaivet/internal/names"
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

// TestFacts checks the ParamsBuilder and ParamsSender facts exported for
// builders and senders.
func TestFacts(t *testing.T) {
	dir := analysistest.TestData()
	testmod.Download(t, dir)
	analysistest.Run(t, dir, Analyzer, "./builders", "./senders")
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
	for lib, table := range endpoints {
		for key := range table {
			for _, root := range roots[lib] {
				patterns = append(patterns, join(root, key.Pkg))
			}
		}
	}
	for _, root := range roots[OpenAIGo] {
		patterns = append(patterns, join(root, "option"), join(root, "packages/param"), join(root, fixedRolePackage))
		for key := range roleArgumentConstructors {
			patterns = append(patterns, join(root, key.Pkg))
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
	// lookup finds a name of a table, relative to root.
	lookup := func(root string, key names.Name) types.Object {
		pkg := byPath[join(root, key.Pkg)]
		if pkg == nil {
			t.Fatalf("package %s not loaded", join(root, key.Pkg))
		}
		if key.Type == "" {
			return pkg.Scope().Lookup(key.Member)
		}
		recv := pkg.Scope().Lookup(key.Type)
		if recv == nil {
			return nil
		}
		obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(recv.Type()), true, recv.Pkg(), key.Member)
		return obj
	}

	for lib, table := range endpoints {
		for key := range table {
			for _, root := range roots[lib] {
				if !sendsRequests(lib, key.Type) {
					t.Errorf("%s: sendsRequests does not cover the receiver", key)
				}
				fn, ok := lookup(root, key).(*types.Func)
				if !ok {
					t.Errorf("%s: no such method in %s", key, root)
					continue
				}
				params := paramsTypes(fn)
				if len(params) == 0 {
					t.Errorf("%s takes no params struct", key)
					continue
				}
				// An endpoint listed as identified has the field in the
				// current version; one not listed does not (or the check
				// would miss old versions of it).
				_, st, _ := paramsStruct(params[0])
				identified := identifiedEndpoints[lib][key]
				fields := jsonFields(st)
				if _, has := fields[FieldSafetyIdentifier]; has != (identified == BySafetyIdentifier) {
					t.Errorf("%s: safety_identifier in %s is %v, identifiedEndpoints says %v", key, params[0].Obj().Name(), has, identified)
				}
				if _, has := fields[FieldUser]; identified == ByUserOnly && !has {
					t.Errorf("%s: identified by user only, but %s has no user field", key, params[0].Obj().Name())
				}
			}
		}
	}
	for lib, table := range identifiedEndpoints {
		for key := range table {
			if _, ok := endpoints[lib][key]; !ok {
				t.Errorf("identified endpoint %s is not in endpoints", key)
			}
		}
	}
	for _, root := range roots[OpenAIGo] {
		for _, table := range []names.Table[bool]{jsonFieldOptions, headerOptions, optionalConstructors, baseURLOptions} {
			for key := range table {
				if _, ok := lookup(root, key).(*types.Func); !ok {
					t.Errorf("no function %s in %s", key, root)
				}
			}
		}
		for _, name := range optionalConstructorFor {
			if _, ok := lookup(root, names.Name{Member: name}).(*types.Func); !ok {
				t.Errorf("no function %s in %s", name, root)
			}
		}
		if _, ok := lookup(root, optionalType).(*types.TypeName); !ok {
			t.Errorf("no type %s in %s", optionalType, root)
		}
		if _, ok := lookup(root, names.Name{Member: "NewClient"}).(*types.Func); !ok {
			t.Errorf("no NewClient in %s", root)
		}
		for key := range messageConstructors {
			if _, ok := lookup(root, key).(*types.Func); !ok {
				t.Errorf("no function %s in %s", key, root)
			}
		}
		for key, index := range roleArgumentConstructors {
			fn, ok := lookup(root, key).(*types.Func)
			if !ok {
				t.Errorf("no function %s in %s", key, root)
				continue
			}
			if params := fn.Signature().Params(); index >= params.Len() || params.At(index).Name() != "role" {
				t.Errorf("%s: argument %d is not the role", key, index)
			}
		}
		for key := range systemRoleTypes {
			if _, ok := lookup(root, key).(*types.TypeName); !ok {
				t.Errorf("no type %s in %s", key, root)
			}
		}
	}
	for lib, table := range keyTakers {
		for key := range table {
			for _, root := range roots[lib] {
				if _, ok := lookup(root, key).(*types.Func); !ok {
					t.Errorf("no function %s in %s", key, root)
				}
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
