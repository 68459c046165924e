// Package cgo calls C. cmd/cgo hands the checks a copy of each file that
// imports "C", marked as generated, with //line directives that point
// back here: the findings in such a file are the user's.
package cgo

/*
static int answer(void) { return 42; }
*/
import "C"

func send() int { return int(C.answer()) }

func calls() {
	send() // want "send called"

	//openaivet:ignore safetyid directives work in a file that imports "C"
	send()
}
