// Command server puts its handlers behind the middleware of package
// limits.
package main

import (
	"io"
	"net/http"

	"example.com/inputlimit/middleware/limits"
	"github.com/gin-gonic/gin"
	"github.com/openai/openai-go/v3"
)

var client = openai.NewClient()

func ask(text string) openai.ChatCompletionNewParams {
	return openai.ChatCompletionNewParams{Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(text)}}
}

func summarize(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	client.Chat.Completions.New(r.Context(), ask(string(body)))
}

func translate(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	client.Chat.Completions.New(r.Context(), ask(string(body)))
}

func title(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	client.Chat.Completions.New(r.Context(), ask(string(body))) // want `user input from r.Body reaches the prompt with no length limit`
}

func rewrite(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	client.Chat.Completions.New(r.Context(), ask(string(body))) // want `user input from r.Body reaches the prompt with no length limit`
}

func explain(c *gin.Context) {
	body, _ := io.ReadAll(c.Request.Body)
	client.Chat.Completions.New(c.Request.Context(), ask(string(body)))
}

func main() {
	bounded := http.NewServeMux()
	bounded.HandleFunc("/summarize", summarize)
	go http.ListenAndServe(":8080", limits.Body(bounded))

	boundedTo := http.NewServeMux()
	boundedTo.HandleFunc("/translate", translate)
	go http.ListenAndServe(":8081", limits.BodyTo(1<<20)(boundedTo))

	logged := http.NewServeMux()
	logged.HandleFunc("/title", title)
	go http.ListenAndServe(":8082", limits.Logged(logged))

	late := http.NewServeMux()
	late.HandleFunc("/rewrite", rewrite)
	go http.ListenAndServe(":8083", limits.BodyAfter(late))

	engine := gin.New()
	engine.Use(limits.Gin)
	engine.POST("/explain", explain)
	engine.Run(":8084")
}
