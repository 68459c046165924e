package openaiapi

import (
	"go/types"
	"maps"
	"slices"
	"testing"

	"github.com/openaivet/openaivet/internal/names"
	"github.com/openaivet/openaivet/internal/testmod"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/packages"
)

// testedRoots are the versions of each client's library that its tables
// are held to, as testdata/go.mod requires them.
var testedRoots = map[*Client][]string{
	openAIGo:    {"github.com/openai/openai-go/v3"},
	goOpenAI:    {"github.com/sashabaranov/go-openai"},
	langChainGo: {"github.com/tmc/langchaingo"},
	eino:        {"github.com/cloudwego/eino-ext/components/model/openai"},
	genkit:      {"github.com/firebase/genkit/go"},
	azOpenAI:    {"github.com/Azure/azure-sdk-for-go/sdk/ai/azopenai"},
}

// TestAdaptersMatchLibraries checks every table entry of every client
// against the real library: a renamed method or option would otherwise
// silently turn a check off.
func TestAdaptersMatchLibraries(t *testing.T) {
	dir := analysistest.TestData()
	testmod.Download(t, dir)
	var patterns []string
	// A client's names are relative to its root or, for a client with a
	// core module, to that module's: the package a name is in is looked
	// for under both, and may be missing from one.
	optional := map[string]bool{}
	for _, c := range clients {
		roots := testedRoots[c]
		if len(roots) == 0 {
			t.Fatalf("client %s has no tested version in testedRoots", c.Name)
		}
		for _, root := range roots {
			for _, key := range adapterNames(c) {
				patterns = append(patterns, join(root, key.Pkg))
				if c.corePath != "" {
					patterns = append(patterns, join(c.corePath, key.Pkg))
					optional[join(root, key.Pkg)] = true
					optional[join(c.corePath, key.Pkg)] = true
				}
			}
			if c.fixedRolePackage != "" {
				patterns = append(patterns, join(root, c.fixedRolePackage))
			}
		}
	}
	for _, c := range clients {
		for key := range c.credentialMakers {
			patterns = append(patterns, key.Pkg)
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
			if optional[p.PkgPath] {
				continue
			}
			t.Fatalf("loading %s: %v", p.PkgPath, p.Errors)
		}
		byPath[p.PkgPath] = p.Types
	}
	for _, c := range clients {
		for key := range c.credentialMakers {
			if pkg := byPath[key.Pkg]; pkg == nil || pkg.Scope().Lookup(key.Member) == nil {
				t.Errorf("%s: no function %s", c.Name, key)
			}
		}
		for _, root := range testedRoots[c] {
			checkAdapter(t, c, func(key names.Name) types.Object {
				pkg := byPath[join(root, key.Pkg)]
				if pkg == nil && c.corePath != "" {
					pkg = byPath[join(c.corePath, key.Pkg)]
				}
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
				t := recv.Type()
				if !types.IsInterface(t) {
					t = types.NewPointer(t)
				}
				obj, _, _ := types.LookupFieldOrMethod(t, true, recv.Pkg(), key.Member)
				return obj
			})
		}
	}
}

// adapterNames lists the names of c's tables.
func adapterNames(c *Client) []names.Name {
	all := slices.Concat(
		slices.Collect(maps.Keys(c.endpoints)),
		slices.Collect(maps.Keys(c.identified)),
		slices.Collect(maps.Keys(c.keyTakers)),
		slices.Collect(maps.Keys(c.endpointArguments)),
		slices.Collect(maps.Keys(c.messageConstructors)),
		slices.Collect(maps.Keys(c.roleArguments)),
		slices.Collect(maps.Keys(c.promptCalls)),
		slices.Collect(maps.Keys(c.fieldOptions)),
		slices.Collect(maps.Keys(c.fieldTags)),
		slices.Collect(maps.Keys(c.jsonMapOptions)),
		slices.Collect(maps.Keys(c.systemMessageTypes)),
		slices.Collect(maps.Keys(c.modelNameOptions)),
		slices.Collect(maps.Keys(c.defaultModelOptions)),
		slices.Collect(maps.Keys(c.modelOptions)),
		slices.Collect(maps.Keys(c.modelMakers)),
		slices.Collect(maps.Keys(c.configOptions)),
		slices.Collect(maps.Values(c.optionFor)),
		slices.Collect(maps.Keys(c.modelWrappers)),
		slices.Collect(maps.Keys(c.nestedOptions)),
		slices.Collect(maps.Keys(c.modelAdders)),
		slices.Collect(maps.Keys(c.promptDefiners)),
		slices.Collect(maps.Keys(c.pluginOptions)),
		slices.Collect(maps.Keys(c.templateFillers)),
		slices.Collect(maps.Keys(c.templateMakers)),
	)
	for _, pc := range c.promptCalls {
		all = slices.AppendSeq(all, maps.Values(pc.optionFor))
		if w := pc.optionWrapper; w != nil {
			all = append(all, w.fn)
			if w.elem != (names.Name{}) {
				all = append(all, w.elem)
			}
		}
	}
	for _, table := range []names.Table[bool]{c.constructors, c.jsonFieldOptions, c.headerOptions, c.baseURLOptions, c.optionalConstructors, c.systemRoleTypes, c.modelTypes, c.opaqueOptions, c.templateInputs} {
		all = slices.AppendSeq(all, maps.Keys(table))
	}
	for _, name := range c.optionalConstructorFor {
		all = append(all, names.Name{Member: name})
	}
	for _, n := range []names.Name{c.optionalType, c.configConstructor} {
		if n != (names.Name{}) {
			all = append(all, n)
		}
	}
	return all
}

// checkAdapter holds c's tables to one version of its library, whose
// names lookup finds.
func checkAdapter(t *testing.T, c *Client, lookup func(names.Name) types.Object) {
	t.Helper()
	for key := range c.endpoints {
		if !c.sendsRequests(key.Type) {
			t.Errorf("%s %s: senders do not cover the receiver", c.Name, key)
		}
		fn, ok := lookup(key).(*types.Func)
		if !ok {
			t.Errorf("%s: no method %s", c.Name, key)
			continue
		}
		params := paramsTypes(fn)
		if len(params) == 0 {
			t.Errorf("%s %s takes no params struct", c.Name, key)
			continue
		}
		// An endpoint listed as identified has the field in the tested
		// version; one not listed does not (or the check would miss old
		// versions of it).
		_, st, _ := paramsStruct(params[0])
		identified := c.identified[key]
		fields := jsonFields(st)
		if _, has := fields[FieldSafetyIdentifier]; has != (identified == BySafetyIdentifier) {
			t.Errorf("%s %s: safety_identifier in %s is %v, identified says %v", c.Name, key, params[0].Obj().Name(), has, identified)
		}
		if _, has := fields[FieldUser]; identified == ByUserOnly && !has {
			t.Errorf("%s %s: identified by user only, but %s has no user field", c.Name, key, params[0].Obj().Name())
		}
	}
	for key := range c.identified {
		if _, ok := c.endpoints[key]; !ok {
			t.Errorf("%s: identified endpoint %s is not in endpoints", c.Name, key)
		}
	}
	funcs := []names.Table[bool]{c.constructors, c.jsonFieldOptions, c.jsonMapOptions, c.headerOptions, c.baseURLOptions, c.optionalConstructors, c.opaqueOptions, c.modelOptions, c.modelMakers, c.configOptions, c.nestedOptions}
	for _, table := range funcs {
		for key := range table {
			if _, ok := lookup(key).(*types.Func); !ok {
				t.Errorf("%s: no function %s", c.Name, key)
			}
		}
	}
	for key := range c.keyTakers {
		if _, ok := lookup(key).(*types.Func); !ok {
			t.Errorf("%s: no function %s", c.Name, key)
		}
	}
	for key, i := range c.endpointArguments {
		if fn, ok := lookup(key).(*types.Func); !ok || i >= fn.Signature().Params().Len() || !isString(fn.Signature().Params().At(i).Type()) {
			t.Errorf("%s: no function %s with a URL argument %d", c.Name, key, i)
		}
	}
	for key := range c.messageConstructors {
		if _, ok := lookup(key).(*types.Func); !ok {
			t.Errorf("%s: no function %s", c.Name, key)
		}
	}
	for _, name := range c.optionalConstructorFor {
		if _, ok := lookup(names.Name{Member: name}).(*types.Func); !ok {
			t.Errorf("%s: no function %s", c.Name, name)
		}
	}
	if c.optionalType != (names.Name{}) {
		if _, ok := lookup(c.optionalType).(*types.TypeName); !ok {
			t.Errorf("%s: no type %s", c.Name, c.optionalType)
		}
	}
	if c.configConstructor != (names.Name{}) {
		fn, ok := lookup(c.configConstructor).(*types.Func)
		var config types.Type
		if ok && fn.Signature().Params().Len() > 0 {
			params := fn.Signature().Params()
			config = params.At(params.Len() - 1).Type()
			if p, isPointer := config.(*types.Pointer); isPointer {
				config = p.Elem()
			}
		}
		if config == nil {
			t.Errorf("%s: no function %s of a config", c.Name, c.configConstructor)
		} else if st, ok := config.Underlying().(*types.Struct); !ok || !hasField(st, c.configBaseURLField) {
			t.Errorf("%s: %s's config has no field %s", c.Name, c.configConstructor, c.configBaseURLField)
		}
	}
	for key, index := range c.roleArguments {
		fn, ok := lookup(key).(*types.Func)
		if !ok {
			t.Errorf("%s: no function %s", c.Name, key)
			continue
		}
		if params := fn.Signature().Params(); index >= params.Len() || params.At(index).Name() != "role" {
			t.Errorf("%s %s: argument %d is not the role", c.Name, key, index)
		}
	}
	for key, pc := range c.promptCalls {
		fn, ok := lookup(key).(*types.Func)
		if !ok {
			t.Errorf("%s: no function %s", c.Name, key)
			continue
		}
		params := fn.Signature().Params()
		if pc.prompt >= params.Len() || !isPrompt(params.At(pc.prompt).Type()) {
			t.Errorf("%s %s: argument %d is not the prompt", c.Name, key, pc.prompt)
		}
		if pc.model >= 0 && (pc.model >= params.Len() || !types.IsInterface(params.At(pc.model).Type())) {
			t.Errorf("%s %s: argument %d is not a model", c.Name, key, pc.model)
		}
	}
	for key, w := range c.modelWrappers {
		fn, ok := lookup(key).(*types.Func)
		if w.arg < 0 {
			if !ok || fn.Signature().Recv() == nil {
				t.Errorf("%s: no method %s of a builder", c.Name, key)
			}
			continue
		}
		if !ok || w.arg >= fn.Signature().Params().Len() {
			t.Errorf("%s: no function %s with an argument %d", c.Name, key, w.arg)
			continue
		}
		config := fn.Signature().Params().At(w.arg).Type()
		if p, isPointer := config.(*types.Pointer); isPointer {
			config = p.Elem()
		}
		st, _ := config.Underlying().(*types.Struct)
		for _, field := range w.fields {
			if st == nil || !hasField(st, field) {
				t.Errorf("%s %s: argument %d has no field %s", c.Name, key, w.arg, field)
			}
		}
	}
	for key, arg := range c.modelAdders {
		fn, ok := lookup(key).(*types.Func)
		if !ok || arg >= fn.Signature().Params().Len() || !types.IsInterface(fn.Signature().Params().At(arg).Type()) {
			t.Errorf("%s: no method %s that adds the model at argument %d", c.Name, key, arg)
		}
	}
	for key, pc := range c.promptCalls {
		w := pc.optionWrapper
		if w == nil {
			continue
		}
		if !c.nestedOptions[w.fn] {
			t.Errorf("%s %s: the option a fix wraps in, %s, is not a nested option", c.Name, key, w.fn)
		}
		if _, ok := lookup(w.elem).(*types.TypeName); w.elem != (names.Name{}) && !ok {
			t.Errorf("%s %s: no type %s", c.Name, key, w.elem)
		}
	}
	for key := range c.modelNameOptions {
		if fn, ok := lookup(key).(*types.Func); !ok || fn.Signature().Params().Len() != 1 || !isString(fn.Signature().Params().At(0).Type()) {
			t.Errorf("%s: no option %s of a model name", c.Name, key)
		}
	}
	for key := range c.defaultModelOptions {
		if fn, ok := lookup(key).(*types.Func); !ok || fn.Signature().Params().Len() != 1 || !isString(fn.Signature().Params().At(0).Type()) {
			t.Errorf("%s: no option %s of a default model name", c.Name, key)
		}
	}
	for key, pc := range c.promptCalls {
		fn, ok := lookup(key).(*types.Func)
		if pc.instance > 0 && (!ok || pc.instance >= fn.Signature().Params().Len()) {
			t.Errorf("%s %s: no argument %d, the instance", c.Name, key, pc.instance)
		}
	}
	for _, table := range []names.Table[bool]{c.systemMessageTypes, c.modelTypes} {
		for key := range table {
			if _, ok := lookup(key).(*types.TypeName); !ok {
				t.Errorf("%s: no type %s", c.Name, key)
			}
		}
	}
	for key := range c.fieldOptions {
		if fn, ok := lookup(key).(*types.Func); !ok || fn.Signature().Params().Len() != 1 {
			t.Errorf("%s: no option %s of one argument", c.Name, key)
		}
	}
	fixOptions := []map[string]names.Name{c.optionFor}
	for _, pc := range c.promptCalls {
		fixOptions = append(fixOptions, pc.optionFor)
	}
	for _, optionFor := range fixOptions {
		for tag, key := range optionFor {
			if c.fieldOptions[key] != tag {
				t.Errorf("%s: the option a fix adds for %s, %s, does not set it", c.Name, tag, key)
			}
		}
	}
	for key := range c.fieldTags {
		if v, ok := lookup(key).(*types.Var); !ok || !v.IsField() {
			t.Errorf("%s: no field %s", c.Name, key)
		}
	}
	for key := range c.systemRoleTypes {
		if _, ok := lookup(key).(*types.TypeName); !ok {
			t.Errorf("%s: no type %s", c.Name, key)
		}
		if key.Pkg != c.fixedRolePackage {
			t.Errorf("%s: system role type %s is not of %s", c.Name, key, c.fixedRolePackage)
		}
	}
}

// isPrompt reports whether t can carry a prompt: text, messages, or a
// chain's input (any value, or values by the template's names).
func isPrompt(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Slice:
		return true
	case *types.Interface:
		return u.Empty()
	case *types.Map:
		return isString(u.Key())
	}
	return isString(t)
}

func hasField(st *types.Struct, name string) bool {
	for f := range st.Fields() {
		if f.Name() == name {
			return true
		}
	}
	return false
}

func TestClientOf(t *testing.T) {
	for _, tc := range []struct {
		path, root string
		client     *Client
	}{
		{"github.com/openai/openai-go", "github.com/openai/openai-go", openAIGo},
		{"github.com/openai/openai-go/option", "github.com/openai/openai-go", openAIGo},
		{"github.com/openai/openai-go/v2/responses", "github.com/openai/openai-go/v2", openAIGo},
		{"github.com/openai/openai-go/v3/packages/param", "github.com/openai/openai-go/v3", openAIGo},
		{"github.com/sashabaranov/go-openai", "github.com/sashabaranov/go-openai", goOpenAI},
		{"github.com/sashabaranov/go-openai/jsonschema", "github.com/sashabaranov/go-openai", goOpenAI},
		{"github.com/tmc/langchaingo/llms/openai", "github.com/tmc/langchaingo", langChainGo},
		{"github.com/cloudwego/eino-ext/components/model/openai", "github.com/cloudwego/eino-ext/components/model/openai", eino},
		{"github.com/cloudwego/eino/schema", "github.com/cloudwego/eino", eino},
		{"github.com/cloudwego/eino-ext/components/model/ark", "", nil},
		{"github.com/firebase/genkit/go/plugins/compat_oai/openai", "github.com/firebase/genkit/go", genkit},
		{"github.com/openai/openai-go-extras", "", nil},
		{"example.com/openai", "", nil},
	} {
		c, root, ok := ClientOf(tc.path)
		if c != tc.client || root != tc.root || ok != (tc.client != nil) {
			t.Errorf("ClientOf(%q) = %v, %q, %v; want %v, %q", tc.path, c, root, ok, tc.client, tc.root)
		}
	}
}
