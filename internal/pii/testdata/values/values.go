// Package values asks the pii engine what values carry: each call to
// ask.About states the answer in a want comment, each personal value
// beside its safe twin.
package values

type User struct {
	ID, Email, Phone, Username      string
	Name, FirstName, LastName, Plan string
	Company                         Company
}

type Company struct{ Name string }

type Organization struct{ Name, DisplayName string }

type Team struct{ DisplayName string }
