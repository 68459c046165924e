// Package providers sends user input to other providers' APIs through
// OpenAI's client: the Moderation endpoint is OpenAI's, so moderation
// is not asked of them.
package providers

import (
	"net/http"

	"example.com/moderation/llm"
	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
)

func chat(q string) openai.ChatCompletionNewParams {
	return openai.ChatCompletionNewParams{Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(q)}}
}

func onXAI(w http.ResponseWriter, r *http.Request) {
	client := openai.NewClient(option.WithBaseURL("https://api.x.ai/v1"))
	client.Chat.Completions.New(r.Context(), chat(r.FormValue("q")))
}

func onOpenAI(w http.ResponseWriter, r *http.Request) {
	client := openai.NewClient()
	client.Chat.Completions.New(r.Context(), chat(r.FormValue("q"))) // want `^user input from r.FormValue\("q"\) reaches the prompt with no moderation`
}

func throughWrappers(w http.ResponseWriter, r *http.Request) {
	llm.AskLocal(r.Context(), r.FormValue("q"))
	llm.AskOpenAI(r.Context(), r.FormValue("q")) // want `^user input from r.FormValue\("q"\) reaches the prompt with no moderation`
}
