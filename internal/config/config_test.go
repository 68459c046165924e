package config

import (
	"flag"
	"go/types"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/openaivet/openaivet/internal/names"
)

var testCeiling = NewInt(flag.NewFlagSet("maxtokens", flag.ContinueOnError), "maxtokens", "ceiling", 0, 0, "a ceiling (0: none)")

// The file's default is registered too, for TestLoadErrors.
var _ = NewInt(flag.NewFlagSet("maxtokens", flag.ContinueOnError), "maxtokens", "default", 1024, 1, "a bound")

// Package openaiapi registers the real clients; these stand for them.
func init() {
	RegisterClient("example.com/client", true)
	RegisterClient("example.com/plain", false)
}

func write(t *testing.T, dir, content string) string {
	t.Helper()
	path := filepath.Join(dir, FileName)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestLoad(t *testing.T) {
	path := write(t, t.TempDir(), `
checks: [all, -moderation]
options:
  maxtokens:
    ceiling: 8192
sources: [example.com/app/web.Param, (example.com/app/bot.Event).Text]
prompts: ["(*example.com/app/llm.Client).Ask", (example.com/app/gateway.Request).Prompt]
sinks: example.com/app/shell.Run
sanitizers: [example.com/app/safety.Client.Allow]
keys: [example.com/app/llm.New]
exclude: [internal/legacy, "**/*_old.go"]
operator: untrusted
clients:
  example.com/fork/client: example.com/client/v3
  example.com/fork/plain: example.com/plain
`)
	cfg, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Runs("moderation") || !cfg.Runs("safetyid") {
		t.Errorf("checks: moderation runs %v, safetyid %v; want false, true", cfg.Runs("moderation"), cfg.Runs("safetyid"))
	}
	if got := testCeiling.Get(cfg); got != 8192 {
		t.Errorf("maxtokens.ceiling = %d, want 8192 from the file", got)
	}
	for _, tc := range []struct {
		list names.Set
		want []string
	}{
		{cfg.Sources, []string{"(example.com/app/bot.Event).Text", "example.com/app/web.Param"}},
		{cfg.Prompts, []string{"(example.com/app/gateway.Request).Prompt", "(example.com/app/llm.Client).Ask"}},
		{cfg.Sinks, []string{"example.com/app/shell.Run"}},
		{cfg.Sanitizers, []string{"(example.com/app/safety.Client).Allow"}},
		{cfg.Keys, []string{"example.com/app/llm.New"}},
	} {
		var got []string
		for n := range tc.list {
			got = append(got, n.String())
		}
		slices.Sort(got)
		if !slices.Equal(got, tc.want) {
			t.Errorf("got %q, want %q", got, tc.want)
		}
	}
	if !cfg.OperatorUntrusted {
		t.Error("operator: untrusted did not make the operator untrusted")
	}
	if want := map[string]string{"example.com/fork/client": "example.com/client/v3", "example.com/fork/plain": "example.com/plain"}; !maps.Equal(cfg.Forks, want) {
		t.Errorf("clients: got %v, want %v", cfg.Forks, want)
	}
	dir := filepath.Dir(path)
	for file, want := range map[string]bool{
		"internal/legacy/a.go":     true,
		"internal/legacy/sub/b.go": true,
		"internal/legacyx/a.go":    false,
		"cmd/x/main_old.go":        true,
		"main_old.go":              true,
		"cmd/x/main.go":            false,
		"../elsewhere/x_old.go":    false,
	} {
		if got := cfg.Excluded(filepath.Join(dir, file)); got != want {
			t.Errorf("Excluded(%s) = %v, want %v", file, got, want)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	for _, tc := range []struct{ file, want string }{
		{"checks: [safetyid2]", `:1: checks: no check named "safetyid2"; the checks are apikey,`},
		{"checks: [-safetyid]", `:1: checks: "-safetyid" chooses no check; name the checks to run, or start with all to leave some out`},
		{"checks: []", `:1: checks: an empty list chooses no check`},
		{"checks: [all, -all]", `:1: checks: "all,-all" chooses no check`},
		{"chekcs: [all]", `:1: chekcs: unknown key; the keys are checks, options, exclude, operator, clients, sources,`},
		{"clients: [example.com/fork]", `:1: clients: want a mapping from a fork's module path to the library it forks`},
		{"clients:\n  example.com/fork: example.com/other", `:2: clients.example.com/fork: want the module path of a client library openaivet reads: example.com/client (or example.com/client/vN), example.com/plain; not str "example.com/other"`},
		{"clients:\n  example.com/fork: example.com/client/v1", `:2: clients.example.com/fork: want the module path of a client library`},
		{"clients:\n  example.com/fork: example.com/plain/v2", `:2: clients.example.com/fork: want the module path of a client library`},
		{"clients:\n  example.com/fork: [example.com/plain]", `:2: clients.example.com/fork: want the module path of a client library openaivet reads: example.com/client (or example.com/client/vN), example.com/plain; not a list`},
		{"clients:\n  example.com/client/v2: example.com/plain", `:2: clients: example.com/client/v2 is a client library openaivet reads already, not a fork`},
		{"clients:\n  \"example.com/a b\": example.com/plain", `:2: clients: "example.com/a b" is not a module path`},
		{"options:\n  maxtokens:\n    ceilling: 10", `:3: options.maxtokens.ceilling: no such option; maxtokens has: ceiling`},
		{"options:\n  maxtokens:\n    ceiling: lots", `:3: options.maxtokens.ceiling: want an integer, not "lots"`},
		{"options:\n  maxtokens:\n    default: -5", `:3: options.maxtokens.default: want an integer of at least 1, not -5`},
		{"options:\n  maxtokens:\n    default: 0", `:3: options.maxtokens.default: want an integer of at least 1, not 0`},
		{"options:\n  maxtokens:\n    ceiling: -1", `:3: options.maxtokens.ceiling: want an integer of at least 0, not -1`},
		{"options:\n  safetyid:\n    x: 1", `:3: options.safetyid: safetyid has no options`},
		{"options:\n  nosuch: {}", `:2: options.nosuch: no check named "nosuch"`},
		{"options: [maxtokens]", `:1: options: want a mapping from check to its options`},
		{"sources:\n  - example.com/app/web.Param\n  - Param", `:3: sources: "Param" is not a function, method or field name such as example.com/app/llm.Ask, (*example.com/app/llm.Client).Ask or (example.com/app/bot.Event).Text`},
		{"sinks: [example.com/app/shell.Run.Really.Deep]", `:1: sinks: "example.com/app/shell.Run.Really.Deep" is not a function, method or field name`},
		{"prompts: [(example.com/app/gateway.Request.Prompt]", `:1: prompts: "(example.com/app/gateway.Request.Prompt" is not a function, method or field name`},
		{"keys: [Param]", `:1: keys: "Param" is not a function or method name`},
		{"operator: yes", `:1: operator: want trusted (the default: the program serves the one who runs it) or untrusted (it serves others, whose input reaches its command line or standard input), not str "yes"`},
		{"operator: [untrusted]", `:1: operator: want trusted`},
		{"keys: {a: b}", `:1: keys: want a list of strings`},
		{"exclude: [1]", `:1: exclude: want a string, not int "1"`},
		{"exclude: [/abs]", `:1: exclude: "/abs" is not a relative path pattern`},
		{"exclude: [\"[\"]", `:1: exclude: "[" is not a relative path pattern`},
		{"checks: [all]\nchecks: [all]", `:2: checks: given twice`},
		{"- checks", `:1: the file must be a mapping`},
		{"checks: [all\n", `:1: did not find expected ',' or ']'`},
	} {
		path := write(t, t.TempDir(), tc.file)
		_, err := Load(path)
		if err == nil || !strings.HasPrefix(err.Error(), path) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Load(%q) = %v, want an error naming the file and %q", tc.file, err, tc.want)
		}
	}
}

func TestEmptyFile(t *testing.T) {
	cfg, err := Load(write(t, t.TempDir(), "# nothing yet\n"))
	if err != nil || !cfg.Runs("safetyid") {
		t.Errorf("an empty file: %v, safetyid runs %v", err, cfg.Runs("safetyid"))
	}
}

// The nearest file in or above a directory applies.
func TestFind(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a", "b", "c")
	other := filepath.Join(root, "a", "other")
	for _, d := range []string{deep, other} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	top := write(t, root, "checks: [safetyid]")
	near := write(t, filepath.Join(root, "a", "b"), "checks: [maxtokens]")
	for dir, want := range map[string]string{deep: near, other: top, root: top} {
		cfg, err := Find(dir)
		if err != nil || cfg.File != want {
			t.Errorf("Find(%s) = %v, %v; want the file %s", dir, cfg, err, want)
		}
	}
	if cfg, err := Find(string(filepath.Separator)); err != nil || cfg.File != "" {
		t.Errorf("Find(/) = %v, %v; want the defaults", cfg, err)
	}
}

// A flag given on the command line wins over the file.
func TestFlagWinsOverFile(t *testing.T) {
	fs := flag.NewFlagSet("maxtokens", flag.ContinueOnError)
	opt := NewInt(fs, "maxtokens", "default", 1024, 1, "a default")
	cfg := &Config{options: map[string]map[string]string{"maxtokens": {"default": "256"}}}
	if got := opt.Get(cfg); got != 256 {
		t.Errorf("from the file: %d, want 256", got)
	}
	if got := opt.Get(new(Config)); got != 1024 {
		t.Errorf("with no file: %d, want the default 1024", got)
	}
	if err := fs.Set("default", "512"); err != nil {
		t.Fatal(err)
	}
	if got := opt.Get(cfg); got != 512 {
		t.Errorf("with the flag: %d, want 512", got)
	}
	if err := fs.Set("default", "many"); err == nil {
		t.Error("a flag value that is not an integer was accepted")
	}
}

// A value below an option's least is an error, from the flag as from the
// file; the least itself is a value.
func TestIntRange(t *testing.T) {
	fs := flag.NewFlagSet("maxtokens", flag.ContinueOnError)
	bound := NewInt(fs, "maxtokens", "default", 1024, 1, "a bound")
	ceiling := NewInt(fs, "maxtokens", "ceiling", 0, 0, "a ceiling (0: none)")
	for _, tc := range []struct {
		opt     *Int
		value   string
		wantErr string
	}{
		{bound, "-5", "want an integer of at least 1, not -5"},
		{bound, "0", "want an integer of at least 1, not 0"},
		{bound, "1", ""},
		{ceiling, "-1", "want an integer of at least 0, not -1"},
		{ceiling, "0", ""},
	} {
		err := tc.opt.Set(tc.value)
		if (err == nil) != (tc.wantErr == "") || err != nil && err.Error() != tc.wantErr {
			t.Errorf("-%s.%s=%s: error %v, want %q", tc.opt.check, tc.opt.name, tc.value, err, tc.wantErr)
		}
		if err := tc.opt.validate(tc.value); (err == nil) != (tc.wantErr == "") {
			t.Errorf("%s.%s: %s in the file: error %v, want %q", tc.opt.check, tc.opt.name, tc.value, err, tc.wantErr)
		}
	}
}

// The file's names find the functions, methods and fields they name,
// spelt either way.
func TestNamesFind(t *testing.T) {
	pkg := types.NewPackage("example.com/app/llm", "llm")
	text := types.NewField(0, pkg, "Text", types.Typ[types.String], false)
	client := types.NewNamed(types.NewTypeName(0, pkg, "Client", nil), types.NewStruct([]*types.Var{text}, nil), nil)
	recv := types.NewVar(0, pkg, "c", types.NewPointer(client))
	ask := types.NewFunc(0, pkg, "Ask", types.NewSignatureType(recv, nil, nil, nil, nil, false))
	plain := types.NewFunc(0, pkg, "Ask", types.NewSignatureType(nil, nil, nil, nil, nil, false))
	cfg, err := Load(write(t, t.TempDir(), `
sources: [example.com/app/llm.Client.Text]
prompts: ["(*example.com/app/llm.Client).Ask"]
sinks: [example.com/app/llm.Ask]
`))
	if err != nil {
		t.Fatal(err)
	}
	if !cfg.Prompts.Has(ask) || cfg.Prompts.Has(plain) || cfg.Sinks.Has(ask) || !cfg.Sinks.Has(plain) {
		t.Error("methods and functions of the same name are told apart wrongly")
	}
	if !cfg.Sources.HasField(types.NewPointer(client), 0) || cfg.Prompts.HasField(client, 0) {
		t.Error("a field is found in the wrong list")
	}
	if cfg.OperatorUntrusted {
		t.Error("the operator is untrusted by default")
	}
}

// A fork that a file declares is known once the file is read for a
// package, and from then on; the longest declared path that holds a
// package wins.
func TestForkOf(t *testing.T) {
	root := t.TempDir()
	write(t, root, "clients:\n  example.com/forks/one: example.com/plain\n  example.com/forks/one/two: example.com/client\n")
	sub := filepath.Join(root, "sub")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	if _, _, ok := ForkOf("example.com/forks/one"); ok {
		t.Fatal("a fork is known before its file is read")
	}
	if _, err := Find(sub); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ pkg, fork, original string }{
		{"example.com/forks/one", "example.com/forks/one", "example.com/plain"},
		{"example.com/forks/one/chat", "example.com/forks/one", "example.com/plain"},
		{"example.com/forks/one/two/option", "example.com/forks/one/two", "example.com/client"},
		{"example.com/forks/onetwo", "", ""},
		{"example.com/plain", "", ""},
	} {
		fork, original, ok := ForkOf(tc.pkg)
		if fork != tc.fork || original != tc.original || ok != (tc.fork != "") {
			t.Errorf("ForkOf(%s) = %q, %q, %v; want %q, %q", tc.pkg, fork, original, ok, tc.fork, tc.original)
		}
	}
}

// Preload reads the files below a directory, as golangci-lint's plugin
// does before any package is analyzed.
func TestPreload(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "services", "bot")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	write(t, deep, "clients:\n  example.com/preloaded/fork: example.com/plain\n")
	Preload(Files(root))
	if _, original, ok := ForkOf("example.com/preloaded/fork/x"); !ok || original != "example.com/plain" {
		t.Errorf("after Preload, ForkOf = %q, %v; want example.com/plain", original, ok)
	}
}
