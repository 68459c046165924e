package main_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/openaivet/openaivet/internal/secret/fakekey"
	"github.com/openaivet/openaivet/internal/testmod"
)

// escape spells the characters of s at the given offsets as escape
// sequences, one of each kind in turn: \x, \u, octal.
func escape(s string, at ...int) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch {
		case !slices.Contains(at, i):
			b.WriteByte(s[i])
		case i%3 == 0:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case i%3 == 1:
			fmt.Fprintf(&b, `\u%04x`, s[i])
		default:
			fmt.Fprintf(&b, `\%03o`, s[i])
		}
	}
	return b.String()
}

// markerAt returns the offset of the marker every issued key carries.
func markerAt(key string) int { return strings.Index(key, "T3Blbk") }

// spelledKeys writes into the module in dir packages that spell keys in
// ways no pattern of a key can find in printed text: split across string
// literals whose later pieces hold neither the prefix nor the marker, and
// written with escape sequences. It returns the keys, and the spellings
// of their escaped pieces.
func spelledKeys(t *testing.T, dir string) (keys, spellings []string) {
	t.Helper()
	key := func(seed uint64) string {
		k := fakekey.New("sk-proj-", 74, seed)
		keys = append(keys, k)
		return k
	}
	three, arg, escaped, dep, broken := key(101), key(102), key(103), key(104), key(105)
	escapedSpelling := escape(escaped, markerAt(escaped)+4, 40, 130)
	brokenSpelling := escape(broken, 9, 60, markerAt(broken)+2)
	spellings = append(spellings, escapedSpelling, brokenSpelling)
	cut := markerAt(dep) + 12 // the second piece has no prefix and no marker
	files := map[string]string{
		// A request that maxtokens fixes, between a key spelled with
		// escapes and a key split over three lines: the diff's context
		// lines show both. Its client takes a key split over two lines,
		// which apikey's fix removes: the diff shows it removed.
		"spelled/spelled.go": `package spelled

import (
	"context"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
)

func ask(ctx context.Context, userHash string) {
	client := openai.NewClient(option.WithAPIKey("` + arg[:70] + `" +
		"` + arg[70:] + `"))
	const escaped = "` + escapedSpelling + `"
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Model:            openai.ChatModelGPT4oMini,
		Messages:         []openai.ChatCompletionMessageParamUnion{openai.UserMessage(escaped)},
		SafetyIdentifier: openai.String(userHash),
	})
	const three = "` + three[:50] + `" +
		"` + three[50:110] + `" +
		"` + three[110:] + `"
	_ = three
}
`,
		// A package that does not compile, whose error quotes the
		// expression and the constant, is imported by another: the go
		// command prints the compiler's error.
		"brokendep/brokendep.go": "package brokendep\n\nvar Key []byte = \"" + dep[:cut] + "\" +\n\t\"" + dep[cut:] + "\"\n",
		"usesdep/usesdep.go":     "package usesdep\n\nimport _ \"example.com/apikey/brokendep\"\n",
		// A package that does not compile, analyzed on its own: the vet
		// tool prints the type checker's error.
		"brokenroot/brokenroot.go": "package brokenroot\n\nvar n int = \"" + brokenSpelling + "\"\n",
	}
	for name, src := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return keys, spellings
}

// keyModule returns a copy of apikey's testdata module, which holds keys
// of every kind, with spelledKeys's packages besides, and the keys and
// spellings to look for in what openaivet prints about it.
func keyModule(t *testing.T) (string, []string) {
	t.Helper()
	src := "../../analyzers/apikey/testdata"
	testmod.Download(t, src)
	dir, keys := testmod.CopyWithKeys(t, src)
	spelled, spellings := spelledKeys(t, dir)
	return dir, append(append(keys, spelled...), spellings...)
}

// assertNoPiece fails when any output holds 12 characters of a secret.
func assertNoPiece(t *testing.T, outputs map[string]string, secrets []string) {
	t.Helper()
	for what, out := range outputs {
		for _, s := range secrets {
			for i := 0; i+12 <= len(s); i++ {
				if piece := s[i : i+12]; strings.Contains(out, piece) {
					t.Errorf("%s: output holds %q, 12 characters of a key:\n%s", what, piece, out)
					break
				}
			}
		}
	}
}

// TestNoKeyInOutput runs every mode over a module full of keys of every
// kind and spelling and checks that no key, nor any 12-character piece of
// one, is printed.
func TestNoKeyInOutput(t *testing.T) {
	dir, keys := keyModule(t)
	outputs := make(map[string]string)
	for _, args := range [][]string{
		{"./..."},
		{"-f", "stylish", "./..."},
		{"-f", "json", "./..."},
		{"-f", "sarif", "./..."},
		{"-show-ignored", "./..."},
		{"-diff", "./..."},
		{"-v", "./..."},
		{"./usesdep"},
		{"-f", "json", "./usesdep"},
		{"-explain", "apikey"},
		{"-baseline", "baseline.json", "./keys", "./configured", "./spelled"},
		{"go", "vet", "-vettool=" + binary, "./keys", "./configured", "./spelled", "./brokenroot"},
		{"go", "vet", "-vettool=" + binary, "-json", "./keys", "./spelled", "./brokenroot"},
		{"go", "vet", "-vettool=" + binary, "-fix", "-diff", "./keys", "./spelled"},
	} {
		res := run(t, dir, args...)
		what := strings.Join(args, " ")
		outputs[what] = res.stdout + res.stderr
		if args[0] == "-baseline" {
			// The baseline is written past the output's redaction.
			baseline, err := os.ReadFile(filepath.Join(dir, "baseline.json"))
			if err != nil || !strings.Contains(string(baseline), "apikey") {
				t.Fatalf("no baseline written: %v\n%s", err, res.stderr)
			}
			outputs["the baseline file"] = string(baseline)
		}
		if args[0] == "./..." && !strings.Contains(res.stdout, "OpenAI project key in source") {
			t.Fatalf("no finding to check:\n%s%s", res.stdout, res.stderr)
		}
	}
	// Each spelling reached the output, redacted: the test sees the
	// places where it would leak.
	for what, want := range map[string]string{
		"./...":       "spelled/spelled.go:11:47: OpenAI project key",
		"-diff ./...": "-\tclient := openai.NewClient(option.WithAPIKey(\"sk-proj-…[redacted",
		"./usesdep":   "brokendep/brokendep.go:3:18: cannot use",
	} {
		if !strings.Contains(outputs[what], want) {
			t.Errorf("%s: output lacks %q:\n%s", what, want, outputs[what])
		}
	}
	assertNoPiece(t, outputs, keys)
}

// The switch between a redacting openaivet and the one it runs is not in
// the environment: no variable a user or a parent process sets turns
// redaction off, nor do openaivet's own variables leak into the runs of
// go vet that another openaivet starts.
func TestNoSwitchOffRedaction(t *testing.T) {
	dir, keys := keyModule(t)
	outputs := make(map[string]string)
	for _, env := range []string{"OPENAIVET_REDACTING_PARENT=1", "OPENAIVET_COMMAND=1", "OPENAIVET_SHOW_SUPPRESSED=1"} {
		for _, args := range [][]string{
			{"./keys", "./spelled", "./brokenroot"},
			{"-diff", "./spelled"},
			{"go", "vet", "-vettool=" + binary, "./keys", "./spelled", "./brokenroot"},
			{"go", "vet", "-vettool=" + binary, "-fix", "-diff", "./spelled"},
		} {
			res := runEnv(t, dir, []string{env}, args...)
			outputs[env+" "+strings.Join(args, " ")] = res.stdout + res.stderr
		}
	}
	assertNoPiece(t, outputs, keys)
}
