package values

import (
	"net"
	"net/http"
	"net/mail"
	"os"
	"text/template"

	"example.com/pii/ask"
)

// A value read by a key it is not known by says nothing.
func formByConfiguredKey(r *http.Request, field string) {
	ask.About(r.FormValue(field)) // want `^no personal data$`
}

func phoneNumbers(u User, r *http.Request) {
	ask.About(u.Phone)                         // want `^a phone number from u\.Phone$`
	ask.About(r.FormValue("phone"))            // want `^a phone number from r\.FormValue\("phone"\)$`
	ask.About(r.FormValue("q"))                // want `^no personal data$`
	ask.About(r.URL.Query().Get("mobile"))     // want `^a phone number from r\.URL\.Query\(\)\.Get\("mobile"\)$`
	ask.About(r.URL.Query().Get("session_id")) // want `^no personal data$`
}

func ipAddresses(r *http.Request) {
	ask.About(r.RemoteAddr)                    // want `^an IP address from r\.RemoteAddr$`
	ask.About(r.Host)                          // want `^no personal data$`
	ask.About(r.Header.Get("X-Forwarded-For")) // want `^an IP address from r\.Header\.Get\("X-Forwarded-For"\)$`
	ask.About(r.Header.Get("X-Request-Id"))    // want `^no personal data$`
	clientIP := r.Header.Get("X-Real-IP")
	ask.About(clientIP) // want `^an IP address from r\.Header\.Get\("X-Real-IP"\)$`
}

// What a message shows of a long expression is shortened.
func behindTwoProxies(request *http.Request) {
	ask.About(request.Header.Get("X-Original-Forwarded-For")) // want `^an IP address from request\.Header\.Get\("X-Original-Forwar\.\.\.$`
	ask.About(request.Header.Get("X-Original-Request-Id"))    // want `^no personal data$`
}

// The host of a client's address is its IP address; the port is nobody's.
func hostAndPort(r *http.Request) {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return
	}
	ask.About(host)                       // want `^an IP address from r\.RemoteAddr$`
	ask.About(net.ParseIP(host).String()) // want `^an IP address from r\.RemoteAddr$`
	_, port, _ := net.SplitHostPort(r.RemoteAddr)
	ask.About(port) // want `^no personal data$`
}

// The standard library's functions are known by the tables, not by their
// names: a file's or a template's name is nobody's.
func standardLibrary(r *http.Request, a *mail.Address, f *os.File, t *template.Template) {
	ask.About(r.URL.User.Username()) // want `^a login name from r\.URL\.User\.Username\(\)$`
	ask.About(r.URL.Hostname())      // want `^no personal data$`
	ask.About(a.String())            // want `^an e-mail address from a\.String\(\)$`
	ask.About(f.Name())              // want `^no personal data$`
	ask.About(t.Name())              // want `^no personal data$`
}
