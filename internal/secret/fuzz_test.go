package secret

import (
	"slices"
	"strings"
	"testing"

	"github.com/openaivet/openaivet/internal/secret/fakekey"
)

// FuzzRedact holds the promise that matters most: whatever the text,
// redaction never panics and leaves no key it can find.
func FuzzRedact(f *testing.F) {
	f.Add("no key here")
	f.Add(`option.WithAPIKey("` + fakekey.New("sk-proj-", 74, 1) + `")`)
	f.Add("Bearer " + fakekey.Unmarked("sk-", 48, 2))
	f.Add(fakekey.New("sk-", 20, 3) + fakekey.New("sk-admin-", 74, 4))
	f.Add("sk-" + strings.Repeat("T3BlbkFJ", 5))
	f.Fuzz(func(t *testing.T, text string) {
		keys := Find(text, true)
		for _, k := range keys {
			if k.Start < 0 || k.End > len(text) || k.Start >= k.End {
				t.Fatalf("key out of bounds: %+v in %d bytes", k, len(text))
			}
		}
		out := Redact(text)
		for _, k := range keys {
			if key := text[k.Start:k.End]; strings.Contains(out, key) {
				t.Fatalf("Redact left a key in place: %q", out)
			}
		}
		if again := Find(out, true); len(again) != 0 {
			t.Fatalf("redacted text still holds keys: %v in %q", again, out)
		}
	})
}

// FuzzFind holds the key finder's promise: whatever text surrounds an
// issued key, once a character that cannot be part of a key separates
// them, the key is found whole, of its kind and length.
func FuzzFind(f *testing.F) {
	f.Add("", "", uint64(1), uint8(0))
	f.Add(`client := openai.NewClient(option.WithAPIKey("`, `"))`, uint64(2), uint8(1))
	f.Add("OPENAI_API_KEY=", "\n", uint64(3), uint8(2))
	f.Add("task-", "-sk-", uint64(4), uint8(3))
	f.Fuzz(func(t *testing.T, before, after string, seed uint64, kind uint8) {
		prefixes := []string{"sk-proj-", "sk-svcacct-", "sk-admin-", "sk-"}
		prefix := prefixes[int(kind)%len(prefixes)]
		key := fakekey.New(prefix, 74, seed)
		text := before + " " + key + " " + after
		start := len(before) + 1
		for _, k := range Find(text, false) {
			if k.Start == start && k.End == start+len(key) {
				if k.Prefix != prefix || k.Length != len(key) {
					t.Fatalf("found %s of length %d, want %s of length %d", k.Prefix, k.Length, prefix, len(key))
				}
				return
			}
		}
		t.Fatalf("the key at %d in %q was not found whole: %v", start, text, Find(text, false))
	})
}

// FuzzRedactSource holds the promise for keys a program's source spells
// in pieces: however a key is cut into string literals and escaped, no
// 12 characters of it, nor of its spelling, are left where the source's
// text is printed: in the type checker's errors, as the compiler and vet
// print them, in a unified diff of its lines, and in JSON.
func FuzzRedactSource(f *testing.F) {
	f.Add(uint64(1), uint8(0), []byte{90}, []byte{}, false)
	f.Add(uint64(2), uint8(1), []byte{20, 70, 120}, []byte{3, 9, 81}, false)
	f.Add(uint64(3), uint8(2), []byte{}, []byte{0, 1, 2, 3, 4, 5, 6, 7, 8}, false)
	f.Add(uint64(4), uint8(3), []byte{10, 30}, []byte{}, true)
	f.Fuzz(func(t *testing.T, seed uint64, kind uint8, cuts, escapes []byte, raw bool) {
		format := fakekey.Formats[int(kind)%len(fakekey.Formats)]
		key := fakekey.New(format.Prefix, format.Half, seed)
		var at []int
		for _, c := range cuts {
			at = append(at, int(c)%len(key))
		}
		slices.Sort(at)
		escaped := make(map[int]bool)
		for _, e := range escapes {
			escaped[int(e)%len(key)] = true
		}
		src := keySource(key, at, escaped, raw)
		r := redactorFor(t, src)
		for _, out := range outputs(t, src) {
			if piece := leak(key, spellings(src), r.Redact(out)); piece != "" {
				t.Fatalf("%q is left in\n%s", piece, r.Redact(out))
			}
		}
	})
}
