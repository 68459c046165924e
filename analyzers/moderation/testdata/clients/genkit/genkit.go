// Package genkit sends user input through Genkit's OpenAI plugin.
package genkit

import (
	"net/http"

	"github.com/firebase/genkit/go/ai"
	"github.com/firebase/genkit/go/genkit"
	oai "github.com/firebase/genkit/go/plugins/compat_oai/openai"
)

type server struct{ g *genkit.Genkit }

func (s *server) ask(w http.ResponseWriter, r *http.Request) {
	genkit.GenerateText(r.Context(), s.g, ai.WithModelName("openai/gpt-4o-mini"), ai.WithPrompt(r.FormValue("q"))) // want `^user input from r.FormValue\("q"\) reaches the prompt with no moderation`
}

func (s *server) gemini(w http.ResponseWriter, r *http.Request) {
	genkit.GenerateText(r.Context(), s.g, ai.WithModelName("googleai/gemini-2.5-flash"), ai.WithPrompt(r.FormValue("q")))
}

// A defined prompt takes user input as its template's input.
func (s *server) summarize(w http.ResponseWriter, r *http.Request) {
	p := genkit.DefinePrompt(s.g, "summary", ai.WithModelName("openai/gpt-4o-mini"), ai.WithPrompt("Summarize {{text}}."))
	p.Execute(r.Context(), ai.WithInput(map[string]any{"text": r.FormValue("text")})) // want `^user input from r.FormValue\("text"\) reaches the prompt with no moderation`
}

func (s *server) summarizeOnGemini(w http.ResponseWriter, r *http.Request) {
	p := genkit.DefinePrompt(s.g, "summary", ai.WithModelName("googleai/gemini-2.5-flash"), ai.WithPrompt("Summarize {{text}}."))
	p.Execute(r.Context(), ai.WithInput(map[string]any{"text": r.FormValue("text")}))
}

type summaryInput struct {
	Text string `json:"text"`
}

func (s *server) summarizeTyped(w http.ResponseWriter, r *http.Request) {
	p := genkit.DefineDataPrompt[summaryInput, string](s.g, "summary", ai.WithModelName("openai/gpt-4o-mini"), ai.WithPrompt("Summarize {{text}}."))
	p.Execute(r.Context(), summaryInput{Text: r.FormValue("text")}) // want `^user input from r.FormValue\("text"\) reaches the prompt with no moderation`
}

func (s *server) summarizeFixed(w http.ResponseWriter, r *http.Request) {
	p := genkit.DefineDataPrompt[summaryInput, string](s.g, "summary", ai.WithModelName("openai/gpt-4o-mini"), ai.WithPrompt("Summarize {{text}}."))
	p.Execute(r.Context(), summaryInput{Text: "the release notes"})
}

// Options gathered in a slice carry the prompt they hold.
func (s *server) askAppended(w http.ResponseWriter, r *http.Request) {
	opts := []ai.GenerateOption{ai.WithModelName("openai/gpt-4o-mini")}
	opts = append(opts, ai.WithPrompt(r.FormValue("q")))
	genkit.GenerateText(r.Context(), s.g, opts...) // want `^user input from r.FormValue\("q"\) reaches the prompt with no moderation`
}

func (s *server) askAppendedGemini(w http.ResponseWriter, r *http.Request) {
	opts := []ai.GenerateOption{ai.WithModelName("googleai/gemini-2.5-flash")}
	opts = append(opts, ai.WithPrompt(r.FormValue("q")))
	genkit.GenerateText(r.Context(), s.g, opts...)
}

// An option a helper makes cannot choose a second model: the call's own
// model option decides.
func creative() ai.GenerateOption {
	return ai.WithConfig(map[string]any{"temperature": 0.9})
}

func (s *server) askCreative(w http.ResponseWriter, r *http.Request) {
	genkit.GenerateText(r.Context(), s.g, ai.WithModelName("openai/gpt-4o-mini"), ai.WithPrompt(r.FormValue("q")), creative()) // want `^user input from r.FormValue\("q"\) reaches the prompt with no moderation`
}

func (s *server) askCreativeGemini(w http.ResponseWriter, r *http.Request) {
	genkit.GenerateText(r.Context(), s.g, ai.WithModelName("googleai/gemini-2.5-flash"), ai.WithPrompt(r.FormValue("q")), creative())
}

// An option a helper makes is what the helper returns.
func miniModel() ai.GenerateOption { return ai.WithModelName("openai/gpt-4o-mini") }

func someModel(gemini bool) ai.GenerateOption {
	if gemini {
		return ai.WithModelName("googleai/gemini-2.5-flash")
	}
	return ai.WithModelName("openai/gpt-4o-mini")
}

func (s *server) askByHelper(w http.ResponseWriter, r *http.Request) {
	genkit.GenerateText(r.Context(), s.g, miniModel(), ai.WithPrompt(r.FormValue("q"))) // want `^user input from r.FormValue\("q"\) reaches the prompt with no moderation`
}

func (s *server) askBySomeHelper(w http.ResponseWriter, r *http.Request) {
	genkit.GenerateText(r.Context(), s.g, someModel(r.FormValue("gemini") != ""), ai.WithPrompt(r.FormValue("q")))
}

// A helper's option that picks no model leaves the instance's default.
func (s *server) askCreativeByDefault(w http.ResponseWriter, r *http.Request) {
	g := genkit.Init(r.Context(), genkit.WithPlugins(&oai.OpenAI{}), genkit.WithDefaultModel("openai/gpt-4o-mini"))
	genkit.GenerateText(r.Context(), g, ai.WithPrompt(r.FormValue("q")), creative()) // want `^user input from r.FormValue\("q"\) reaches the prompt with no moderation`
}

func (s *server) askSomeByDefault(w http.ResponseWriter, r *http.Request) {
	g := genkit.Init(r.Context(), genkit.WithPlugins(&oai.OpenAI{}), genkit.WithDefaultModel("openai/gpt-4o-mini"))
	genkit.GenerateText(r.Context(), g, ai.WithPrompt(r.FormValue("q")), someModel(r.FormValue("gemini") != ""))
}
