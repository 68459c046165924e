// Package directives holds calls to send, which the test analyzers (named
// after the checks safetyid and apikey) report, and directives that
// silence them.
package directives

func send() {}

func calls() {
	send() // want "send called"

	//openaivet:ignore safetyid the request is replayed from a fixture
	send()

	send() //openaivet:ignore safetyid a trailing directive covers its own line

	//openaivet:ignore safetyid,apikey both checks are silenced here
	send()

	//openaivet:ignore apikey a directive for another check does not silence this one
	send() // want "send called"

	// A directive without a reason silences nothing (the directive
	// analyzer reports it).
	//openaivet:ignore safetyid
	send() // want "send called"
}

func stale() {
	// want +1 `^//openaivet:ignore safetyid matches no safetyid finding: remove it$`
	//openaivet:ignore safetyid nothing here any more
	_ = 1
}

func unknown() {
	// A misspelt check silences nothing (the directive analyzer reports
	// it).
	//openaivet:ignore safetyId a misspelt check
	send() // want "send called"
}

func bare() {
	//openaivet:ignore
	_ = 3
}

func notADirective() {
	//openaivet:ignored safetyid is another word
	send() // want "send called"
}

// staticcheck's //lint:ignore works alike for openaivet's checks.
func lintIgnore() {
	//lint:ignore safetyid the request is replayed from a fixture
	send()

	//lint:ignore SA1019,safetyid one directive for staticcheck and openaivet
	send()

	//lint:ignore SA1019 staticcheck's own check is staticcheck's business
	send() // want "send called"

	// want +1 `^//lint:ignore safetyid matches no safetyid finding: remove it$`
	//lint:ignore safetyid nothing here any more
	_ = 1

	//lint:ignore safetyid
	send() // want "send called"
}
