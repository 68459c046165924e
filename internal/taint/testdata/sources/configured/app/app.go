// Package app sends text to a model only through a field that the
// configuration names as a prompt.
package app

import (
	"context"

	"example.com/sources/configured/lib"
	"github.com/openai/openai-go/v3"
)

func onEvent(ev *lib.Event) {
	lib.Send(lib.Request{Prompt: ev.Text})         // want `^source ev.Text$`
	lib.Send(lib.Request{Prompt: ev.Attachment()}) // want `^source ev.Attachment\(\)$`
	lib.Send(lib.Request{Model: ev.Text})          // the model's name is not a prompt
	lib.Send(lib.Request{Prompt: ev.Channel})      // a channel is not a source
}

// The screen's clean text is clean; the input it passes on as it came is
// not.
func onScreened(ev, unchecked *lib.Event) {
	verdict := lib.Verdict{Clean: ev.Text, Input: "-"} // as the screen returns it
	lib.Send(lib.Request{Prompt: verdict.Clean})
	unscreened := lib.Verdict{Input: unchecked.Text} // want `^source unchecked.Text$`
	var r lib.Request
	r.Prompt = unscreened.Input
	lib.Send(r)
}

func runJob(ctx context.Context, client openai.Client) {
	resp, err := client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage("write a script")},
	})
	if err != nil {
		return
	}
	job := &lib.Job{Script: resp.Choices[0].Message.Content} // want `^output reaches Job.Script \(a sink named in .openaivet.yml\)$`
	job.Run()
	reviewed := &lib.Job{}
	reviewed.Script = "echo done"
	reviewed.Run()
}
