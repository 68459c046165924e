package pii

import (
	"slices"
	"testing"
)

func TestWords(t *testing.T) {
	for name, want := range map[string][]string{
		"userEmailAddress": {"user", "email", "address"},
		"user_email-addr":  {"user", "email", "addr"},
		"XForwardedFor":    {"x", "forwarded", "for"},
		"remoteIPAddress":  {"remote", "ip", "address"},
		"HTTPRequestURI":   {"http", "request", "uri"},
		"eMail":            {"e", "mail"},
		"X-Forwarded-For":  {"x", "forwarded", "for"},
		"phone2":           {"phone2"},
		"":                 nil,
	} {
		if got := words(name); !slices.Equal(got, want) {
			t.Errorf("words(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestClassifyName(t *testing.T) {
	for _, tc := range []struct {
		name   string
		kind   Kind
		hashed bool
	}{
		{"email", Email, false},
		{"userEmail", Email, false},
		{"eMail", Email, false},
		{"mailAddr", Email, false},
		{"emailHash", 0, true},
		{"hashedEmail", 0, true},
		{"emailSHA256", 0, true},
		{"phoneNumber", Phone, false},
		{"mobile", Phone, false},
		{"name", PersonName, false},
		{"fullName", PersonName, false},
		{"lastname", PersonName, false},
		{"username", Login, false},
		{"userName", Login, false},
		{"login", Login, false},
		{"ip", IPAddress, false},
		{"clientIP", IPAddress, false},
		{"RemoteAddr", IPAddress, false},
		{"X-Forwarded-For", IPAddress, false},
		{"userID", 0, false},
		{"sessionID", 0, false},
		{"fileName", 0, false},
		{"modelName", 0, false},
		{"zipCode", 0, false},
		{"skip", 0, false},
		{"mailbox", 0, false},
		{"share", 0, false},
	} {
		kind, hashed := classifyName(tc.name)
		if kind != tc.kind || hashed != tc.hashed {
			t.Errorf("classifyName(%q) = %v, %v; want %v, %v", tc.name, kind, hashed, tc.kind, tc.hashed)
		}
	}
}

func TestEmailPattern(t *testing.T) {
	for s, want := range map[string]bool{
		"ops@example.com":         true,
		"Contact: a.b+c@d.co.uk.": true,
		"user@localhost":          false,
		"@handle":                 false,
		"not an address":          false,
	} {
		if got := emailPattern.MatchString(s); got != want {
			t.Errorf("emailPattern.MatchString(%q) = %v, want %v", s, got, want)
		}
	}
}
