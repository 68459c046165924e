// Package givenapp gives the server its model.
package givenapp

import (
	"net/http"

	"example.com/inputlimit/clients/langchaingo/givensvc"
	"github.com/tmc/langchaingo/llms/ollama"
	"github.com/tmc/langchaingo/llms/openai"
)

func routes(mux *http.ServeMux) error {
	gpt, err := openai.New()
	if err != nil {
		return err
	}
	givensvc.NewServer(gpt).Routes(mux) // want `^user input from r.FormValue\("q"\) reaches the prompt with no length limit: .* \(at givensvc/givensvc.go:22, through this model\)$`

	llama, err := ollama.New(ollama.WithModel("llama3"))
	if err != nil {
		return err
	}
	givensvc.NewServer(llama).Routes(http.NewServeMux())
	return nil
}
