// Package app calls into accounts: its summaries build on accounts' facts.
package app

import "example.com/pii/accounts"

func Key(u accounts.User) string { return accounts.Normalize(accounts.Contact(u)) } // want Key:`personal\(kinds=\[an e-mail address\] params=\[\]\)`

func HashedKey(u accounts.User) string { return accounts.Hash(accounts.Contact(u)) } // want HashedKey:"digest"

func Passed(u accounts.User, label string) string { return label + accounts.ID(u) } // want Passed:`personal\(kinds=\[\] params=\[1\]\)`
