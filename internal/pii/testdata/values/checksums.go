package values

import (
	"hash/adler32"
	"hash/crc64"
	"hash/maphash"

	"example.com/pii/ask"
	oneofone "github.com/OneOfOne/xxhash"
	xxhashv1 "github.com/cespare/xxhash"
	"github.com/dchest/siphash"
	twmb "github.com/twmb/murmur3"
	"github.com/zeebo/xxh3"
)

// Every checksum package of the tables hides nothing of what it sums.
func everyChecksumPackage(u User, seed maphash.Seed, k0, k1 uint64) {
	ask.About(xxh3.HashString(u.Email))                                    // want `^an e-mail address from u\.Email$`
	ask.About(xxh3.HashString(u.ID))                                       // want `^no personal data$`
	ask.About(twmb.StringSum64(u.Phone))                                   // want `^a phone number from u\.Phone$`
	ask.About(twmb.StringSum64(u.Plan))                                    // want `^no personal data$`
	ask.About(oneofone.ChecksumString64(u.Email))                          // want `^an e-mail address from u\.Email$`
	ask.About(oneofone.ChecksumString64(u.ID))                             // want `^no personal data$`
	ask.About(xxhashv1.Sum64String(u.Username))                            // want `^a login name from u\.Username$`
	ask.About(xxhashv1.Sum64String(u.Plan))                                // want `^no personal data$`
	ask.About(siphash.Hash(k0, k1, []byte(u.Email)))                       // want `^an e-mail address from u\.Email$`
	ask.About(siphash.Hash(k0, k1, []byte(u.ID)))                          // want `^no personal data$`
	ask.About(maphash.String(seed, u.Name))                                // want `^a person's name from u\.Name$`
	ask.About(maphash.String(seed, u.Plan))                                // want `^no personal data$`
	ask.About(adler32.Checksum([]byte(u.Phone)))                           // want `^a phone number from u\.Phone$`
	ask.About(crc64.Checksum([]byte(u.Phone), crc64.MakeTable(crc64.ISO))) // want `^a phone number from u\.Phone$`
	ask.About(crc64.Checksum([]byte(u.ID), crc64.MakeTable(crc64.ISO)))    // want `^no personal data$`
}
