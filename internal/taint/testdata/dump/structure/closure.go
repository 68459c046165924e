package structure

import (
	"context"
	"net/http"
	"sync"

	"github.com/openai/openai-go/v3"
)

// A function literal's captured variables are its maker's: a function
// that sends its parameter from a literal says so in its summary.

func askInGoroutine(ctx context.Context, client openai.Client, q string) { // want `^summary taint\(returns=\[\] requests=\[2\] verdicts=\[\]\) request 2 to chat completion$`
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(q)}})
	}()
	wg.Wait()
}

func askInLiteral(ctx context.Context, client openai.Client, q string) { // want `^summary taint\(returns=\[\] requests=\[2\] verdicts=\[\]\) request 2 to chat completion$`
	func() {
		client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(q)}})
	}()
}

// askInLiteralArg gives the literal the parameter as an argument.
func askInLiteralArg(ctx context.Context, client openai.Client, q string) { // want `^summary taint\(returns=\[\] requests=\[2\] verdicts=\[\]\) request 2 to chat completion$`
	func(text string) {
		client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(text)}})
	}(q)
}

// askBoundedInGoroutine bounds the captured text before it is sent.
func askBoundedInGoroutine(ctx context.Context, client openai.Client, q string) { // want `^summary taint\(returns=\[\] requests=\[2\] verdicts=\[\]\) request 2 to chat completion bounded$`
	go func() {
		if len(q) > 1000 {
			return
		}
		client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(q)}})
	}()
}

// askGrownInGoroutine bounds the captured text, then adds to it.
func askGrownInGoroutine(ctx context.Context, client openai.Client, q string) { // want `^summary taint\(returns=\[\] requests=\[2\] verdicts=\[\]\) request 2 to chat completion$`
	go func() {
		if len(q) > 1000 {
			return
		}
		q += q
		client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(q)}})
	}()
}

// askFixedInGoroutine captures the parameter and sends fixed text.
func askFixedInGoroutine(ctx context.Context, client openai.Client, q string) {
	go func() {
		println(q)
		client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage("hello")}})
	}()
}

func askThroughLiterals(w http.ResponseWriter, r *http.Request, client openai.Client) {
	askInGoroutine(r.Context(), client, r.FormValue("goroutine"))      // want `^flow from r.FormValue\("goroutine"\) to a chat completion request sent by structure.askInGoroutine$`
	askInLiteral(r.Context(), client, r.FormValue("literal"))          // want `^flow from r.FormValue\("literal"\) to a chat completion request sent by structure.askInLiteral$`
	askInLiteralArg(r.Context(), client, r.FormValue("argument"))      // want `^flow from r.FormValue\("argument"\) to a chat completion request sent by structure.askInLiteralArg$`
	askBoundedInGoroutine(r.Context(), client, r.FormValue("bounded")) // want `^flow from r.FormValue\("bounded"\) to a chat completion request sent by structure.askBoundedInGoroutine \[bounded\]$`
	askGrownInGoroutine(r.Context(), client, r.FormValue("grown"))     // want `^flow from r.FormValue\("grown"\) to a chat completion request sent by structure.askGrownInGoroutine$`
	askFixedInGoroutine(r.Context(), client, r.FormValue("fixed"))
	// Input the handler captures itself is found in the literal, once.
	q := r.FormValue("captured")
	go func() {
		client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(q)}}) // want `^flow from r.FormValue\("captured"\) to this chat completion request$`
	}()
}
