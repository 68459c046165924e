// Package deploy applies manifests; only the configuration says that
// model output must not reach it unreviewed.
package deploy

// Apply applies a manifest to the cluster.
func Apply(manifest string) error { return nil }

// Log records a manifest; it is not a sink.
func Log(manifest string) {}

// Reviewed waits for a person to approve text.
func Reviewed(text string) string { return text }
