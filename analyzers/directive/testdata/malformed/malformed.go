// Package malformed holds suppression directives, well and badly formed.
package malformed

func send() {}

func wellFormed() {
	//openaivet:ignore safetyid the request is replayed from a fixture
	send()

	send() //openaivet:ignore safetyid,maxtokens a trailing directive for two checks

	//lint:ignore SA1019,safetyid one directive for staticcheck and openaivet
	send()

	//lint:ignore SA1019 staticcheck's own check is staticcheck's business
	send()

	//openaivet:ignored safetyid is another word, not a directive
	send()
}

func misspelt() {
	// want +1 `^//openaivet:ignore names no known check "safetyId"; the checks are apikey, inputlimit, maxtokens, moderation, outputsink, promptinject, safetyid, unhashedid$`
	//openaivet:ignore safetyId a misspelt check
	send()

	// want +1 `^//openaivet:ignore names no known check "maxtoken", "unhashed"; the checks are `
	//openaivet:ignore maxtoken,safetyid,unhashed two misspelt checks
	send()

	// want +1 `^//openaivet:file-ignore names no known check "apikeys"`
	//openaivet:file-ignore apikeys a whole file
}

func reasonless() {
	// want +1 `^//openaivet:ignore safetyid needs a reason, so that the next reader knows why the practice does not apply$`
	//openaivet:ignore safetyid
	send()

	// want +1 `^//lint:ignore SA1019,safetyid needs a reason`
	//lint:ignore SA1019,safetyid
	send()
}

func bare() {
	// want +1 `^//openaivet:ignore needs the checks it silences and a reason: //openaivet:ignore CHECK reason$`
	//openaivet:ignore
	send()
}
