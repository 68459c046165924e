// Package shadowed names locals after the packages the hashing fix writes:
// where a local hides an import, the fix imports the package again under
// a name that is free there.
package shadowed

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/openai/openai-go/v3"
)

type User struct{ Email, Phone string }

var client = openai.NewClient()

func localFmt(ctx context.Context, u User) {
	fmt := strings.ToLower(u.Phone)
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, SafetyIdentifier: openai.String(u.Email), Metadata: map[string]string{"f": fmt}}) // want `is an e-mail address \(u.Email\)`
}

func parameterSha256(ctx context.Context, u User, sha256 []byte) {
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, SafetyIdentifier: openai.String(u.Email), Seed: openai.Int(int64(len(sha256)))}) // want `is an e-mail address \(u.Email\)`
}

func enclosingBlock(ctx context.Context, u User) {
	if fmt, sha256 := u.Phone, u.Email; fmt != sha256 {
		for range 2 {
			client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, SafetyIdentifier: openai.String(u.Email)}) // want `is an e-mail address \(u.Email\)`
		}
	}
}

// Negative neighbours: the fix writes fmt and sha256 as they are imported.

// Locals named after packages the fix does not use change nothing.
func otherNames(ctx context.Context, u User, hex, strings string) {
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, SafetyIdentifier: openai.String(u.Email + hex + strings)}) // want `is an e-mail address \(u.Email\)`
}

// A local declared after the request hides nothing at the request.
func declaredAfter(ctx context.Context, u User) {
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, SafetyIdentifier: openai.String(u.Email)}) // want `is an e-mail address \(u.Email\)`
	fmt := u.Phone
	_ = fmt
}

// A local in a block that does not enclose the request hides nothing there.
func siblingBlock(ctx context.Context, u User) {
	if sha256 := u.Phone; sha256 != "" {
		return
	}
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, SafetyIdentifier: openai.String(u.Email)}) // want `is an e-mail address \(u.Email\)`
}

// Hashed already: no finding.
func hashed(ctx context.Context, u User) {
	sum := sha256.Sum256([]byte(u.Email))
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, SafetyIdentifier: openai.String(hex.EncodeToString(sum[:]))})
	_ = fmt.Sprint()
}
