// Package agent holds outputsink cases.
package agent

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	htmltemplate "html/template"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"text/template"

	"github.com/openai/openai-go/v3"
	goopenai "github.com/sashabaranov/go-openai"
)

type agent struct {
	client openai.Client
	db     *sql.DB
}

func (a *agent) ask(ctx context.Context, q string) string {
	resp, err := a.client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(q)},
	})
	if err != nil {
		return ""
	}
	return resp.Choices[0].Message.Content
}

func (a *agent) shell(ctx context.Context) {
	resp, _ := a.client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{})
	cmd := resp.Choices[0].Message.Content
	exec.Command("sh", "-c", cmd).Run() // want `^model output reaches command execution unreviewed: have a person review it first$`
}

func (a *agent) allowlistedCommand(ctx context.Context) {
	resp, _ := a.client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{})
	action := resp.Choices[0].Message.Content
	switch action {
	case "restart", "status":
		exec.Command("systemctl", action, "app").Run()
	}
}

func (a *agent) sqlText(ctx context.Context) {
	resp, _ := a.client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{})
	query := "SELECT * FROM orders WHERE " + resp.Choices[0].Message.Content
	a.db.QueryContext(ctx, query) // want `reaches SQL query text unreviewed`
}

func (a *agent) sqlParameter(ctx context.Context) {
	resp, _ := a.client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{})
	a.db.QueryContext(ctx, "SELECT * FROM orders WHERE customer = $1", resp.Choices[0].Message.Content)
}

func (a *agent) parsedNumber(ctx context.Context) {
	resp, _ := a.client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{})
	n, err := strconv.Atoi(resp.Choices[0].Message.Content)
	if err != nil {
		return
	}
	a.db.Query(fmt.Sprintf("SELECT * FROM orders LIMIT %d", n))
}

func (a *agent) trustedHTML(ctx context.Context, w http.ResponseWriter) {
	resp, _ := a.client.Responses.New(ctx, responsesParams())
	page := htmltemplate.Must(htmltemplate.New("p").Parse(`<div>{{.}}</div>`))
	page.Execute(w, htmltemplate.HTML(resp.OutputText())) // want `^model output reaches a trusted-HTML conversion unreviewed`
}

func (a *agent) escapedHTML(ctx context.Context, w http.ResponseWriter) {
	resp, _ := a.client.Responses.New(ctx, responsesParams())
	page := htmltemplate.Must(htmltemplate.New("p").Parse(`<div>{{.}}</div>`))
	page.Execute(w, resp.OutputText())
}

func (a *agent) parsedTemplate(ctx context.Context) {
	out := a.ask(ctx, "write a template")
	template.New("t").Parse(out) // want `reaches template parsing unreviewed`
}

func (a *agent) filePath(ctx context.Context) {
	out := a.ask(ctx, "name the report file")
	os.WriteFile(out, []byte("report"), 0o644) // want `reaches a file path unreviewed`
}

func (a *agent) fileContents(ctx context.Context) {
	out := a.ask(ctx, "write the report")
	os.WriteFile("report.txt", []byte(out), 0o644)
}

func (a *agent) fetch(ctx context.Context) {
	out := a.ask(ctx, "which page should I read?")
	http.Get(out) // want `reaches an outbound request URL unreviewed`
}

func (a *agent) streamed(ctx context.Context) {
	stream := a.client.Chat.Completions.NewStreaming(ctx, openai.ChatCompletionNewParams{})
	var script string
	for stream.Next() {
		chunk := stream.Current()
		script += chunk.Choices[0].Delta.Content
	}
	exec.CommandContext(ctx, "python3", "-c", script).Run() // want `reaches command execution unreviewed`
}

type readArgs struct{ Path string }

func (a *agent) toolCall(ctx context.Context) {
	resp, _ := a.client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{})
	call := resp.Choices[0].Message.ToolCalls[0]
	var args readArgs
	json.Unmarshal([]byte(call.Function.Arguments), &args)
	os.ReadFile(args.Path) // want `reaches a file path unreviewed`
}

func goOpenAI(ctx context.Context, client *goopenai.Client) {
	resp, _ := client.CreateChatCompletion(ctx, goopenai.ChatCompletionRequest{})
	exec.Command(resp.Choices[0].Message.Content).Run() // want `reaches command execution unreviewed`
}

func notModelOutput(ctx context.Context, configured string) {
	exec.Command("sh", "-c", configured).Run()
}

func runScript(script string) error {
	return exec.Command("sh", "-c", script).Run()
}

func (a *agent) throughHelper(ctx context.Context) {
	out := a.ask(ctx, "write a cleanup script")
	runScript(out) // want `^model output reaches command execution unreviewed`
	runScript("rm -rf /tmp/cache")
}
