package values

import (
	"bytes"
	"fmt"
	"io"
	"net/mail"
	"net/url"
	"strings"

	"example.com/pii/ask"
)

type profile struct{ Contact, Label string }

// A field of a local struct holds what is stored in it, whatever its name
// says.
func structFields(u User) {
	p := profile{Contact: u.Email, Label: u.ID}
	ask.About(p.Contact) // want `^an e-mail address from u\.Email$`
	ask.About(p.Label)   // want `^no personal data$`

	var q profile
	q.Contact = sha256Hex(u.Email)
	ask.About(q.Contact) // want `^hashed$`

	var v = profile{Contact: u.Phone}
	ask.About(v.Contact) // want `^a phone number from u\.Phone$`

	r := &profile{}
	r.Label = u.Phone
	ask.About(r.Label) // want `^a phone number from u\.Phone$`
}

// A struct made elsewhere holds what its fields' names say.
func structFromElsewhere(u User) {
	m := mail.Address{Address: u.Email}
	ask.About(m.Address) // want `^an e-mail address from u\.Email$`
	a := newAuthor(u)
	ask.About(a.Name) // want `^a person's name from a\.Name$`
	ask.About(a.Bio)  // want `^no personal data$`
}

func newAuthor(u User) Author { return Author{User: u} }

// A map read by a constant key holds what is stored under that key.
func mapsWithConstantKeys(u User) {
	claims := map[string]string{"email": u.Email, "sub": u.ID}
	ask.About(claims["email"]) // want `^an e-mail address from u\.Email$`
	ask.About(claims["sub"])   // want `^no personal data$`

	meta := map[string]string{}
	meta["phone"] = u.Phone
	meta["plan"] = u.Plan
	ask.About(meta["phone"]) // want `^a phone number from u\.Phone$`
	ask.About(meta["plan"])  // want `^no personal data$`

	hashed := map[string]string{"email": sha256Hex(u.Email)}
	ask.About(hashed["email"]) // want `^hashed$`
}

// A map of claims is read with a type assertion, and with a second
// result that says whether the key was there.
func claimsMap(u User) {
	claims := map[string]any{"email": u.Email, "sub": u.ID}
	contact, _ := claims["email"].(string)
	ask.About(contact) // want `^an e-mail address from u\.Email$`
	subject, _ := claims["sub"].(string)
	ask.About(subject) // want `^no personal data$`
	if v, ok := claims["email"]; ok {
		ask.About(v) // want `^an e-mail address from u\.Email$`
	}
	if v, ok := claims["sub"]; ok {
		ask.About(v) // want `^no personal data$`
	}
}

// Slices and arrays hold what their elements do, and so does a query
// string built from a map.
func slicesOfValues(u User) {
	ask.About(url.Values{"email": {u.Email}}.Encode())              // want `^an e-mail address from u\.Email$`
	ask.About(url.Values{"plan": {u.Plan}}.Encode())                // want `^no personal data$`
	ask.About(strings.Join([]string{u.FirstName, u.LastName}, " ")) // want `^a person's name from u\.FirstName, a person's name from u\.LastName$`
	ask.About(strings.Join([]string{u.ID, u.Plan}, ":"))            // want `^no personal data$`
	parts := [2]string{u.ID, u.Email}
	ask.About(parts[1:]) // want `^an e-mail address from u\.Email$`
}

func stringsBuilder(u User) {
	var b strings.Builder
	b.WriteString("user:")
	b.WriteString(u.Email)
	ask.About(b.String()) // want `^an e-mail address from u\.Email$`

	var s strings.Builder
	s.WriteString("user:")
	s.WriteString(u.ID)
	ask.About(s.String()) // want `^no personal data$`
}

func bytesBuffer(u User) {
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "%s-%s", u.ID, u.Phone)
	ask.About(buf.String()) // want `^a phone number from u\.Phone$`

	var other bytes.Buffer
	io.WriteString(&other, u.ID)
	ask.About(other.Bytes()) // want `^no personal data$`
}

// A builder kept in a field is followed through the field.
type keyBuilder struct{ b strings.Builder }

func builderInField(u User) {
	var k keyBuilder
	k.b.WriteString(u.Username)
	ask.About(k.b.String()) // want `^a login name from u\.Username$`

	var o keyBuilder
	o.b.WriteString(u.Plan)
	ask.About(o.b.String()) // want `^no personal data$`
}

// Pointers and conversions carry what they point to or convert.
func pointersAndConversions(u User) {
	email := &u.Email
	ask.About(*email)                   // want `^an e-mail address from u\.Email$`
	ask.About([]byte(u.Phone))          // want `^a phone number from u\.Phone$`
	ask.About([]byte(u.Plan))           // want `^no personal data$`
	ask.About(fmt.Sprint(len(u.Email))) // want `^no personal data$`
}

// A builder replaced on every way to the read keeps none of what it was
// fed before.
func builderReplaced(u User) {
	var b strings.Builder
	b.WriteString(u.Email)
	b = strings.Builder{}
	b.WriteString(u.ID)
	ask.About(b.String()) // want `^no personal data$`

	var c strings.Builder
	c.WriteString(u.Email)
	if u.ID != "" {
		c = strings.Builder{}
	}
	ask.About(c.String()) // want `^an e-mail address from u\.Email$`
}
