// Package app holds unhashedid cases for openai-go v3.
package app

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"hash/fnv"
	"net/http"
	"net/mail"
	"strconv"
	"strings"

	"example.com/unhashedid/ids"
	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
	"github.com/openai/openai-go/v3/realtime"
)

type User struct {
	ID       string
	Email    string
	Phone    string
	FullName string
	Username string
}

var client = openai.NewClient()

func params(id string) openai.ChatCompletionNewParams {
	return openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, SafetyIdentifier: openai.String(id)}
}

func emailField(ctx context.Context, u User) {
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Model:            openai.ChatModelGPT4o,
		SafetyIdentifier: openai.String(u.Email), // want `^safety_identifier is an e-mail address \(u.Email\) with no hash: send its SHA-256 digest$`
	})
}

func normalized(ctx context.Context, u User) {
	id := strings.ToLower(strings.TrimSpace(u.Email))
	p := openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o}
	p.SafetyIdentifier = openai.String(id) // want `is an e-mail address \(u.Email\)`
	client.Chat.Completions.New(ctx, p)
}

func formatted(ctx context.Context, email string) {
	id := fmt.Sprintf("user:%s", email)
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, SafetyIdentifier: openai.String(id)}) // want `is an e-mail address \(email\)`
}

func concatenated(ctx context.Context, u User) {
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, SafetyIdentifier: openai.String("tenant-1/" + u.Phone)}) // want `is a phone number \(u.Phone\)`
}

func names(ctx context.Context, u User) {
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, SafetyIdentifier: openai.String(u.FullName)}) // want `is a person's name \(u.FullName\)`
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, SafetyIdentifier: openai.String(u.Username)}) // want `is a login name \(u.Username\)`
}

func requests(ctx context.Context, r *http.Request) {
	client.Chat.Completions.New(ctx, params(r.FormValue("email")))            // want `is an e-mail address \(r.FormValue\("email"\)\)`
	client.Chat.Completions.New(ctx, params(r.RemoteAddr))                    // want `is an IP address \(r.RemoteAddr\)`
	client.Chat.Completions.New(ctx, params(r.Header.Get("X-Forwarded-For"))) // want `is an IP address`
	client.Chat.Completions.New(ctx, params(r.FormValue("session")))
}

func parsed(ctx context.Context, raw string) {
	addr, err := mail.ParseAddress(raw)
	if err != nil {
		return
	}
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, SafetyIdentifier: openai.String(addr.Address)}) // want `is an e-mail address \(addr.Address\)`
}

func literal(ctx context.Context) {
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, SafetyIdentifier: openai.String("ops@example.com")}) // want `is an e-mail address \(a literal e-mail address\)`
}

func encodedOnly(ctx context.Context, u User) {
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, SafetyIdentifier: openai.String(base64.StdEncoding.EncodeToString([]byte(u.Email)))}) // want `is an e-mail address`
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, SafetyIdentifier: openai.String(hex.EncodeToString([]byte(u.Email)))})                // want `is an e-mail address`
}

func checksums(ctx context.Context, u User) {
	crc := strconv.FormatUint(uint64(crc32.ChecksumIEEE([]byte(u.Email))), 16)
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, SafetyIdentifier: openai.String(crc)}) // want `is an e-mail address`
	h := fnv.New64a()
	h.Write([]byte(u.Email))
	sum := strconv.FormatUint(h.Sum64(), 16)
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, SafetyIdentifier: openai.String(sum)}) // want `is an e-mail address`
}

func throughFunctions(ctx context.Context, u User, a ids.Account) {
	client.Chat.Completions.New(ctx, params(ids.Normalize(u.Email))) // want `is an e-mail address \(u.Email\)`
	client.Chat.Completions.New(ctx, params(a.Contact()))            // want `is an e-mail address \(a.Contact\(\)\)`
	client.Chat.Completions.New(ctx, params(ids.Hash(u.Email)))
}

func deprecatedUser(ctx context.Context, u User) {
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, User: openai.String(u.Email)}) // want `^user is an e-mail address`
}

func options(ctx context.Context, u User) {
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o}, option.WithJSONSet("safety_identifier", u.Email)) // want `^safety_identifier is an e-mail address`
	c := openai.NewClient()
	c.Realtime.ClientSecrets.New(ctx, realtime.ClientSecretNewParams{}, option.WithHeader("OpenAI-Safety-Identifier", u.Email)) // want `^OpenAI-Safety-Identifier header is an e-mail address`
}

// Hashed values, opaque IDs and values the check cannot follow are fine.
func clean(ctx context.Context, u User, secret []byte, emailHash string, lookup func(User) string) {
	client.Chat.Completions.New(ctx, params(fmt.Sprintf("%x", sha256.Sum256([]byte(u.Email)))))
	mac := hmac.New(sha256.New, secret)
	mac.Write([]byte(strings.ToLower(u.Email)))
	client.Chat.Completions.New(ctx, params(hex.EncodeToString(mac.Sum(nil))))
	sum := sha256.Sum256([]byte(u.Phone))
	id := hex.EncodeToString(sum[:])
	client.Chat.Completions.New(ctx, params(id))
	client.Chat.Completions.New(ctx, params(u.ID))
	client.Chat.Completions.New(ctx, params(emailHash))
	client.Chat.Completions.New(ctx, params(lookup(u)))
	var hashed string
	hashed = ids.Hash(u.Email)
	client.Chat.Completions.New(ctx, params(hashed))
}
