// Package support is the service's chat desk. It talks to whatever
// assistant main gives it: it knows the Assistant interface, not the
// package that implements it.
package support

import (
	"context"
	"net/http"
	"unicode/utf8"
)

// Assistant answers a customer's chat message.
type Assistant interface {
	// Reply answers the message as is.
	Reply(ctx context.Context, userHash, message string) (string, error)
	// ModeratedReply answers the message unless moderation flags it.
	ModeratedReply(ctx context.Context, userHash, message string) (string, error)
}

type Desk struct {
	assistant Assistant
	mux       *http.ServeMux
}

func New(a Assistant) *Desk {
	d := &Desk{assistant: a, mux: http.NewServeMux()}
	d.mux.HandleFunc("POST /chat", d.chat)
	d.mux.HandleFunc("POST /chat/safe", d.safeChat)
	return d
}

func (d *Desk) ServeHTTP(w http.ResponseWriter, r *http.Request) { d.mux.ServeHTTP(w, r) }

// chat passes the message on with no length limit and no
// moderation on the way.
func (d *Desk) chat(w http.ResponseWriter, r *http.Request) {
	reply, err := d.assistant.Reply(r.Context(), r.Header.Get("X-User-Hash"), r.FormValue("message"))
	if err != nil {
		http.Error(w, "upstream error", http.StatusBadGateway)
		return
	}
	w.Write([]byte(reply))
}

// safeChat bounds the message, and the assistant moderates it.
func (d *Desk) safeChat(w http.ResponseWriter, r *http.Request) {
	message := r.FormValue("message")
	if utf8.RuneCountInString(message) > 2000 {
		http.Error(w, "message too long", http.StatusRequestEntityTooLarge)
		return
	}
	reply, err := d.assistant.ModeratedReply(r.Context(), r.Header.Get("X-User-Hash"), message)
	if err != nil {
		http.Error(w, "cannot answer", http.StatusBadRequest)
		return
	}
	w.Write([]byte(reply))
}
