// Command server gives the model to the moderated handler, to the open
// one through its constructor and to a second demo, and a canned answer
// to the first demo.
package main

import (
	"net/http"

	"example.com/moderation/inject/holders/web"
	"example.com/moderation/inject/llm"
	"github.com/openai/openai-go/v3"
)

func main() {
	client := openai.NewClient()
	http.HandleFunc("/demo", web.Demo(llm.Canned{}))
	moderated := &web.Moderated{AI: &llm.OpenAI{Client: client}, Client: client}
	http.HandleFunc("/ask", moderated.Ask)
	open := web.NewOpen(&llm.OpenAI{Client: client}) // want `^user input from r.FormValue\("topic"\) \(web/web.go:47\) reaches the prompt of a chat completion request sent by OpenAI.Answer \(wired here as the web.Answerer called at web/web.go:47\) with no moderation verdict on the way`
	http.HandleFunc("/open", open.Ask)
	http.HandleFunc("/live", web.Demo(&llm.OpenAI{Client: client})) // want `^user input from r.FormValue\("q"\) \(web/web.go:20\) reaches the prompt of a chat completion request sent by OpenAI.Answer \(wired here as the web.Answerer called at web/web.go:20\)`
	http.ListenAndServe(":8080", nil)
}
