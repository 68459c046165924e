package values

import (
	"net/mail"
	"strings"

	"example.com/pii/ask"
)

func emailField(u User) {
	ask.About(u.Email) // want `^an e-mail address from u\.Email$`
	ask.About(u.ID)    // want `^no personal data$`
}

func literalAddress() {
	ask.About("ops@example.com") // want `^an e-mail address from a literal e-mail address$`
	ask.About("ops")             // want `^no personal data$`
}

func throughLocals(u User) {
	contact := u.Email
	ask.About(contact) // want `^an e-mail address from u\.Email$`
	id := u.ID
	ask.About(id) // want `^no personal data$`

	var to = u.Email
	ask.About(to) // want `^an e-mail address from u\.Email$`
	var plan string = u.Plan
	ask.About(plan) // want `^no personal data$`
}

// A local given a hash on one way and a value that says nothing on the
// other holds no personal data, whatever its name says.
func hashOrPlaceholder(u *User) {
	email := "anonymous"
	if u != nil {
		email = sha256Hex(u.Email)
	}
	ask.About(email) // want `^no personal data$`

	phone := u.Phone
	if u.Phone == "" {
		phone = "anonymous"
	}
	ask.About(phone) // want `^a phone number from u\.Phone$`
}

// A local holds what is assigned to it, whatever its name says: an
// address lower-cased is no hash.
func lowerCasedInEmailHash(u User) {
	emailHash := strings.ToLower(strings.TrimSpace(u.Email))
	ask.About(emailHash) // want `^an e-mail address from u\.Email$`
	hashedEmail := sha256Hex(strings.ToLower(strings.TrimSpace(u.Email)))
	ask.About(hashedEmail) // want `^hashed$`
}

// A local given only values that say nothing goes by its name.
func localByName(id string) {
	email := lookup(id)
	ask.About(email) // want `^an e-mail address from email$`
	contact := lookup(id)
	ask.About(contact) // want `^no personal data$`
}

var directory = map[string]string{}

func lookup(id string) string { return directory[id] }

// The part of an address before the @ is the person's; the domain is not.
func localPart(u User) {
	local, _, _ := strings.Cut(u.Email, "@")
	ask.About(local) // want `^an e-mail address from u\.Email$`
	_, domain, _ := strings.Cut(u.Email, "@")
	ask.About(domain)                             // want `^no personal data$`
	ask.About(strings.Split(u.Email, "@")[0])     // want `^an e-mail address from u\.Email$`
	ask.About(strings.SplitN(u.Email, "@", 2)[1]) // want `^no personal data$`
}

func parsedAddress(header string) {
	addr, err := mail.ParseAddress(header)
	if err != nil {
		return
	}
	ask.About(addr.Address)            // want `^an e-mail address from addr\.Address$`
	ask.About(addr.Name)               // want `^a person's name from addr\.Name$`
	ask.About(sha256Hex(addr.Address)) // want `^hashed$`
}
