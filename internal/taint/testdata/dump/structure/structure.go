// Package structure moves user input and model output through fields,
// interfaces, function values, goroutines, channels and iterators.
package structure

import (
	"context"
	"iter"
	"net/http"
	"os/exec"
	"slices"

	"github.com/openai/openai-go/v3"
)

func chat(q string) openai.ChatCompletionNewParams { // want `^summary taint\(returns=\[0\] requests=\[\] verdicts=\[\]\)$`
	return openai.ChatCompletionNewParams{Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(q)}}
}

type asker interface {
	Ask(ctx context.Context, q string) string
}

type modelAsker struct{ client openai.Client }

func (m *modelAsker) Ask(ctx context.Context, q string) string { // want `^summary taint\(returns=\[\] requests=\[2\] verdicts=\[\]\) request 2 to chat completion$`
	resp, _ := m.client.Chat.Completions.New(ctx, chat(q))
	exec.Command(resp.Choices[0].Message.Content).Run() // want `^output of chat completion request reaches command execution$`
	return ""
}

type server struct {
	client  openai.Client
	ai      asker
	pending string
	history map[string][]string
	send    func(ctx context.Context, q string)
	jobs    chan string
	outputs chan string
}

// The server holds the client it is given.
func newServer(client openai.Client) *server { // want `^summary taint\(returns=\[0\] requests=\[\] verdicts=\[\]\)$`
	s := &server{client: client, ai: &modelAsker{client}}
	s.send = func(ctx context.Context, q string) {
		client.Chat.Completions.New(ctx, chat(q))
	}
	return s
}

func (s *server) store(w http.ResponseWriter, r *http.Request) {
	s.pending = r.FormValue("q")
	s.jobs <- r.FormValue("job")
	s.ai.Ask(r.Context(), r.FormValue("ask"))   // want `flow from r.FormValue\("ask"\) to a chat completion request sent by modelAsker.Ask`
	s.send(r.Context(), r.FormValue("send"))    // want `flow from r.FormValue\("send"\) to a chat completion request sent by a function literal in structure.newServer`
	go s.ai.Ask(r.Context(), r.FormValue("go")) // want `flow from r.FormValue\("go"\) to a chat completion request sent by modelAsker.Ask`
}

func (s *server) remember(user string, r *http.Request) {
	s.history[user] = append(s.history[user], r.FormValue("msg"))
}

// A server whose memory carries input would carry it here: the
// receiver reaches the request.
func (s *server) ask(ctx context.Context, user string) { // want `^summary taint\(returns=\[\] requests=\[0\] verdicts=\[\]\) request 0 to chat completion$`
	s.client.Chat.Completions.New(ctx, chat(s.pending)) // want `flow from r.FormValue\("q"\) to this chat completion request`
	for m := range s.messages(user) {
		s.client.Chat.Completions.New(ctx, chat(m)) // want `flow from r.FormValue\("msg"\) to this chat completion request`
	}
	for m := range slices.Values(s.history[user]) {
		s.client.Chat.Completions.New(ctx, chat(m)) // want `flow from r.FormValue\("msg"\) to this chat completion request`
	}
}

func (s *server) messages(user string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, m := range s.history[user] {
			if !yield(m) {
				return
			}
		}
	}
}

func (s *server) work(ctx context.Context) { // want `^summary taint\(returns=\[\] requests=\[0\] verdicts=\[\]\) request 0 to chat completion sink 0 to command execution$`
	for {
		select {
		case job := <-s.jobs:
			resp, _ := s.client.Chat.Completions.New(ctx, chat(job)) // want `flow from r.FormValue\("job"\) to this chat completion request`
			s.outputs <- resp.Choices[0].Message.Content
		case out := <-s.outputs:
			exec.Command(out).Run() // want `output of chat completion request reaches command execution`
		}
	}
}
