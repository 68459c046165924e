// Package azopenai builds Azure OpenAI prompts from user input.
package azopenai

import (
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/ai/azopenai"
)

type server struct {
	client     *azopenai.Client
	deployment string
}

func (s *server) persona(w http.ResponseWriter, r *http.Request) {
	msgs := []azopenai.ChatRequestMessageClassification{
		&azopenai.ChatRequestSystemMessage{Content: azopenai.NewChatRequestSystemMessageContent("You are " + r.FormValue("persona"))},
		&azopenai.ChatRequestUserMessage{Content: azopenai.NewChatRequestUserMessageContent(r.FormValue("q"))},
	}
	s.client.GetChatCompletions(r.Context(), azopenai.ChatCompletionsOptions{DeploymentName: &s.deployment, Messages: msgs}, nil) // want `^user input from r.FormValue\("persona"\) reaches the system prompt`
}

func (s *server) question(w http.ResponseWriter, r *http.Request) {
	msgs := []azopenai.ChatRequestMessageClassification{
		&azopenai.ChatRequestSystemMessage{Content: azopenai.NewChatRequestSystemMessageContent("You answer questions about our product.")},
		&azopenai.ChatRequestUserMessage{Content: azopenai.NewChatRequestUserMessageContent(r.FormValue("persona"))},
	}
	s.client.GetChatCompletions(r.Context(), azopenai.ChatCompletionsOptions{DeploymentName: &s.deployment, Messages: msgs}, nil)
}
