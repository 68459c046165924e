// Package app wires the assistant to a model and the handler to it.
package app

import (
	"net/http"

	"example.com/promptinject/clients/langchaingo/layered/handler"
	"example.com/promptinject/clients/langchaingo/layered/service"
	"github.com/tmc/langchaingo/llms/ollama"
	"github.com/tmc/langchaingo/llms/openai"
)

func routes(mux *http.ServeMux) error {
	gpt, err := openai.New()
	if err != nil {
		return err
	}
	h := handler.New(service.NewAssistant(gpt)) // want `^user input from r.FormValue\("persona"\) reaches the system prompt: .* \(at handler/handler.go:17, through this model\)$`
	mux.HandleFunc("/persona", h.Persona)
	mux.HandleFunc("/tutor", h.Tutor)

	// Another provider's model is not OpenAI's to protect.
	llama, err := ollama.New(ollama.WithModel("llama3"))
	if err != nil {
		return err
	}
	local := handler.New(service.NewAssistant(llama))
	mux.HandleFunc("/local", local.Persona)
	return nil
}
