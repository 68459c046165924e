package values

import (
	"strings"

	"example.com/pii/ask"
)

func personNames(u User) {
	ask.About(u.Name)                         // want `^a person's name from u\.Name$`
	ask.About(u.FirstName + " " + u.LastName) // want `^a person's name from u\.FirstName, a person's name from u\.LastName$`
	ask.About(u.Company.Name)                 // want `^no personal data$`
	ask.About(u.Plan)                         // want `^no personal data$`
}

func loginNames(u User) {
	ask.About(u.Username)                   // want `^a login name from u\.Username$`
	ask.About(strings.ToLower(u.Username))  // want `^a login name from u\.Username$`
	ask.About(sha256Hex(u.Username))        // want `^hashed$`
	ask.About(strings.ToLower(u.ID + "@x")) // want `^no personal data$`
}

// The name of an organisation, a team or a company is nobody's.
func organisationNames(org Organization, team Team, orgs []Organization) {
	ask.About(org.Name)         // want `^no personal data$`
	ask.About(org.DisplayName)  // want `^no personal data$`
	ask.About(team.DisplayName) // want `^no personal data$`
	ask.About(orgs[0].Name)     // want `^no personal data$`
}

// What names a person's or an organisation's name is the type that holds
// it, or the name it is reached by.
func ownerOfTheName(author *User, company *User) {
	ask.About(author.Name)  // want `^a person's name from author\.Name$`
	ask.About(company.Name) // want `^no personal data$`
}

// A field promoted from an embedded struct belongs to the struct that
// declares it.
type Customer struct {
	Organization
	Email string
}

type Author struct {
	User
	Bio string
}

func promotedNames(c Customer, a Author) {
	ask.About(c.Name) // want `^no personal data$`
	ask.About(a.Name) // want `^a person's name from a\.Name$`
}

// One type may hold the details of a person and of an organisation: the
// name it is reached by tells them apart.
type Party struct{ Name, Email string }

type Invoice struct{ Customer, Vendor Party }

func partyNames(inv Invoice, customers, vendors map[string]Party, id string) {
	ask.About(inv.Customer.Name)  // want `^a person's name from inv\.Customer\.Name$`
	ask.About(inv.Vendor.Name)    // want `^no personal data$`
	ask.About(customers[id].Name) // want `^a person's name from customers\[id\]\.Name$`
	ask.About(vendors[id].Name)   // want `^no personal data$`
}

// Only a split at an @ gives a domain after it.
func nameParts(u User) {
	full := u.FirstName + " " + u.LastName
	ask.About(strings.Fields(full)[1])   // want `^a person's name from u\.FirstName, a person's name from u\.LastName$`
	ask.About(strings.Fields(u.Plan)[1]) // want `^no personal data$`
}
