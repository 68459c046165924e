package excluded

func send() {}

func calls() {
	send() // want "send called"
}
