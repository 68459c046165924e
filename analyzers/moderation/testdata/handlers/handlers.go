// Package handlers holds moderation cases.
package handlers

import (
	"context"
	"log"
	"net/http"

	"example.com/moderation/llm"
	"github.com/openai/openai-go/v3"
	goopenai "github.com/sashabaranov/go-openai"
)

type server struct {
	client openai.Client
	g      *goopenai.Client
}

func chat(q string) openai.ChatCompletionNewParams {
	return openai.ChatCompletionNewParams{Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(q)}}
}

func moderate(q string) openai.ModerationNewParams {
	return openai.ModerationNewParams{Input: openai.ModerationNewParamsInputUnion{OfString: openai.String(q)}}
}

func (s *server) unmoderated(w http.ResponseWriter, r *http.Request) {
	s.client.Chat.Completions.New(r.Context(), chat(r.FormValue("q"))) // want `^user input from r.FormValue\("q"\) reaches the prompt with no moderation: moderate it first$`
}

func (s *server) moderated(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	mod, err := s.client.Moderations.New(r.Context(), moderate(q))
	if err != nil || mod.Results[0].Flagged {
		http.Error(w, "rejected", http.StatusBadRequest)
		return
	}
	s.client.Chat.Completions.New(r.Context(), chat(q))
}

func (s *server) moderatedInLoop(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	mod, err := s.client.Moderations.New(r.Context(), moderate(q))
	if err != nil {
		return
	}
	for _, res := range mod.Results {
		if res.Flagged {
			return
		}
	}
	s.client.Chat.Completions.New(r.Context(), chat(q))
}

func (s *server) verdictIgnored(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	s.client.Moderations.New(r.Context(), moderate(q))
	s.client.Chat.Completions.New(r.Context(), chat(q)) // want `no moderation`
}

func (s *server) verdictLogged(w http.ResponseWriter, r *http.Request, log func(bool)) {
	q := r.FormValue("q")
	mod, _ := s.client.Moderations.New(r.Context(), moderate(q))
	if mod.Results[0].Flagged {
		log(true)
	}
	s.client.Chat.Completions.New(r.Context(), chat(q)) // want `no moderation`
}

func (s *server) otherValueModerated(w http.ResponseWriter, r *http.Request) {
	title, body := r.FormValue("title"), r.FormValue("body")
	mod, err := s.client.Moderations.New(r.Context(), moderate(title))
	if err != nil || mod.Results[0].Flagged {
		return
	}
	s.client.Chat.Completions.New(r.Context(), chat(body)) // want `user input from r.FormValue\("body"\) reaches the prompt`
}

func (s *server) moderatedOnOneBranch(w http.ResponseWriter, r *http.Request, strict bool) {
	q := r.FormValue("q")
	if strict {
		mod, err := s.client.Moderations.New(r.Context(), moderate(q))
		if err != nil || mod.Results[0].Flagged {
			return
		}
	}
	s.client.Chat.Completions.New(r.Context(), chat(q)) // want `no moderation`
}

func (s *server) inRequestBlock(w http.ResponseWriter, r *http.Request) {
	s.client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(r.FormValue("q"))},
		Moderation: openai.ChatCompletionNewParamsModeration{
			Model:  "omni-moderation-latest",
			Policy: openai.ChatCompletionNewParamsModerationPolicy{Input: openai.ChatCompletionNewParamsModerationPolicyInput{Mode: "block"}},
		},
	})
}

func (s *server) inRequestScore(w http.ResponseWriter, r *http.Request) {
	s.client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{ // want `no moderation`
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(r.FormValue("q"))},
		Moderation: openai.ChatCompletionNewParamsModeration{
			Model:  "omni-moderation-latest",
			Policy: openai.ChatCompletionNewParamsModerationPolicy{Input: openai.ChatCompletionNewParamsModerationPolicyInput{Mode: "score"}},
		},
	})
}

func (s *server) goOpenAI(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	mod, err := s.g.Moderations(r.Context(), goopenai.ModerationRequest{Input: q})
	if err != nil || mod.Results[0].Flagged {
		return
	}
	s.g.CreateChatCompletion(r.Context(), goopenai.ChatCompletionRequest{
		Messages: []goopenai.ChatCompletionMessage{{Role: goopenai.ChatMessageRoleUser, Content: q}},
	})
}

func (s *server) notUserInput(ctx context.Context, q string) {
	s.client.Chat.Completions.New(ctx, chat(q))
}

// The model's own earlier answer, sent back in a conversation, is not user
// input.
func (s *server) conversation(ctx context.Context) {
	first, err := s.client.Chat.Completions.New(ctx, chat("Tell me a joke"))
	if err != nil {
		return
	}
	s.client.Chat.Completions.New(ctx, chat("Explain this joke: "+first.Choices[0].Message.Content))
}

func (s *server) throughWrappers(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	llm.SafeAsk(r.Context(), s.client, q)
	llm.Ask(r.Context(), s.client, q) // want `^user input from r.FormValue\("q"\) reaches the prompt with no moderation`
}

// The safety identifier and the model name are not prompt text.
func (s *server) identifierIsNotPrompt(w http.ResponseWriter, r *http.Request) {
	s.client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{
		Model:            openai.ChatModel(r.FormValue("model")),
		SafetyIdentifier: openai.String(r.Header.Get("X-User-Hash")),
		Messages:         []openai.ChatCompletionMessageParamUnion{openai.UserMessage("What time is it?")},
	})
}

// flagged moderates text and reports whether it was flagged.
func (s *server) flagged(ctx context.Context, text string) bool {
	mod, err := s.client.Moderations.New(ctx, moderate(text))
	if err != nil {
		return true
	}
	for _, res := range mod.Results {
		if res.Flagged {
			return true
		}
	}
	return false
}

func (s *server) throughHelpers(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	if err := llm.Check(r.Context(), s.client, q); err != nil {
		http.Error(w, "rejected", http.StatusBadRequest)
		return
	}
	s.client.Chat.Completions.New(r.Context(), chat(q))

	p := r.FormValue("p")
	if s.flagged(r.Context(), p) {
		return
	}
	s.client.Chat.Completions.New(r.Context(), chat(p))
}

// Helpers of another package that report the verdict as a boolean.
func (s *server) throughBooleanHelpers(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	if !llm.Allowed(r.Context(), s.client, q) {
		return
	}
	s.client.Chat.Completions.New(r.Context(), chat(q))

	p := r.FormValue("p")
	if flagged, err := llm.Flagged(r.Context(), s.client, p); err != nil || flagged {
		return
	}
	s.client.Chat.Completions.New(r.Context(), chat(p))

	t := r.FormValue("t")
	if !llm.Passes(r.Context(), s.client, t) {
		return
	}
	s.client.Chat.Completions.New(r.Context(), chat(t))
}

func (s *server) booleanHelperFailsOpen(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	if !llm.AllowedUnlessDown(r.Context(), s.client, q) {
		return
	}
	s.client.Chat.Completions.New(r.Context(), chat(q)) // want `no moderation`
}

func (s *server) booleanHelperPassesWhenDown(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	if !llm.PassesUnlessDown(r.Context(), s.client, q) {
		return
	}
	s.client.Chat.Completions.New(r.Context(), chat(q)) // want `no moderation`
}

// booleanHelperInverted goes on when the text was flagged.
func (s *server) booleanHelperInverted(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	if llm.Allowed(r.Context(), s.client, q) {
		return
	}
	s.client.Chat.Completions.New(r.Context(), chat(q)) // want `no moderation`
}

func (s *server) helperResultIgnored(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	llm.Check(r.Context(), s.client, q)
	s.client.Chat.Completions.New(r.Context(), chat(q)) // want `no moderation`
}

// A moderation call that fails lets the input through: it gave no verdict.
func (s *server) failsOpen(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	mod, err := s.client.Moderations.New(r.Context(), moderate(q))
	if err == nil && mod.Results[0].Flagged {
		return
	}
	s.client.Chat.Completions.New(r.Context(), chat(q)) // want `no moderation`
}

func (s *server) failsClosed(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	mod, err := s.client.Moderations.New(r.Context(), moderate(q))
	if err != nil {
		http.Error(w, "moderation unavailable", http.StatusServiceUnavailable)
		return
	}
	if mod.Results[0].Flagged {
		return
	}
	s.client.Chat.Completions.New(r.Context(), chat(q))
}

func (s *server) errorLogged(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	mod, err := s.g.Moderations(r.Context(), goopenai.ModerationRequest{Input: q})
	if err != nil {
		log.Print(err)
	} else if mod.Results[0].Flagged {
		return
	}
	s.g.CreateChatCompletion(r.Context(), goopenai.ChatCompletionRequest{ // want `no moderation`
		Messages: []goopenai.ChatCompletionMessage{{Role: goopenai.ChatMessageRoleUser, Content: q}},
	})
}

// flaggedOpen reports a failed moderation call as not flagged.
func (s *server) flaggedOpen(ctx context.Context, text string) bool {
	mod, err := s.client.Moderations.New(ctx, moderate(text))
	if err != nil {
		return false
	}
	return mod.Results[0].Flagged
}

func (s *server) throughFailOpenHelper(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	if s.flaggedOpen(r.Context(), q) {
		return
	}
	s.client.Chat.Completions.New(r.Context(), chat(q)) // want `no moderation`
}

// An embedding generates nothing for a user to read: moderating its input
// is not called for.
func (s *server) embedding(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	s.client.Embeddings.New(r.Context(), openai.EmbeddingNewParams{
		Model: openai.EmbeddingModelTextEmbedding3Small,
		Input: openai.EmbeddingNewParamsInputUnion{OfString: openai.String(q)},
	})
	s.g.CreateEmbeddings(r.Context(), goopenai.EmbeddingRequest{Model: goopenai.SmallEmbedding3, Input: []string{q}})
	llm.Embed(r.Context(), s.client, q)
	llm.Ask(r.Context(), s.client, q) // want `with no moderation`
}

func (s *server) errorStops(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	mod, err := s.g.Moderations(r.Context(), goopenai.ModerationRequest{Input: q})
	if err != nil {
		log.Print(err)
		return
	} else if mod.Results[0].Flagged {
		return
	}
	s.g.CreateChatCompletion(r.Context(), goopenai.ChatCompletionRequest{
		Messages: []goopenai.ChatCompletionMessage{{Role: goopenai.ChatMessageRoleUser, Content: q}},
	})
}

// flaggedOrErr reports the verdict through its first result, and a failed
// call through its error: a nil error says nothing of the verdict.
func (s *server) flaggedOrErr(ctx context.Context, text string) (bool, error) {
	mod, err := s.client.Moderations.New(ctx, moderate(text))
	if err != nil {
		return false, err
	}
	return mod.Results[0].Flagged, nil
}

func (s *server) onlyTheErrorChecked(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	if _, err := s.flaggedOrErr(r.Context(), q); err != nil {
		return
	}
	s.client.Chat.Completions.New(r.Context(), chat(q)) // want `no moderation`
}
