package values

import (
	"hash/fnv"
	"slices"
	"strings"

	"example.com/pii/accounts"
	"example.com/pii/ask"
)

// Helpers of this package are summarized as they are asked about.
func contactOf(u User) string { return u.Email }

func planOf(u User) string { return u.Plan }

func normalize(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

func checksum(s string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(s))
	return h.Sum32()
}

// A bare return gives back what the body assigned to the named result.
func primaryContact(u User) (contact string) {
	contact = u.Email
	if contact == "" {
		contact = u.Phone
	}
	return
}

func planName(u User) (label string) {
	label = u.Plan
	return
}

func contactDigest(u User) (contact string) {
	contact = sha256Hex(u.Email)
	return
}

func helpers(u User) {
	ask.About(primaryContact(u)) // want `^an e-mail address from primaryContact\(u\), a phone number from primaryContact\(u\)$`
	ask.About(planName(u))       // want `^no personal data$`
	ask.About(contactDigest(u))  // want `^hashed$`

	ask.About(contactOf(u))            // want `^an e-mail address from contactOf\(u\)$`
	ask.About(planOf(u))               // want `^no personal data$`
	ask.About(normalize(u.Phone))      // want `^a phone number from u\.Phone$`
	ask.About(normalize(u.ID))         // want `^no personal data$`
	ask.About(checksum(u.Email))       // want `^an e-mail address from u\.Email$`
	ask.About(checksum(u.ID))          // want `^no personal data$`
	ask.About(sha256Hex(contactOf(u))) // want `^hashed$`
}

// Helpers of other packages are known by their facts.
func helpersOfOtherPackages(a accounts.User, acct accounts.Account) {
	ask.About(accounts.Contact(a))                // want `^an e-mail address from accounts\.Contact\(a\)$`
	ask.About(accounts.ID(a))                     // want `^no personal data$`
	ask.About(accounts.Normalize(a.Email))        // want `^an e-mail address from a\.Email$`
	ask.About(accounts.Normalize(a.ID))           // want `^no personal data$`
	ask.About(accounts.Hash(accounts.Contact(a))) // want `^hashed$`
	ask.About(acct.Contact())                     // want `^an e-mail address from acct\.Contact\(\)$`
	ask.About(accounts.LocalPart(a))              // want `^an e-mail address from accounts\.LocalPart\(a\)$`
	ask.About(accounts.Domain(a))                 // want `^no personal data$`
	ask.About(accounts.EmailHash(a))              // want `^an e-mail address from accounts\.EmailHash\(a\)$`
	ask.About(accounts.Checksum(a.Phone))         // want `^a phone number from a\.Phone$`
	ask.About(accounts.Checksum(a.ID))            // want `^no personal data$`
}

// A function with no summary goes by its name, and a package's variable
// by its own.
func byName(store *accounts.Store, id string) {
	ask.About(store.Email(id))     // want `^an e-mail address from store\.Email\(id\)$`
	ask.About(store.Plan(id))      // want `^no personal data$`
	ask.About(accounts.AdminEmail) // want `^an e-mail address from accounts\.AdminEmail$`
	ask.About(accounts.Region)     // want `^no personal data$`
}

// The returns of a function literal are not the function's.
func cheapestPlan(users []User) string {
	slices.SortFunc(users, func(a, b User) int { return strings.Compare(a.Email, b.Email) })
	return users[0].Plan
}

func closures(users []User) {
	ask.About(cheapestPlan(users)) // want `^no personal data$`
}
