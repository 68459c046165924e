// Package openaiapi is what openaivet knows about the Go client libraries for
// the OpenAI API: openai-go (v1, v2, v3) and github.com/sashabaranov/go-openai.
//
// It is the only package that knows them. A request is read through the JSON
// tags of its params struct (the wire protocol), so a field that a new
// endpoint or library version adds is understood the day it ships; what the
// types cannot say (which methods send requests, which functions are options
// that set a header or a JSON field, how an optional value is spelled) lives
// in the tables of knowledge.go.
//
// The Analyzer of this package finds every request a package sends and
// answers, for each wire field, whether the request sets it and from which
// expression. Checks require it and ask; none of them matches library types
// on its own.
package openaiapi

import (
	"go/types"
	"strings"

	"github.com/openaivet/openaivet/internal/names"
)

// Library is one of the client libraries openaivet understands.
type Library int

const (
	// OpenAIGo is github.com/openai/openai-go, in any major version.
	OpenAIGo Library = iota + 1
	// GoOpenAI is the community client github.com/sashabaranov/go-openai.
	GoOpenAI
)

// libraryNames name the libraries for messages, as their users know them.
var libraryNames = map[Library]string{OpenAIGo: "openai-go", GoOpenAI: "go-openai"}

const (
	openaiGoPath = "github.com/openai/openai-go"
	goOpenAIPath = "github.com/sashabaranov/go-openai"
)

// LibraryOf reports which client library the package path belongs to, and
// the import path of that library's root package (where its constructors and
// helpers such as openai.String live).
func LibraryOf(pkgPath string) (lib Library, root string, ok bool) {
	switch {
	case pkgPath == goOpenAIPath || strings.HasPrefix(pkgPath, goOpenAIPath+"/"):
		return GoOpenAI, goOpenAIPath, true
	case pkgPath == openaiGoPath:
		return OpenAIGo, openaiGoPath, true
	case strings.HasPrefix(pkgPath, openaiGoPath+"/"):
		rest := strings.TrimPrefix(pkgPath, openaiGoPath+"/")
		major, _, _ := strings.Cut(rest, "/")
		if isMajorVersion(major) {
			return OpenAIGo, openaiGoPath + "/" + major, true
		}
		return OpenAIGo, openaiGoPath, true
	}
	return 0, "", false
}

// isMajorVersion reports whether elem is a module major-version suffix
// such as "v2".
func isMajorVersion(elem string) bool {
	if len(elem) < 2 || elem[0] != 'v' {
		return false
	}
	for _, r := range elem[1:] {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// IsClientPackage reports whether the package path belongs to a client library.
func IsClientPackage(pkgPath string) bool {
	_, _, ok := LibraryOf(pkgPath)
	return ok
}

// relativeName returns the name of a function or method of a client
// library relative to the library's root package, the key of the tables
// of knowledge.go: (ChatCompletionService).New, option.WithJSONSet.
func relativeName(fn *types.Func) (Library, names.Name, bool) {
	n, ok := names.Func(fn)
	if !ok {
		return 0, names.Name{}, false
	}
	return relative(n)
}

// relativeType returns the name of a named type of a client library (or
// of the type t points to) relative to the library's root package.
func relativeType(t types.Type) (names.Name, bool) {
	n, ok := names.Type(t)
	if !ok {
		return names.Name{}, false
	}
	_, rel, ok := relative(n)
	return rel, ok
}

func relative(n names.Name) (Library, names.Name, bool) {
	lib, root, ok := LibraryOf(n.Pkg)
	if !ok {
		return 0, names.Name{}, false
	}
	rel, ok := n.Relative(root)
	return lib, rel, ok
}
