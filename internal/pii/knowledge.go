package pii

import "github.com/openaivet/openaivet/internal/names"

// What names, packages and fields say about personal data.

// hashWords in a name say the value was hashed or is an opaque token.
var hashWords = map[string]bool{
	"hash": true, "hashed": true, "digest": true, "sha": true, "sha1": true, "sha256": true,
	"sha512": true, "hmac": true, "fingerprint": true, "pseudonym": true, "pseudonymous": true,
	"anonymized": true, "anonymised": true,
}

var phoneWords = map[string]bool{"phone": true, "msisdn": true, "mobile": true, "telephone": true, "tel": true}

var loginNames = map[string]bool{
	"username": true, "login": true, "loginname": true, "userlogin": true, "handle": true,
	"screenname": true, "nickname": true, "accountname": true,
}

var personNames = map[string]bool{
	"name": true, "firstname": true, "lastname": true, "fullname": true, "displayname": true,
	"givenname": true, "familyname": true, "surname": true, "realname": true, "middlename": true,
}

var ipNames = map[string]bool{
	"remoteaddr": true, "ipaddr": true, "ipaddress": true, "clientip": true, "remoteip": true,
	"xforwardedfor": true, "forwardedfor": true, "xrealip": true, "realip": true,
}

// cryptoHashPackages hash or derive keys; anything they return is a digest.
// golang.org/x/crypto counts as a whole.
var cryptoHashPackages = map[string]bool{
	"crypto/sha256": true, "crypto/sha512": true, "crypto/sha3": true, "crypto/sha1": true,
	"crypto/md5": true, "crypto/hmac": true, "crypto/hkdf": true, "crypto/pbkdf2": true,
}

// checksumPackages are hashes that do not hide their input: a value
// through them is as personal as before.
var checksumPackages = map[string]bool{
	"hash/fnv": true, "hash/crc32": true, "hash/crc64": true, "hash/adler32": true, "hash/maphash": true,
	"github.com/cespare/xxhash/v2": true, "github.com/cespare/xxhash": true, "github.com/zeebo/xxh3": true,
	"github.com/OneOfOne/xxhash": true, "github.com/spaolacci/murmur3": true, "github.com/twmb/murmur3": true,
	"github.com/dchest/siphash": true,
}

// builderTypes build strings from what is written to them; builderReads
// return what was.
var (
	builderTypes = names.NewSet("strings.Builder", "bytes.Buffer")
	builderReads = map[string]bool{"String": true, "Bytes": true}
)

// genericNames name something by its name, whatever it is: a person's
// name only when it belongs to a person.
var genericNames = map[string]bool{"name": true, "displayname": true}

// entityWords, in a type's or a variable's name, singular or plural, say
// that it is not a person: the name of an organisation, a team, a product
// is nobody's.
var entityWords = map[string]bool{
	"org": true, "organization": true, "organisation": true, "company": true,
	"companies": true, "corp": true, "corporation": true, "business": true, "enterprise": true,
	"firm": true, "employer": true, "team": true, "tenant": true, "workspace": true,
	"department": true, "dept": true, "agency": true, "institution": true, "vendor": true,
	"merchant": true, "brand": true, "group": true, "project": true, "product": true,
	"app": true, "application": true, "service": true, "model": true, "file": true,
	"channel": true, "guild": true, "server": true, "bot": true, "repo": true, "repository": true,
}

// sumMethods return what a hash.Hash has hashed.
var sumMethods = map[string]bool{"Sum": true, "Sum32": true, "Sum64": true}

// transparentPackages build, reformat or encode strings: what goes in comes
// out, readable or decodable.
var transparentPackages = map[string]bool{
	"fmt": true, "strings": true, "bytes": true, "strconv": true, "unicode": true,
	"encoding/hex": true, "encoding/base64": true, "encoding/base32": true, "net/url": true, "net": true,
	"hash/crc32": true, "hash/crc64": true, "hash/adler32": true, "path": true,
}

// keyedAccessors read a value by a key that names it: r.FormValue("email"),
// r.Header.Get("X-Forwarded-For"), c.Query("phone").
var keyedAccessors = map[string]bool{
	"FormValue": true, "PostFormValue": true, "Get": true, "GetHeader": true, "Query": true,
	"QueryParam": true, "FormParam": true, "Param": true, "PathValue": true,
	"DefaultQuery": true, "PostForm": true, "DefaultPostForm": true,
}

// knownFields hold personal data whatever their name; names are in
// package names' format.
var knownFields = names.NewTable(map[string]Kind{
	"(net/mail.Address).Address":    Email,
	"(net/mail.Address).Name":       PersonName,
	"(net/http.Request).RemoteAddr": IPAddress,
})

// knownResults return personal data whatever their name; names are in
// package names' format.
var knownResults = names.NewTable(map[string]Kind{
	"(net/url.Userinfo).Username": Login,
	"(net/mail.Address).String":   Email,
})

// splitFuncs split a string at a separator, the first part first.
var splitFuncs = names.NewSet("strings.Split", "strings.SplitN")
