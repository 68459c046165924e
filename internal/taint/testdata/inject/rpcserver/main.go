// Command rpcserver wires the Twirp service to the model.
package main

import (
	"net/http"

	"example.com/taint/inject/llm"
	"example.com/taint/inject/rpc"
	"github.com/openai/openai-go/v3"
	"github.com/twitchtv/twirp/example"
)

func main() {
	hats := &rpc.Hats{AI: &llm.OpenAI{Client: openai.NewClient()}} // want `^flow from Twirp request size \(rpc/rpc.go:21\) to a chat completion request sent by OpenAI.Answer \(wired here as the rpc.Answerer called at rpc/rpc.go:26\) \[system\]$`
	http.ListenAndServe(":8080", example.NewHaberdasherServer(hats))
}
