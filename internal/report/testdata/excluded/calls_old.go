package excluded

func oldCalls() {
	send()
}
