// Package configured passes key-shaped strings to a key-taking function
// that .openaivet.yml names.
package configured

import "example.com/apikey/configured/vault"

func connect() {
	vault.Connect("https://gateway.example.com/v1", "@@shaped-30@@") // want `^OpenAI user key in source \(sk-…, sha256`
	vault.Label("@@shaped-31@@")
}
