// Package web reads requests the project's own way.
package web

import "net/http"

// Param returns a query parameter.
func Param(r *http.Request, name string) string {
	return r.URL.Query().Get(name)
}

// Constant returns a fixed string.
func Constant(r *http.Request) string { return "hello" }
