// Package deploy applies manifests; only the configuration says that
// model output must not reach it unreviewed.
package deploy

// Apply applies a manifest to the cluster.
func Apply(manifest string) error { return nil }

// Log records a manifest; it is not a sink.
func Log(manifest string) {}

// Reviewed waits for a person to approve text.
func Reviewed(text string) string { return text }

// Approved asks the on-call engineer to approve text, and reports whether
// they did; the configuration names it as a sanitizer.
func Approved(text string) bool { return false }

// Valid reports whether text parses; it asks no one.
func Valid(text string) bool { return true }
