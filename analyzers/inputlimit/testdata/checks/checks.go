// Package checks holds inputlimit cases for the ways real code bounds
// input: rune counts, truncation to runes, configured limits, validation
// helpers, bounded regular expressions and a bounded request body read
// as a form. Each bounded case has an unbounded twin.
package checks

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"regexp"
	"strconv"
	"unicode/utf8"

	"example.com/inputlimit/llm"
	"github.com/openai/openai-go/v3"
)

type server struct {
	client openai.Client
	maxLen int
}

func ask(q string) openai.ChatCompletionNewParams {
	return openai.ChatCompletionNewParams{Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(q)}}
}

func (s *server) runeCount(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	if utf8.RuneCountInString(q) > 4000 {
		http.Error(w, "too long", http.StatusRequestEntityTooLarge)
		return
	}
	s.client.Chat.Completions.New(r.Context(), ask(q))
}

func (s *server) runeCountOfAnother(w http.ResponseWriter, r *http.Request) {
	q, title := r.FormValue("q"), r.FormValue("title")
	if utf8.RuneCountInString(title) > 100 {
		return
	}
	s.client.Chat.Completions.New(r.Context(), ask(title+": "+q)) // want `user input from r.FormValue\("q"\) reaches the prompt with no length limit`
}

func (s *server) runeSlice(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	if len([]rune(q)) > 4000 {
		return
	}
	s.client.Chat.Completions.New(r.Context(), ask(q))
}

func (s *server) runeTruncation(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	if utf8.RuneCountInString(q) > 4000 {
		q = string([]rune(q)[:4000])
	}
	s.client.Chat.Completions.New(r.Context(), ask(q))
}

func (s *server) truncatedToUserLength(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	n, _ := strconv.Atoi(r.FormValue("n"))
	q = string([]rune(q)[:n])
	s.client.Chat.Completions.New(r.Context(), ask(q)) // want `user input from r.FormValue\("q"\) reaches the prompt`
}

func (s *server) configuredLimit(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	if len(q) > s.maxLen {
		return
	}
	s.client.Chat.Completions.New(r.Context(), ask(q))
}

func (s *server) userChosenLimit(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	limit, _ := strconv.Atoi(r.FormValue("limit"))
	if len(q) > limit {
		return
	}
	s.client.Chat.Completions.New(r.Context(), ask(q)) // want `user input from r.FormValue\("q"\) reaches the prompt`
}

var errTooLong = errors.New("too long")

// checkLength is a validation helper of this package.
func checkLength(q string) error {
	if utf8.RuneCountInString(q) > 4000 {
		return errTooLong
	}
	return nil
}

func (s *server) validationHelper(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	if err := checkLength(q); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	s.client.Chat.Completions.New(r.Context(), ask(q))
}

func (s *server) validationIgnored(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	checkLength(q)
	s.client.Chat.Completions.New(r.Context(), ask(q)) // want `user input from r.FormValue\("q"\) reaches the prompt`
}

func (s *server) validationInAnotherPackage(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	if err := llm.Question(q); err != nil {
		return
	}
	s.client.Chat.Completions.New(r.Context(), ask(q))

	p := r.FormValue("p")
	if !llm.Short(p) {
		return
	}
	s.client.Chat.Completions.New(r.Context(), ask(p))
}

func (s *server) validationOfSomethingElse(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	if err := llm.Loosely(q); err != nil {
		return
	}
	s.client.Chat.Completions.New(r.Context(), ask(q)) // want `user input from r.FormValue\("q"\) reaches the prompt`
}

var (
	topic     = regexp.MustCompile(`^[\p{L} ]{1,80}$`)
	anyLength = regexp.MustCompile(`^[\p{L} ]+$`)
	unbounded = regexp.MustCompile(`[a-z]{1,80}`)
)

func (s *server) boundedPattern(w http.ResponseWriter, r *http.Request) {
	t := r.FormValue("topic")
	if !topic.MatchString(t) {
		return
	}
	s.client.Chat.Completions.New(r.Context(), ask("Write about "+t))
}

func (s *server) unboundedPattern(w http.ResponseWriter, r *http.Request) {
	t := r.FormValue("topic")
	if !anyLength.MatchString(t) {
		return
	}
	s.client.Chat.Completions.New(r.Context(), ask("Write about "+t)) // want `user input from r.FormValue\("topic"\) reaches the prompt`
}

func (s *server) unanchoredPattern(w http.ResponseWriter, r *http.Request) {
	t := r.FormValue("topic")
	if !unbounded.MatchString(t) {
		return
	}
	s.client.Chat.Completions.New(r.Context(), ask("Write about "+t)) // want `user input from r.FormValue\("topic"\) reaches the prompt`
}

func (s *server) boundedForm(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 1<<16)
	s.client.Chat.Completions.New(r.Context(), ask(r.PostFormValue("q")))
	s.client.Chat.Completions.New(r.Context(), ask(r.FormValue("q")))
	if err := r.ParseForm(); err != nil {
		return
	}
	s.client.Chat.Completions.New(r.Context(), ask(r.PostForm.Get("q")))
	s.client.Chat.Completions.New(r.Context(), ask(r.Form.Get("q")))
}

func (s *server) boundedTooLate(w http.ResponseWriter, r *http.Request) {
	q := r.PostFormValue("q")
	r.Body = http.MaxBytesReader(w, r.Body, 1<<16)
	s.client.Chat.Completions.New(r.Context(), ask(q)) // want `user input from r.PostFormValue\("q"\) reaches the prompt`
}

func (s *server) boundedOnOneBranch(w http.ResponseWriter, r *http.Request, strict bool) {
	if strict {
		r.Body = http.MaxBytesReader(w, r.Body, 1<<16)
	}
	s.client.Chat.Completions.New(r.Context(), ask(r.FormValue("q"))) // want `user input from r.FormValue\("q"\) reaches the prompt`
}

func (s *server) limitedAndClosed(w http.ResponseWriter, r *http.Request) {
	r.Body = io.NopCloser(io.LimitReader(r.Body, 1<<16))
	body, _ := io.ReadAll(r.Body)
	s.client.Chat.Completions.New(r.Context(), ask(string(body)))
}

func (s *server) checkedByTheWrapper(w http.ResponseWriter, r *http.Request) {
	llm.Ask(r.Context(), s.client, r.FormValue("q"))
}

// The wrapper sends from goroutines; it checks there, or not.
func (s *server) sentFromGoroutines(w http.ResponseWriter, r *http.Request) {
	llm.AskTwice(r.Context(), s.client, r.FormValue("q")) // want `user input from r.FormValue\("q"\) reaches the prompt`
}

func (s *server) checkedInGoroutines(w http.ResponseWriter, r *http.Request) {
	llm.AskTwiceChecked(r.Context(), s.client, r.FormValue("q"))
}

// truncate cuts s to n runes.
func truncate(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n])
	}
	return s
}

func (s *server) truncatedByHelper(w http.ResponseWriter, r *http.Request) {
	s.client.Chat.Completions.New(r.Context(), ask(truncate(r.FormValue("q"), 4000)))
	s.client.Chat.Completions.New(r.Context(), ask(truncate(r.FormValue("p"), s.maxLen)))
}

func (s *server) truncatedByHelperToUserLength(w http.ResponseWriter, r *http.Request) {
	n, _ := strconv.Atoi(r.FormValue("n"))
	s.client.Chat.Completions.New(r.Context(), ask(truncate(r.FormValue("q"), n))) // want `user input from r.FormValue\("q"\) reaches the prompt`
}

type chatRequest struct {
	Message string `json:"message"`
	Title   string `json:"title"`
}

// checkedField checks the decoded field and sends the field itself.
func (s *server) checkedField(w http.ResponseWriter, r *http.Request) {
	var req chatRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		return
	}
	if utf8.RuneCountInString(req.Message) > 4000 {
		return
	}
	s.client.Chat.Completions.New(r.Context(), ask(req.Message))
}

func (s *server) checkedOtherField(w http.ResponseWriter, r *http.Request) {
	var req chatRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		return
	}
	if utf8.RuneCountInString(req.Title) > 100 {
		return
	}
	s.client.Chat.Completions.New(r.Context(), ask(req.Message)) // want `user input from r.Body reaches the prompt with no length limit`
}

// decodedAfterCheck checks the field, then decodes the body into the
// struct again.
func (s *server) decodedAfterCheck(w http.ResponseWriter, r *http.Request) {
	var req chatRequest
	json.NewDecoder(r.Body).Decode(&req)
	if utf8.RuneCountInString(req.Message) > 4000 {
		return
	}
	json.NewDecoder(r.Body).Decode(&req)
	s.client.Chat.Completions.New(r.Context(), ask(req.Message)) // want `user input from r.Body reaches the prompt with no length limit`
}

// checkedPointerField checks a field of the request it is given.
func (s *server) checkedPointerField(ctx context.Context, req *chatRequest) {
	if len(req.Message) > 4000 {
		return
	}
	s.client.Chat.Completions.New(ctx, ask(req.Message))
}

func (s *server) decodedForPointer(w http.ResponseWriter, r *http.Request) {
	req := new(chatRequest)
	json.NewDecoder(r.Body).Decode(req)
	s.checkedPointerField(r.Context(), req)
}
