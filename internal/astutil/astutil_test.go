package astutil

import "testing"

func TestIsStandard(t *testing.T) {
	for path, want := range map[string]bool{
		"fmt":                           true,
		"net/http":                      true,
		"crypto/sha256":                 true,
		"C":                             true,
		"vendor/golang.org/x/net/http2": true,
		"internal/godebug":              true,
		// Modules without a dot in their path are programs, not the
		// standard library.
		"app":                 false,
		"app/handler":         false,
		"chatbot/internal/ai": false,
		"example.com/x":       false,
		"github.com/a/b":      false,
	} {
		if got := IsStandard(path); got != want {
			t.Errorf("IsStandard(%q) = %v, want %v", path, got, want)
		}
	}
}
