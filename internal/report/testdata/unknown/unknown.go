// Package unknown holds directives that name no known check, which the
// first check, apikey, reports.
package unknown

func send() {}

func calls() {
	// want +1 `^//openaivet:ignore names no known check "safetyId"; the checks are apikey, inputlimit, `
	//openaivet:ignore safetyId a misspelt check
	send() // want "send called"

	// want +1 `^//openaivet:ignore needs the checks it silences and a reason: //openaivet:ignore CHECK reason$`
	//openaivet:ignore
	_ = 1
}

// A //lint:ignore names staticcheck's checks too: only openaivet's count.
func lintIgnore() {
	//lint:ignore SA1019 staticcheck's own check
	_ = 2

	//lint:ignore SA1019,apikey one directive for both linters
	send()
}
