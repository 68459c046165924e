// Package azopenai sends user input to Azure OpenAI.
package azopenai

import (
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/ai/azopenai"
)

type server struct {
	client     *azopenai.Client
	deployment string
}

func (s *server) ask(w http.ResponseWriter, r *http.Request) {
	msgs := []azopenai.ChatRequestMessageClassification{
		&azopenai.ChatRequestUserMessage{Content: azopenai.NewChatRequestUserMessageContent(r.FormValue("q"))},
	}
	s.client.GetChatCompletions(r.Context(), azopenai.ChatCompletionsOptions{DeploymentName: &s.deployment, Messages: msgs}, nil) // want `^user input from r.FormValue\("q"\) reaches the prompt with no moderation`
}
