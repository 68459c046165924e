// Package guards checks user input against fixed values and bounds its
// length in the ways programs do, and bounds the model's output tokens.
package guards

import (
	"errors"
	"io"
	"net/http"
	"regexp"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/openai/openai-go/v3"
)

type api struct{ client openai.Client }

func system(s, q string) openai.ChatCompletionNewParams { // want `^summary taint\(returns=\[1 0\] requests=\[\] verdicts=\[\]\)$`
	return openai.ChatCompletionNewParams{Messages: []openai.ChatCompletionMessageParamUnion{openai.SystemMessage(s), openai.UserMessage(q)}}
}

var tones = map[string]bool{"formal": true, "casual": true}

var languages = []string{"en", "fr", "de"}

var slug = regexp.MustCompile(`^[a-z]{1,20}$`)

func (a *api) allowlists(w http.ResponseWriter, r *http.Request) {
	tone, lang, name, mode := r.FormValue("tone"), r.FormValue("lang"), r.FormValue("name"), r.FormValue("mode")
	if !tones[tone] {
		return
	}
	if !slices.Contains(languages, lang) {
		return
	}
	if !slug.MatchString(name) {
		return // a pattern bounds the name, but lets many values through
	}
	switch mode {
	case "brief", "long":
	default:
		return
	}
	a.client.Chat.Completions.New(r.Context(), system(tone+lang+name+mode, "hi")) // want `^flow from r.FormValue\("lang"\) to this chat completion request \[system allowlisted bounded\]$` `^flow from r.FormValue\("mode"\) to this chat completion request \[system allowlisted bounded\]$` `^flow from r.FormValue\("name"\) to this chat completion request \[system bounded\]$` `^flow from r.FormValue\("tone"\) to this chat completion request \[system allowlisted bounded\]$`
}

func (a *api) lengths(w http.ResponseWriter, r *http.Request) {
	q, doc, note := r.FormValue("q"), r.FormValue("doc"), r.FormValue("note")
	if utf8.RuneCountInString(q) > 2000 {
		return
	}
	if len(doc) > 8000 {
		doc = doc[:8000]
	}
	if err := validate(note); err != nil {
		return
	}
	a.client.Chat.Completions.New(r.Context(), system("Be brief.", q+doc+note)) // want `^flow from r.FormValue\("doc"\) to this chat completion request \[bounded\]$` `^flow from r.FormValue\("note"\) to this chat completion request \[bounded\]$` `^flow from r.FormValue\("q"\) to this chat completion request \[bounded\]$`
}

func validate(q string) error { // want `^summary taint\(returns=\[\] requests=\[\] verdicts=\[\] validates=0:0\)$`
	if len(q) > 500 {
		return errors.New("too long")
	}
	return nil
}

func (a *api) bodies(w http.ResponseWriter, r *http.Request) {
	capped, _ := io.ReadAll(io.LimitReader(r.Body, 1<<16))
	buf := make([]byte, 4096)
	n, _ := r.Body.Read(buf)
	a.client.Chat.Completions.New(r.Context(), system("Be brief.", string(capped)+string(buf[:n]))) // want `^flow from r.Body to this chat completion request \[bounded\]$`
}

func (a *api) unbounded(w http.ResponseWriter, r *http.Request) {
	all, _ := io.ReadAll(r.Body)
	a.client.Chat.Completions.New(r.Context(), system(r.FormValue("persona"), string(all))) // want `^flow from r.Body to this chat completion request$` `^flow from r.FormValue\("persona"\) to this chat completion request \[system\]$`
}

func clamp(n, lo, hi int64) int64 { // want `^summary taint\(returns=\[2 1 0\] requests=\[\] verdicts=\[\] bounds=2if\[0\] bounds=0if\[2\]\)$`
	return max(lo, min(n, hi))
}

func (a *api) tokens(w http.ResponseWriter, r *http.Request) {
	n, _ := strconv.ParseInt(r.FormValue("max"), 10, 64)
	params := system("Be brief.", "hi")
	params.MaxCompletionTokens = openai.Int(n) // want `^bound from r.FormValue\("max"\)$`
	a.client.Chat.Completions.New(r.Context(), params)
	clamped := system("Be brief.", "hi")
	clamped.MaxCompletionTokens = openai.Int(clamp(n, 1, 1024)) // want `^bound from r.FormValue\("max"\), clamped<=1024$`
	a.client.Chat.Completions.New(r.Context(), clamped)
}
