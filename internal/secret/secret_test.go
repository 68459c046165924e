package secret

import (
	"strings"
	"testing"

	"github.com/openaivet/openaivet/internal/secret/fakekey"
)

func TestFindMarked(t *testing.T) {
	for i, f := range fakekey.Formats {
		key := fakekey.New(f.Prefix, f.Half, uint64(i))
		text := `client := openai.NewClient(option.WithAPIKey("` + key + `"))`
		keys := Find(text, false)
		if len(keys) != 1 {
			t.Fatalf("%s: found %d keys, want 1", f.Kind, len(keys))
		}
		k := keys[0]
		if text[k.Start:k.End] != key || k.Kind() != f.Kind || !k.Marked || k.Length != len(key) {
			t.Errorf("%s: got %+v", f.Kind, k)
		}
		if strings.Contains(k.String(), key[len(f.Prefix):len(f.Prefix)+4]) {
			t.Errorf("%s: the description shows part of the key: %s", f.Kind, k)
		}
	}
}

func TestFindKeyShaped(t *testing.T) {
	key := fakekey.Unmarked("sk-", 48, 1)
	if keys := Find(key, false); len(keys) != 0 {
		t.Errorf("an unmarked key counts only where a key is taken: %v", keys)
	}
	if keys := Find("Bearer "+key, true); len(keys) != 1 || keys[0].Marked {
		t.Errorf("key-shaped: %v", keys)
	}
}

func TestNotKeys(t *testing.T) {
	for _, s := range []string{
		"sk-...",
		"sk-xxxx",
		"sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
		"sk-your-key-here",
		"sk-your-api-key-goes-here-please-1234567",
		"YOUR_API_KEY",
		"sk-",
		"${OPENAI_API_KEY}",
		"sk-proj-EXAMPLEEXAMPLEEXAMPLE" + "T3Blbk" + "FJEXAMPLEEXAMPLE",
		"sk-dummy0123456789abcdefABCDEF0123456789",
		"sk-test-Abc123Def456Ghi789Jkl012Mno345",
		"sk-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
		"sk-learn-preprocessing-standard-scaler-module",
		"task-Abc123Def456Ghi789Jkl012Mno345Pqr678",
		"disk-Abc123Def456Ghi789Jkl012Mno345Pqr678",
		"sk-0123456789012345678901234567890123456789",
	} {
		if keys := Find(s, true); len(keys) != 0 {
			t.Errorf("Find(%q) = %v, want no key", s, keys)
		}
	}
}

func TestRedact(t *testing.T) {
	marked := fakekey.New("sk-proj-", 74, 3)
	shaped := fakekey.Unmarked("sk-", 48, 4)
	text := "-\toption.WithAPIKey(\"" + marked + "\"),\n+\tAuthorization: Bearer " + shaped + "\n"
	got := Redact(text)
	for _, key := range []string{marked, shaped} {
		for i := 0; i+12 <= len(key); i++ {
			if strings.Contains(got, key[i:i+12]) {
				t.Fatalf("redacted text still holds %q:\n%s", key[i:i+12], got)
			}
		}
	}
	if !strings.Contains(got, "sk-proj-…[redacted: 164 characters, sha256 ") || !strings.Contains(got, "Bearer sk-…[redacted: 51 characters") {
		t.Errorf("redacted text does not describe the keys:\n%s", got)
	}
	half := marked[len(marked)/2:]
	if got := Redact(`"` + marked[:len(marked)/2] + `" +` + "\n" + `"` + half + `"`); strings.Contains(got, half[:12]) || strings.Contains(got, marked[10:22]) {
		t.Errorf("the halves of a split key are not redacted:\n%s", got)
	}
	// Glued to a word, a key is not found there, but once found elsewhere
	// in the text, it is redacted wherever it is spelled.
	if got := Redact(shaped + " task" + shaped); strings.Contains(got, shaped[3:15]) {
		t.Errorf("a key glued to a word is left in place:\n%s", got)
	}
	if Redact("no keys here") != "no keys here" {
		t.Error("Redact changed text without keys")
	}
}

func TestFindAzure(t *testing.T) {
	marked := fakekey.Azure(1)
	text := `cred := azcore.NewKeyCredential("` + marked + `")`
	keys := FindAzure(text)
	if len(keys) != 1 || text[keys[0].Start:keys[0].End] != marked || !keys[0].Azure || !keys[0].Marked || keys[0].Kind() != "Azure key" {
		t.Fatalf("FindAzure(today's key) = %+v", keys)
	}
	if strings.Contains(keys[0].String(), marked[:4]) {
		t.Errorf("the description shows part of the key: %s", keys[0])
	}
	hex := fakekey.AzureHex(2)
	if keys := FindAzure(hex); len(keys) != 1 || keys[0].Marked || keys[0].Length != 32 {
		t.Errorf("FindAzure(hex key) = %+v, want the whole value", keys)
	}
	for _, s := range []string{
		"x" + marked,                       // glued to a word
		"sha " + hex,                       // a hex key counts only as the whole value
		hex + hex[:8],                      // too long
		"00000000000000000000000000000000", // placeholders
		"0123456789abcdef0123456789abcdef",
		"ffffffffffffffff0000000000000000",
		"d41d8cd98f00b204e9800998ecf8427", // 31 digits
		"your-azure-openai-key-goes-here",
	} {
		if keys := FindAzure(s); len(keys) != 0 {
			t.Errorf("FindAzure(%q) = %v, want no key", s, keys)
		}
	}
	if keys := Find(hex, true); len(keys) != 0 {
		t.Errorf("Find takes a hex value for an OpenAI key: %v", keys)
	}
}

func TestRedactAzure(t *testing.T) {
	marked := fakekey.Azure(3)
	hex := fakekey.AzureHex(4)
	got := Redact("key " + marked + " and " + hex)
	for i := 0; i+12 <= len(marked); i++ {
		if strings.Contains(got, marked[i:i+12]) {
			t.Fatalf("redacted text still holds %q:\n%s", marked[i:i+12], got)
		}
	}
	if !strings.Contains(got, "…[redacted: 84 characters, sha256 ") {
		t.Errorf("the Azure key is not described:\n%s", got)
	}
	// A hex key is one only where the source gives it: printed text alone
	// cannot tell it from a checksum (see Redactor).
	if !strings.Contains(got, hex) {
		t.Errorf("a hex value is redacted by pattern:\n%s", got)
	}
}
