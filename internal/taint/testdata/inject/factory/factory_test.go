package factory

import (
	"testing"

	"example.com/taint/inject/llm"
	"example.com/taint/inject/ports"
)

// A wiring in a test is for the package's tests: it is no implementation
// that other packages follow.
func TestEcho(t *testing.T) {
	var e ports.Echoer = &llm.OpenAI{}
	_ = e
}
