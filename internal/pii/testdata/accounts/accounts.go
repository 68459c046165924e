// Package accounts returns personal data, hashed and not: its functions'
// summaries travel as facts.
package accounts

import (
	"crypto/sha256"
	"encoding/hex"
	"hash/fnv"
	"os"
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

// Checksum returns the FNV-1a hash of s, which hides nothing of it.
func Checksum(s string) uint64 { // want Checksum:`personal\(kinds=\[\] params=\[0\]\)`
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}

// LocalPart returns the part of an address before the @.
func LocalPart(u User) string { // want LocalPart:`personal\(kinds=\[an e-mail address\] params=\[\]\)`
	local, _, _ := strings.Cut(u.Email, "@")
	return local
}

// Domain returns the part of an address after the @, which is nobody's.
func Domain(u User) string {
	_, domain, _ := strings.Cut(u.Email, "@")
	return domain
}

// EmailHash is named for a hash, and returns the address lower-cased.
func EmailHash(u User) string { // want EmailHash:`personal\(kinds=\[an e-mail address\] params=\[\]\)`
	emailHash := strings.ToLower(u.Email)
	return emailHash
}

// Store looks addresses up by ID: what it returns is not in the code, and
// only its methods' names say what they return.
type Store struct{ rows map[string]string }

func (s *Store) Email(id string) string { return s.rows[id] }

func (s *Store) Plan(id string) string { return s.rows[id] }

// The operator's settings, read at start.
var (
	AdminEmail = os.Getenv("ADMIN_EMAIL")
	Region     = os.Getenv("REGION")
)
