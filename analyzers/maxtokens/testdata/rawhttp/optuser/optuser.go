// Package optuser points another package's client at OpenAI, or leaves
// its default.
package optuser

import "example.com/maxtokens/rawhttp/optclient"

func ask(q string) {
	optclient.New().Chat(optclient.ChatRequest{Model: "gpt-4o-mini", Messages: []optclient.Message{{Role: "user", Content: q}}}) // want `^chat completion request has no output token limit: set MaxCompletionTokens$`
	optclient.New(optclient.WithBaseURL("https://api.openai.com/v1")).Chat(optclient.ChatRequest{Model: "gpt-4o-mini", Messages: []optclient.Message{{Role: "user", Content: q}}}) // want `^chat completion request has no output token limit: set MaxCompletionTokens$`
	optclient.NewAt("https://api.openai.com/v1").Chat(optclient.ChatRequest{Model: "gpt-4o-mini", Messages: []optclient.Message{{Role: "user", Content: q}}, MaxCompletionTokens: 512})
}
