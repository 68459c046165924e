// Package entity builds the program's messages. It reads no input and
// sends nothing, so it builds no SSA: what its functions hand back is
// read from their syntax.
package entity

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"
)

type Message struct {
	ID, Role, Content string
}

// NewMessage keeps the content in the message it builds.
func NewMessage(role, content string) (*Message, error) {
	msg := &Message{ID: "m-1", Role: role, Content: content}
	if msg.Content == "" {
		return nil, errors.New("empty message")
	}
	return msg, nil
}

// Quote hands the text back joined with fixed text.
func Quote(s string) string { return "> " + s }

// Fingerprint hands back only a digest of the text.
func Fingerprint(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

// Size hands back only the text's length.
func Size(s string) int { return len(strings.TrimSpace(s)) }
