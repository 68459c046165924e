// Package givenapp gives the bots their models.
package givenapp

import (
	"net/http"

	"example.com/promptinject/clients/langchaingo/givenbot"
	"github.com/tmc/langchaingo/llms/ollama"
	"github.com/tmc/langchaingo/llms/openai"
)

func routes() error {
	gpt, err := openai.New()
	if err != nil {
		return err
	}
	http.Handle("/persona", givenbot.NewPersona(gpt)) // want `^user input from r.FormValue\("persona"\) reaches the system prompt: .* \(at givenbot/givenbot.go:21, through this model\)$`
	http.Handle("/guest", givenbot.NewGuest(gpt))

	// Another provider's model is not OpenAI's to protect.
	llama, err := ollama.New(ollama.WithModel("llama3"))
	if err != nil {
		return err
	}
	http.Handle("/local", givenbot.NewPersona(llama))
	return nil
}
