package values

import (
	"net/http"

	"example.com/pii/ask"
)

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
