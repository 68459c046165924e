// Package limits holds middleware for servers of other packages: two that
// bound the request body, and two that do not.
package limits

import (
	"log"
	"net/http"

	"github.com/gin-gonic/gin"
)

// Body bounds every request's body.
func Body(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
		next.ServeHTTP(w, r)
	})
}

// BodyTo bounds every request's body to n bytes.
func BodyTo(n int64) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			r.Body = http.MaxBytesReader(w, r.Body, n)
			next.ServeHTTP(w, r)
		})
	}
}

// Logged logs every request, and bounds nothing.
func Logged(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		log.Println(r.Method, r.URL.Path)
		next.ServeHTTP(w, r)
	})
}

// Gin bounds the body of every request of a gin engine.
func Gin(c *gin.Context) {
	c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, 64<<10)
	c.Next()
}

// BodyAfter bounds the body only after the handler ran.
func BodyAfter(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r)
		r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
	})
}
