package disabled

func send() {}

func calls() {
	send()
}
