// Package secret finds OpenAI API keys, and the Azure keys that Azure
// OpenAI takes, in text and describes them without revealing them: a key
// is shown as its public prefix, its length and a short fingerprint,
// enough to find and revoke it and no more.
package secret

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"
)

// marker is base64 for "OpenAI"; every key OpenAI issues carries it.
const marker = "T3BlbkFJ"

// Key is a key found in a text.
type Key struct {
	Start, End int    // byte offsets of the key in the text
	Prefix     string // the public prefix: "sk-proj-", "sk-svcacct-", "sk-admin-", "sk-"
	Length     int
	// Marked reports that the key carries the marker of an issued key;
	// an unmarked key is only key-shaped (an sk- prefix and a long,
	// random tail).
	Marked      bool
	Fingerprint string // the first 8 hex digits of the key's SHA-256
	// Azure reports an Azure key: a resource's key for Azure OpenAI (or
	// another Azure AI service), with no prefix.
	Azure bool
}

// Kind names the kind of key, after its prefix.
func (k Key) Kind() string {
	if k.Azure {
		return "Azure key"
	}
	switch k.Prefix {
	case "sk-proj-":
		return "project key"
	case "sk-svcacct-":
		return "service-account key"
	case "sk-admin-":
		return "admin key"
	}
	return "user key"
}

// Name names the key for messages: "OpenAI project key", "Azure key".
func (k Key) Name() string {
	if k.Azure {
		return k.Kind()
	}
	return "OpenAI " + k.Kind()
}

// String describes the key for messages: never any of its secret part.
func (k Key) String() string {
	return fmt.Sprintf("%s…, sha256 %s", k.Prefix, k.Fingerprint)
}

// keyPattern matches an sk- key: a prefix and a tail of the characters keys
// are made of. What follows decides whether it is a key.
var keyPattern = regexp.MustCompile(`sk-(?:(?:proj|svcacct|admin)-)?[A-Za-z0-9_-]{16,}`)

// Find returns the keys in text: those with the marker of an issued key
// and, when keyShaped is set, those shaped like one (a long, random tail
// with no marker), as they are in a place that takes a key. Placeholders
// such as "sk-...", "sk-xxxx" or "sk-your-key-here" are never keys.
func Find(text string, keyShaped bool) []Key {
	if !strings.Contains(text, "sk-") {
		return nil
	}
	var keys []Key
	for _, loc := range keyPattern.FindAllStringIndex(text, -1) {
		start, end := loc[0], loc[1]
		if start > 0 && isKeyChar(text[start-1]) {
			continue // inside a longer word, such as "task-..."
		}
		k, ok := classify(text[start:end])
		if !ok || !k.Marked && !keyShaped {
			continue
		}
		k.Start, k.End = start, end
		keys = append(keys, k)
	}
	return keys
}

// azureMarkedKey matches the keys Azure AI services issue today: 84
// characters with the service's signature at fixed places. Like OpenAI's
// marker, the signature tells one from any other text.
var azureMarkedKey = regexp.MustCompile(`[A-Za-z0-9]{52}JQQJ99[A-Za-z0-9]{18}ACOG[A-Za-z0-9]{4}`)

// azureHexKey matches the whole of an older Azure key: 32 hex digits,
// which only the place that takes it tells from a checksum or an ID.
var azureHexKey = regexp.MustCompile(`^[0-9a-fA-F]{32}$`)

// FindAzure returns the Azure keys in text, a value given where an Azure
// key is taken: the keys with the signature of an issued one, and the text
// itself when it is an older, hex key that is not a placeholder.
func FindAzure(text string) []Key {
	var keys []Key
	for _, loc := range azureMarkedKey.FindAllStringIndex(text, -1) {
		if start, end := loc[0], loc[1]; (start == 0 || !isKeyChar(text[start-1])) && (end == len(text) || !isKeyChar(text[end])) {
			keys = append(keys, azureKey(text, start, end, true))
		}
	}
	if azureHexKey.MatchString(text) && !placeholder(text, false) && !counting(text) && random(text, false) {
		keys = append(keys, azureKey(text, 0, len(text), false))
	}
	return keys
}

func azureKey(text string, start, end int, marked bool) Key {
	return Key{Start: start, End: end, Length: end - start, Marked: marked, Fingerprint: fingerprint(text[start:end]), Azure: true}
}

// counting reports whether s holds a run of six characters that count up
// ("012345", "abcdef"), as made-up hex keys do.
func counting(s string) bool {
	run := 1
	for i := 1; i < len(s); i++ {
		if s[i] == s[i-1]+1 {
			if run++; run >= 6 {
				return true
			}
		} else {
			run = 1
		}
	}
	return false
}

func classify(s string) (Key, bool) {
	prefix := "sk-"
	for _, p := range []string{"sk-proj-", "sk-svcacct-", "sk-admin-"} {
		if strings.HasPrefix(s, p) {
			prefix = p
		}
	}
	tail := s[len(prefix):]
	k := Key{Prefix: prefix, Length: len(s), Fingerprint: fingerprint(s)}
	if i := strings.Index(tail, marker); i >= 8 && len(tail)-i-len(marker) >= 8 {
		k.Marked = true
	}
	if placeholder(tail, k.Marked) {
		return k, false
	}
	return k, k.Marked || len(tail) >= 20 && random(tail, true)
}

// placeholderWords are found in the tails of example and test keys.
var placeholderWords = []string{
	"example", "dummy", "fake", "test", "your", "xxxx", "placeholder", "redacted",
	"sample", "changeme", "replace", "insert", "here", "mock", "invalid", "secret", "key",
}

// placeholder reports whether a tail is that of an example key. In the
// random tail of a marked key a short word turns up by chance, so only
// words of five letters or more count there.
func placeholder(tail string, marked bool) bool {
	lower := strings.ToLower(tail)
	for _, w := range placeholderWords {
		if marked && len(w) < 5 {
			continue
		}
		if strings.Contains(lower, w) {
			return true
		}
	}
	// Long runs of one character ("aaaaaa", "000000").
	run := 1
	for i := 1; i < len(tail); i++ {
		if tail[i] == tail[i-1] {
			run++
			if run >= 6 {
				return true
			}
		} else {
			run = 1
		}
	}
	return false
}

// random reports whether a tail looks generated: letters and digits mixed,
// upper and lower case too where cased is set, with the entropy of random
// text over its alphabet.
func random(tail string, cased bool) bool {
	var upper, lower, digit bool
	counts := map[rune]int{}
	for _, r := range tail {
		counts[r]++
		switch {
		case 'A' <= r && r <= 'Z':
			upper = true
		case 'a' <= r && r <= 'z':
			lower = true
		case '0' <= r && r <= '9':
			digit = true
		}
	}
	if cased && !(upper && lower) || !upper && !lower || !digit {
		return false
	}
	entropy := 0.0
	for _, c := range counts {
		p := float64(c) / float64(len(tail))
		entropy -= p * math.Log2(p)
	}
	if !cased {
		return entropy >= 3.2 // of 4 bits a hex digit at most
	}
	return entropy >= 3.5
}

func isKeyChar(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '-'
}

func fingerprint(key string) string {
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:4])
}

// markedToken matches a run of key characters around the marker: a piece
// of a key split across string literals, its sk- prefix elsewhere.
var markedToken = regexp.MustCompile(`[A-Za-z0-9_-]*` + marker + `[A-Za-z0-9_-]*`)

// Redact replaces every key in text, marked or key-shaped, and every piece
// of a key that carries the marker, by its description.
func Redact(text string) string {
	keys := keySpans(text)
	if len(keys) == 0 {
		return text
	}
	var b strings.Builder
	last := 0
	for _, k := range keys {
		if k.Start < last { // overlaps the span before: redacted with it
			last = max(last, k.End)
			continue
		}
		b.WriteString(text[last:k.Start])
		b.WriteString(k.redacted())
		last = k.End
	}
	b.WriteString(text[last:])
	return b.String()
}

// keySpans returns the keys in text, marked or key-shaped, the pieces of
// keys that carry the marker, the Azure keys that carry their signature,
// and every other place a key found here is spelled (glued to a word,
// where Find does not take it for a key), in order of their start. Spans
// may overlap.
func keySpans(text string) []Key {
	keys := Find(text, true)
	for _, loc := range azureMarkedKey.FindAllStringIndex(text, -1) {
		keys = append(keys, azureKey(text, loc[0], loc[1], true))
	}
	if strings.Contains(text, marker) {
		for _, loc := range markedToken.FindAllStringIndex(text, -1) {
			if loc[1]-loc[0] >= 16 && !covered(keys, loc[0]) {
				piece := text[loc[0]:loc[1]]
				keys = append(keys, Key{Start: loc[0], End: loc[1], Length: len(piece), Fingerprint: fingerprint(piece)})
			}
		}
	}
	for _, k := range slices.Clone(keys) {
		spelled := text[k.Start:k.End]
		for at := 0; ; {
			i := strings.Index(text[at:], spelled)
			if i < 0 {
				break
			}
			if start := at + i; !covered(keys, start) {
				k.Start, k.End = start, start+len(spelled)
				keys = append(keys, k)
			}
			at += i + 1
		}
	}
	slices.SortFunc(keys, func(a, b Key) int { return a.Start - b.Start })
	return keys
}

// redacted is what stands for the key in redacted text.
func (k Key) redacted() string {
	return fmt.Sprintf("%s…[redacted: %d characters, sha256 %s]", k.Prefix, k.Length, k.Fingerprint)
}

func covered(keys []Key, offset int) bool {
	for _, k := range keys {
		if k.Start <= offset && offset < k.End {
			return true
		}
	}
	return false
}
