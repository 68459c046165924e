// Package ids holds identifier helpers; their summaries travel as facts.
package ids

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
)

// Hash returns the SHA-256 of s in hex.
func Hash(s string) string { // want Hash:"digest"
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

// Normalize lower-cases s: it hides nothing.
func Normalize(s string) string { // want Normalize:`personal\(kinds=\[\] params=\[0\]\)`
	return strings.ToLower(strings.TrimSpace(s))
}

type Account struct {
	ID    string
	Email string
}

// Contact returns the account's address.
func (a Account) Contact() string { // want Contact:`personal\(kinds=\[an e-mail address\] params=\[\]\)`
	return a.Email
}
