//openaivet:file-ignore safetyid this file replays fixtures

package directives

func replay() {
	send()
	send()
}
