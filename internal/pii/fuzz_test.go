package pii

import (
	"strings"
	"testing"
)

// FuzzClassifyName checks that any identifier or key classifies without a
// panic, and that a name saying it was hashed is never personal data.
func FuzzClassifyName(f *testing.F) {
	for _, seed := range []string{"email", "userEmailHash", "X-Forwarded-For", "fullName", "ÉMail", "a_b-c", ""} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, name string) {
		kind, hashed := classifyName(name)
		if hashed && kind != 0 {
			t.Fatalf("classifyName(%q) = %v and hashed", name, kind)
		}
		for _, w := range words(name) {
			if w == "" || w != strings.ToLower(w) {
				t.Fatalf("words(%q) has %q", name, w)
			}
		}
	})
}
