// Package accounts returns personal data, hashed and not: its functions'
// summaries travel as facts.
package accounts

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
)

type User struct{ ID, Email, Phone string }

func Contact(u User) string { return u.Email } // want Contact:`personal\(kinds=\[an e-mail address\] params=\[\]\)`

func Normalize(s string) string { return strings.ToLower(strings.TrimSpace(s)) } // want Normalize:`personal\(kinds=\[\] params=\[0\]\)`

func Hash(s string) string { // want Hash:"digest"
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

type Account struct{ ID, Email string }

func (a Account) Contact() string { return a.Email } // want Contact:`personal\(kinds=\[an e-mail address\] params=\[\]\)`

// Opaque values say nothing: no fact.
func ID(u User) string { return u.ID }

func Count(u User) int { return len(u.Email) }
