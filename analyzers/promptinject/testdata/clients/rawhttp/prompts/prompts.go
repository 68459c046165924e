// Package prompts builds prompt text and calls no model: its functions
// are summarized from their syntax.
package prompts

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
)

const persona = "You are %s. Answer in one paragraph."

// Persona formats its parameter into the template.
func Persona(role string) string { return fmt.Sprintf(persona, role) }

// Greeting builds its text in a local variable.
func Greeting(name string) string {
	text := "You greet "
	text += strings.TrimSpace(name)
	return text
}

// Fixed returns the same text whatever it is given.
func Fixed(topic string) string {
	if topic == "" {
		return "You answer questions."
	}
	return "You answer questions about our product."
}

// Digest returns a hash of its parameter, not its text.
func Digest(input string) string {
	sum := sha256.Sum256([]byte(input))
	return hex.EncodeToString(sum[:])
}
