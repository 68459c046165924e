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
