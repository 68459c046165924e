// Package lib is a project's own bot framework, model gateway, screen and
// job runner.
package lib

type Event struct {
	Text    string
	Channel string
}

func (e *Event) Attachment() string { return "" }

// Request is what the gateway sends to a model.
type Request struct {
	Model  string
	Prompt string
}

func Send(r Request) {}

// Verdict is what the project's screen returns: the input with what its
// rules forbid removed, and the input as it came.
type Verdict struct {
	Clean string
	Input string
}

type Job struct{ Script string }

func (j *Job) Run() {}
