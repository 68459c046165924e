// Package fakekey makes keys in the formats OpenAI issues, for tests. They
// are built at run time, so that no key-shaped constant sits in the
// repository for a secret scanner (or openaivet itself) to trip over.
package fakekey

import (
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"
)

const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

// Formats lists the prefixes of the key formats, with the length of the
// random parts on either side of the marker.
var Formats = []struct {
	Prefix string
	Half   int
	Kind   string
}{
	{"sk-proj-", 74, "project key"},
	{"sk-svcacct-", 74, "service-account key"},
	{"sk-admin-", 74, "admin key"},
	{"sk-", 20, "user key"},
}

// New returns a key with the prefix, the marker and random parts of the
// given length, the same for the same seed.
func New(prefix string, half int, seed uint64) string {
	rng := rand.New(rand.NewPCG(seed, uint64(len(prefix))))
	random := func() string {
		var b strings.Builder
		for range half {
			b.WriteByte(alphabet[rng.IntN(len(alphabet))])
		}
		return b.String()
	}
	// The marker is base64 for "OpenAI", spelled here in two halves.
	return prefix + random() + "T3Blbk" + "FJ" + random()
}

// Unmarked returns a key-shaped string with no marker: the prefix and a
// random tail of n characters.
func Unmarked(prefix string, n int, seed uint64) string {
	rng := rand.New(rand.NewPCG(seed, 7))
	var b strings.Builder
	b.WriteString(prefix)
	for range n {
		b.WriteByte(alphabet[rng.IntN(len(alphabet))])
	}
	return b.String()
}

// Azure returns an Azure key of today's form: 84 characters, the
// service's signature at its places, the rest random.
func Azure(seed uint64) string {
	rng := rand.New(rand.NewPCG(seed, 84))
	random := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteByte(alphabet[rng.IntN(len(alphabet))])
		}
		return b.String()
	}
	// The signature, spelled in pieces.
	return random(52) + "JQQJ" + "99" + random(18) + "AC" + "OG" + random(4)
}

// AzureHex returns an older Azure key: 32 random hex digits.
func AzureHex(seed uint64) string {
	rng := rand.New(rand.NewPCG(seed, 32))
	const hex = "0123456789abcdef"
	for {
		var b strings.Builder
		for range 32 {
			b.WriteByte(hex[rng.IntN(len(hex))])
		}
		if k := b.String(); !madeUp(k) {
			return k
		}
	}
}

// madeUp reports whether a hex key has a run of six that repeats one digit
// or counts up: such a key reads as made up, and is no key.
func madeUp(k string) bool {
	same, up := 1, 1
	for i := 1; i < len(k); i++ {
		same, up = same+1, up+1
		if k[i] != k[i-1] {
			same = 1
		}
		if k[i] != k[i-1]+1 {
			up = 1
		}
		if same >= 6 || up >= 6 {
			return true
		}
	}
	return false
}

// placeholder is how testdata spells a key: @@FORMAT-SEED@@, or
// @@FORMAT-SEED:a@@ and @@FORMAT-SEED:b@@ for its two halves. FORMAT is
// proj, svcacct, admin, user, shaped (a key-shaped string, no marker),
// azure (an Azure key of today's form) or azurehex (an older one).
var placeholder = regexp.MustCompile(`@@(proj|svcacct|admin|user|shaped|azure|azurehex)-([0-9]+)(?::([ab]))?@@`)

// Expand replaces the key placeholders of text by keys, and returns the
// keys it made.
func Expand(text string) (string, []string) {
	var keys []string
	out := placeholder.ReplaceAllStringFunc(text, func(m string) string {
		sub := placeholder.FindStringSubmatch(m)
		seed, _ := strconv.ParseUint(sub[2], 10, 64)
		var key string
		switch sub[1] {
		case "shaped":
			key = Unmarked("sk-", 48, seed)
		case "user":
			key = New("sk-", 20, seed)
		case "azure":
			key = Azure(seed)
		case "azurehex":
			key = AzureHex(seed)
		default:
			key = New("sk-"+sub[1]+"-", 74, seed)
		}
		keys = append(keys, key)
		switch sub[3] {
		case "a":
			return key[:len(key)/2]
		case "b":
			return key[len(key)/2:]
		}
		return key
	})
	return out, keys
}
