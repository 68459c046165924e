package legacy

func send() {}

func calls() {
	//openaivet:ignore safetyid excluded paths report no stale directives
	send()
	send()
}
