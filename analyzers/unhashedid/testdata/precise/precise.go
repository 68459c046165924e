// Package precise holds unhashedid cases for values that look hashed or
// anonymous and are not, each beside a twin that is.
package precise

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"hash/fnv"
	"strconv"
	"strings"

	"github.com/cespare/xxhash/v2"
	"github.com/openai/openai-go/v3"
)

var client = openai.NewClient()

func params(id string) openai.ChatCompletionNewParams {
	return openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, SafetyIdentifier: openai.String(id)}
}

type User struct {
	ID    string
	Email string
}

// A variable named like a hash that holds the address, lower-cased.
func misnamed(ctx context.Context, u User) {
	emailHash := strings.ToLower(strings.TrimSpace(u.Email))
	client.Chat.Completions.New(ctx, params(emailHash)) // want `is an e-mail address \(u.Email\)`
}

func wellNamed(ctx context.Context, u User) {
	sum := sha256.Sum256([]byte(strings.ToLower(u.Email)))
	emailHash := hex.EncodeToString(sum[:])
	client.Chat.Completions.New(ctx, params(emailHash))
}

// The local part of an address identifies its owner as well.
func localPart(ctx context.Context, u User) {
	client.Chat.Completions.New(ctx, params(strings.Split(u.Email, "@")[0])) // want `is an e-mail address \(u.Email\)`
	local, _, _ := strings.Cut(u.Email, "@")
	client.Chat.Completions.New(ctx, params(local)) // want `is an e-mail address \(u.Email\)`
}

func localPartHashed(ctx context.Context, u User) {
	local, _, _ := strings.Cut(u.Email, "@")
	client.Chat.Completions.New(ctx, params(fmt.Sprintf("%x", sha256.Sum256([]byte(local)))))
}

// xxHash and FNV are checksums: they hide nothing.
func xxHashed(ctx context.Context, u User) {
	client.Chat.Completions.New(ctx, params(strconv.FormatUint(xxhash.Sum64String(u.Email), 16))) // want `is an e-mail address \(u.Email\)`
	d := xxhash.New()
	d.WriteString(u.Email)
	client.Chat.Completions.New(ctx, params(strconv.FormatUint(d.Sum64(), 16))) // want `is an e-mail address \(u.Email\)`
}

func xxHashedID(ctx context.Context, u User) {
	client.Chat.Completions.New(ctx, params(strconv.FormatUint(xxhash.Sum64String(u.ID), 16)))
}

// fnvHash returns the FNV-1a hash of s.
func fnvHash(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}

// sha returns the SHA-256 of s in hex.
func sha(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

func fnvFromHelper(ctx context.Context, u User) {
	client.Chat.Completions.New(ctx, params(strconv.FormatUint(fnvHash(u.Email), 16))) // want `is an e-mail address \(u.Email\)`
	client.Chat.Completions.New(ctx, params(sha(u.Email)))
}

// hasher keeps a hash to reuse.
type hasher struct {
	h    hash.Hash64
	salt string
}

func (x *hasher) id(ctx context.Context, u User) {
	x.h.Reset()
	x.h.Write([]byte(u.Email))
	client.Chat.Completions.New(ctx, params(strconv.FormatUint(x.h.Sum64(), 16))) // want `is an e-mail address \(u.Email\)`
}

func (x *hasher) idOfID(ctx context.Context, u User) {
	x.h.Reset()
	x.h.Write([]byte(u.ID + x.salt))
	client.Chat.Completions.New(ctx, params(strconv.FormatUint(x.h.Sum64(), 16)))
}

// An organisation's name is nobody's.
type Organization struct{ Name string }

type Member struct {
	Name    string
	Company Organization
}

func orgName(ctx context.Context, org Organization, m Member) {
	client.Chat.Completions.New(ctx, params(org.Name))
	client.Chat.Completions.New(ctx, params(m.Company.Name))
	client.Chat.Completions.New(ctx, params(m.Name)) // want `is a person's name \(m.Name\)`
}

// Personal data kept in a local struct, a map or a strings.Builder is
// still personal.
type ident struct{ value, kind string }

func throughLocals(ctx context.Context, u User) {
	id := ident{value: u.Email, kind: "email"}
	client.Chat.Completions.New(ctx, params(id.value)) // want `is an e-mail address \(u.Email\)`
	var other ident
	other.value = strings.ToLower(u.Email)
	client.Chat.Completions.New(ctx, params(other.value)) // want `is an e-mail address \(u.Email\)`
	fields := map[string]string{"email": u.Email, "id": u.ID}
	client.Chat.Completions.New(ctx, params(fields["email"])) // want `is an e-mail address \(u.Email\)`
	client.Chat.Completions.New(ctx, params(fields["id"]))
	ids := map[string]string{}
	ids["user"] = u.Email
	client.Chat.Completions.New(ctx, params(ids["user"])) // want `is an e-mail address \(u.Email\)`
	var b strings.Builder
	b.WriteString("user:")
	b.WriteString(u.Email)
	client.Chat.Completions.New(ctx, params(b.String())) // want `is an e-mail address \(u.Email\)`
}

func throughLocalsHashed(ctx context.Context, u User) {
	id := ident{value: sha(u.Email), kind: "sha256"}
	client.Chat.Completions.New(ctx, params(id.value))
	var b strings.Builder
	b.WriteString("user:")
	b.WriteString(u.ID)
	client.Chat.Completions.New(ctx, params(b.String()))
}
