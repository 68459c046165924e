// Package profiles returns a user's e-mail address by a name that does not
// say so: only its summary, a fact, tells.
package profiles

type Profile struct{ ID, Email string }

func Contact(p Profile) string { return p.Email }

func Key(p Profile) string { return p.ID }
