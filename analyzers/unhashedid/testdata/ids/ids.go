// Package ids holds identifier helpers; their summaries travel as facts
// (internal/pii tests the facts themselves).
package ids

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
)

// Hash returns the SHA-256 of s in hex.
func Hash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

// Normalize lower-cases s: it hides nothing.
func Normalize(s string) string {
	return strings.ToLower(strings.TrimSpace(s))
}

type Account struct {
	ID    string
	Email string
}

// Contact returns the account's address.
func (a Account) Contact() string {
	return a.Email
}
