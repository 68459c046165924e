package secret

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"

	"github.com/openaivet/openaivet/internal/secret/fakekey"
)

// spell writes s as the body of a Go string literal, spelling the
// characters at the positions in escaped with an escape sequence, each in
// the form the position picks: \x, \u, \U or octal.
func spell(s string, escaped map[int]bool) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if !escaped[i] {
			b.WriteByte(s[i])
			continue
		}
		switch i % 4 {
		case 0:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case 1:
			fmt.Fprintf(&b, `\u%04x`, s[i])
		case 2:
			fmt.Fprintf(&b, `\U%08x`, s[i])
		default:
			fmt.Fprintf(&b, `\%03o`, s[i])
		}
	}
	return b.String()
}

// keySource is a file that declares key as a constant expression of the
// literals that splitting it at cuts makes, escaped where escaped says,
// and uses it where the type checker rejects it, so that its error quotes
// the expression and the constant.
func keySource(key string, cuts []int, escaped map[int]bool, raw bool) string {
	var lits []string
	last := 0
	for _, cut := range append(cuts, len(key)) {
		if cut <= last || cut > len(key) {
			continue
		}
		part := key[last:cut]
		if raw {
			lits = append(lits, "`"+part+"`")
		} else {
			shifted := make(map[int]bool)
			for i := range part {
				shifted[i] = escaped[last+i]
			}
			lits = append(lits, `"`+spell(part, shifted)+`"`)
		}
		last = cut
	}
	return "package keys\n\nconst prefix = " + lits[0] + "\n\nvar key []byte = prefix" +
		strings.Join(append([]string{""}, lits[1:]...), " +\n\t") + "\n\nvar n int = key\n"
}

// outputs returns the ways the text of src can reach an output: the type
// checker's errors (as a compiler or vet prints them), as JSON quotes
// them, and src's lines as a unified diff shows them.
func outputs(t testing.TB, src string) []string {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "keys.go", src, 0)
	if err != nil {
		t.Fatalf("%v\n%s", err, src)
	}
	var errs []string
	conf := types.Config{Importer: importer.Default(), Error: func(err error) { errs = append(errs, err.Error()) }}
	conf.Check("keys", fset, []*ast.File{f}, nil)
	if len(errs) == 0 {
		t.Fatalf("no type error to quote the key:\n%s", src)
	}
	var out []string
	for _, e := range errs {
		js, _ := json.Marshal(map[string]string{"message": e})
		out = append(out, e, string(js))
	}
	var diff strings.Builder
	diff.WriteString("--- keys.go (old)\n+++ keys.go (new)\n@@ -1,9 +1,9 @@\n")
	for line := range strings.Lines(src) {
		diff.WriteString(" " + line)
		diff.WriteString("-" + line)
	}
	js, _ := json.Marshal(diff.String())
	return append(out, diff.String(), string(js))
}

// leak returns a piece of key, or of a spelling of it in src, of 12
// characters that text holds, or "".
func leak(key string, spellings []string, text string) string {
	for _, s := range append(spellings, key) {
		for i := 0; i+window <= len(s); i++ {
			if strings.Contains(text, s[i:i+window]) {
				return s[i : i+window]
			}
		}
	}
	return ""
}

// spellings returns the parts of src's string literals that spell key.
func spellings(src string) []string {
	var out []string
	for line := range strings.Lines(src) {
		for _, quote := range []string{`"`, "`"} {
			parts := strings.Split(line, quote)
			for i := 1; i < len(parts); i += 2 {
				out = append(out, parts[i])
			}
		}
	}
	return out
}

func redactorFor(t testing.TB, src string) *Redactor {
	f, err := parser.ParseFile(token.NewFileSet(), "keys.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	r := NewRedactor()
	r.AddFiles([]*ast.File{f})
	return r
}

func TestRedactorSourcePieces(t *testing.T) {
	key := fakekey.New("sk-proj-", 74, 11)
	marker := strings.Index(key, "T3Blbk")
	for _, c := range []struct {
		name    string
		cuts    []int
		escaped map[int]bool
		raw     bool
	}{
		{name: "whole"},
		{name: "two halves, the second without prefix or marker", cuts: []int{marker + 8 + 20}},
		{name: "three pieces", cuts: []int{30, 100}},
		{name: "pieces shorter than a window", cuts: []int{5, 16, 27, 38, 49, 60, 71, 82, 93, 104, 115, 126, 137, 148}},
		{name: "hex escape in the marker", escaped: map[int]bool{marker + 4: true}},
		{name: "escapes of every kind", cuts: []int{40}, escaped: map[int]bool{12: true, 13: true, 14: true, 15: true, 90: true, 131: true}},
		{name: "escaped prefix", escaped: map[int]bool{0: true, 1: true}},
		{name: "raw strings", cuts: []int{50, 120}, raw: true},
	} {
		t.Run(c.name, func(t *testing.T) {
			src := keySource(key, c.cuts, c.escaped, c.raw)
			r := redactorFor(t, src)
			for _, out := range outputs(t, src) {
				if piece := leak(key, spellings(src), r.Redact(out)); piece != "" {
					t.Errorf("%q is left in\n%s\nredacted from\n%s", piece, r.Redact(out), out)
				}
			}
		})
	}
}

func TestRedactorLeavesOtherText(t *testing.T) {
	const src = `package p

const greeting = "Hello, this string is long but holds no key at all"

var header = "Bearer " + token

const token = "sk-your-key-here"
`
	r := redactorFor(t, src)
	for _, text := range []string{
		`p.go:3:18: cannot use "Hello, this string is long but holds no key at all" (untyped string constant) as int value`,
		`-var header = "Bearer " + token`,
	} {
		if got := r.Redact(text); got != text {
			t.Errorf("Redact changed text that holds no key:\n%s\n%s", text, got)
		}
	}
}

func TestRedactorWholeRun(t *testing.T) {
	key := fakekey.New("sk-admin-", 74, 12)
	half := key[len(key)/2:]
	src := "package p\n\nconst a = \"" + key[:len(key)/2] + "\"\n\nconst b = a + \"" + half + "\"\n"
	r := redactorFor(t, src)
	got := r.Redact(`context: "` + half + `" and more`)
	want := `context: "…[redacted: ` + fmt.Sprint(len(half)) + ` characters, sha256 `
	if !strings.HasPrefix(got, want) || !strings.HasSuffix(got, `]" and more`) {
		t.Errorf("a known piece is not replaced whole:\n%s", got)
	}
}

func TestDecodeLiteral(t *testing.T) {
	for _, c := range []struct {
		lit, value string
	}{
		{`"abc"`, "abc"},
		{`"a\x62c"`, "abc"},
		{`"a\u0062\U00000063\144"`, "abcd"},
		{`"é\u00e9"`, "éé"},
		{"`a\r\nb`", "a\nb"},
	} {
		seg, ok := decodeLiteral(c.lit)
		if !ok || seg.value != c.value || len(seg.offsets) != len(seg.value)+1 {
			t.Errorf("decodeLiteral(%s) = %q, %v, %v; want %q", c.lit, seg.value, seg.offsets, ok, c.value)
			continue
		}
		// Each byte is spelled at or after the one before it, within
		// the quotes.
		for i := 1; i < len(seg.offsets); i++ {
			if seg.offsets[i] < seg.offsets[i-1] || seg.offsets[i] >= len(c.lit) {
				t.Errorf("decodeLiteral(%s): offsets %v out of order", c.lit, seg.offsets)
			}
		}
	}
}

func TestRedactorAzureKeys(t *testing.T) {
	hex, marked := fakekey.AzureHex(13), fakekey.Azure(14)
	src := "package p\n\nfunc f() {\n\tcredential(\"" + hex[:16] + "\" + \"" + hex[16:] + "\")\n\tcredential(\"" + marked + "\")\n}\n"
	r := redactorFor(t, src)
	for _, out := range []string{
		"p.go:4:13: " + hex + " given",
		"p.go:5:13: key " + marked[20:50],
	} {
		got := r.Redact(out)
		for _, key := range []string{hex, marked} {
			for i := 0; i+12 <= len(key); i++ {
				if strings.Contains(got, key[i:i+12]) {
					t.Errorf("%q is left in\n%s", key[i:i+12], got)
				}
			}
		}
	}
}
