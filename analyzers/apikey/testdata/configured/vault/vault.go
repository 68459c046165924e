// Package vault wraps the client; only the configuration says that
// Connect takes the key.
package vault

func Connect(baseURL, key string) {}

func Label(name string) {}
