package secret

import (
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
