// Package textonly calls no model: the text its functions return is read
// from their syntax.
package textonly

import (
	"fmt"
	"strings"
)

func Join(a, b string) string { // want Join:`taint\(returns=\[0 1\] requests=\[\] verdicts=\[\]\)`
	return a + ": " + b
}

func Template(topic string, n int) string { // want Template:`taint\(returns=\[0\] requests=\[\] verdicts=\[\]\)`
	text := fmt.Sprintf("Write about %s.", topic)
	if n > 0 {
		text += strings.Repeat("!", n)
	}
	return text
}

// No summary: a constant, a call of the package's own, a loop.
func Constant(topic string) string { return "Write." }

func Own(topic string) string { return Join(topic, "x") }

func Lines(items []string) string {
	var out string
	for _, item := range items {
		out += item
	}
	return out
}
