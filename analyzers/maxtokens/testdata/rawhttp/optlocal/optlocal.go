// Package optlocal points another package's client at other servers,
// with its option, its constructor, or a helper given the URL.
package optlocal

import "example.com/maxtokens/rawhttp/optclient"

func ask(q string) {
	optclient.New(optclient.WithBaseURL("http://localhost:11434/v1")).Chat(optclient.ChatRequest{Model: "llama3", Messages: []optclient.Message{{Role: "user", Content: q}}})
	optclient.NewAt("http://localhost:8080/v1").Chat(optclient.ChatRequest{Model: "llama3", Messages: []optclient.Message{{Role: "user", Content: q}}})
	router("https://openrouter.ai/api/v1").Chat(optclient.ChatRequest{Model: "gpt-4o-mini", Messages: []optclient.Message{{Role: "user", Content: q}}})
}

func router(base string) *optclient.Client {
	return optclient.New(optclient.WithBaseURL(base))
}
