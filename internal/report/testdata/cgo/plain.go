package cgo

// A file of the package that does not import "C" is passed as it is.
func plainCalls() {
	send() // want "send called"
}
