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
