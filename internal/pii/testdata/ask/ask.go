// Package ask is how the testdata puts a question to the pii engine: the
// result-dump test reports what the engine resolves for the argument of
// every call to About, as a check asks about an identifier it sends.
package ask

// About does nothing; the test reads its argument.
func About(v any) {}
