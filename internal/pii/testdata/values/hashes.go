package values

import (
	"crypto/hmac"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/hex"
	"hash"
	"hash/crc32"
	"hash/fnv"
	"strconv"

	"example.com/pii/ask"
	"github.com/cespare/xxhash/v2"
	"github.com/spaolacci/murmur3"
	"golang.org/x/crypto/blake2b"
)

func sha256Hex(s string) string { // want `^hashing helper sha256Hex$`
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

var pepper = []byte("pepper")

func hmacHex(s string) string { // want `^hashing helper hmacHex$`
	mac := hmac.New(sha256.New, pepper)
	mac.Write([]byte(s))
	return hex.EncodeToString(mac.Sum(nil))
}

// fnvHex takes one string and returns one, but hides nothing of it: no
// helper a fix may call.
func fnvHex(s string) string {
	h := fnv.New64a()
	h.Write([]byte(s))
	return strconv.FormatUint(h.Sum64(), 16)
}

// Cryptographic hashes hide what they hash.
func cryptographicHashes(u User, key []byte) {
	sum := sha256.Sum256([]byte(u.Email))
	ask.About(hex.EncodeToString(sum[:]))          // want `^hashed$`
	ask.About(hex.EncodeToString([]byte(u.Email))) // want `^an e-mail address from u\.Email$`

	digest := sha512.Sum512([]byte(u.Phone))
	ask.About(base64.StdEncoding.EncodeToString(digest[:]))       // want `^hashed$`
	ask.About(base64.StdEncoding.EncodeToString([]byte(u.Phone))) // want `^a phone number from u\.Phone$`

	mac := hmac.New(sha256.New, key)
	mac.Write([]byte(u.Email))
	ask.About(hex.EncodeToString(mac.Sum(nil))) // want `^hashed$`

	b := blake2b.Sum256([]byte(u.Username))
	ask.About(hex.EncodeToString(b[:])) // want `^hashed$`

	ask.About(sha256Hex(u.Email)) // want `^hashed$`
	ask.About(fnvHex(u.Email))    // want `^an e-mail address from u\.Email$`
}

// Checksums hide nothing: an address through xxHash, FNV, CRC-32 or
// murmur3 is as personal as before.
func checksums(u User) {
	ask.About(strconv.FormatUint(xxhash.Sum64String(u.Email), 16)) // want `^an e-mail address from u\.Email$`
	ask.About(strconv.FormatUint(xxhash.Sum64String(u.ID), 16))    // want `^no personal data$`
	ask.About(murmur3.Sum64([]byte(u.Phone)))                      // want `^a phone number from u\.Phone$`
	ask.About(crc32.ChecksumIEEE([]byte(u.Email)))                 // want `^an e-mail address from u\.Email$`

	h := fnv.New64a()
	h.Write([]byte(u.Email))
	ask.About(h.Sum64()) // want `^an e-mail address from u\.Email$`

	f := fnv.New128a()
	f.Write([]byte(u.Email))
	ask.About(hex.EncodeToString(f.Sum(nil))) // want `^an e-mail address from u\.Email$`

	s := sha256.New()
	s.Write([]byte(u.Email))
	ask.About(hex.EncodeToString(s.Sum(nil))) // want `^hashed$`

	d := xxhash.New()
	d.WriteString(u.Email)
	ask.About(d.Sum(nil)) // want `^an e-mail address from u\.Email$`
}

// A hash kept in a field is followed through the field.
type hasher struct{ h hash.Hash64 }

func checksumInField(u User) {
	s := hasher{h: fnv.New64a()}
	s.h.Write([]byte(u.Phone))
	ask.About(s.h.Sum64()) // want `^a phone number from u\.Phone$`
}

// A hash handed in from elsewhere is taken for what the code asks of it.
func hashHandedIn(u User, h hash.Hash) {
	h.Write([]byte(u.Email))
	ask.About(h.Sum(nil)) // want `^hashed$`
}

// A hash assigned over the raw value on every way to the use hides it; one
// assigned on some ways only does not.
func hashedInPlace(u User, anonymous bool) {
	id := u.Email
	id = sha256Hex(id)
	ask.About(id) // want `^hashed$`

	key := u.Email
	if anonymous {
		key = sha256Hex(key)
	}
	ask.About(key) // want `^an e-mail address from u\.Email$`

	var p struct{ ID string }
	p.ID = u.Phone
	p.ID = sha256Hex(p.ID)
	ask.About(p.ID) // want `^hashed$`
}

// A checksum declared with var as a plain hash.Hash is as transparent as
// one made with :=; a cryptographic hash declared so is not.
func checksumDeclared(u User) {
	var h hash.Hash = fnv.New64a()
	h.Write([]byte(u.Email))
	ask.About(h.Sum(nil)) // want `^an e-mail address from u\.Email$`

	var s hash.Hash = sha256.New()
	s.Write([]byte(u.Email))
	ask.About(s.Sum(nil)) // want `^hashed$`
}
