package main

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// vetJSON is one package's findings as unitchecker prints them.
const vetJSON = `{
	"example.com/app%s": {
		"maxtokens": [
			{
				"posn": "/src/app/main.go:36:15",
				"end": "/src/app/main.go:36:44",
				"message": "chat completion request has no output token limit",
				"suggested_fixes": [
					{
						"message": "Set MaxCompletionTokens to 1024",
						"edits": [{"filename": "/src/app/main.go", "start": 1, "end": 1, "new": "x"}]
					}
				]
			}
		],
		"promptinject": [
			{
				"posn": "/src/app/main.go:40:2",
				"end": "/src/app/main.go:40:9",
				"message": "user input reaches the system prompt",
				"related": [
					{"posn": "/src/app/main.go:38:5", "end": "/src/app/main.go:38:5", "message": "user input is read here"}
				]
			}
		]
	}
}
`

func TestParseVetOutput(t *testing.T) {
	// Go 1.26 prints the JSON on standard output and the rest on
	// standard error; a package and its test variant report the same
	// findings.
	stdout := fmt.Sprintf(vetJSON, "") + "{}\n" + fmt.Sprintf(vetJSON, " [example.com/app.test]")
	stderr := "# example.com/app/broken\nbroken/broken.go:13:3: unknown field NoSuchKey\n" +
		"# example.com/app/conf\n" + `{
	"example.com/app/conf": {
		"safetyid": {
			"error": "/src/app/.openaivet.yml:6: options.maxtokens.ceilling: no such option"
		}
	}
}
` + "go: warning: \"./nothing/...\" matched no packages\n"
	out, err := parseVetOutput("/src/app", []byte(stdout), []byte(stderr))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range out.findings {
		s := fmt.Sprintf("%s:%d:%d-%d:%d %s: %s", f.Location.File, f.Location.Line, f.Location.Column, f.End.Line, f.End.Column, f.Check, f.Message)
		for _, r := range f.Related {
			s += fmt.Sprintf(" [%s:%d:%d %s]", r.Location.File, r.Location.Line, r.Location.Column, r.Message)
		}
		got = append(got, s)
	}
	want := []string{
		"/src/app/main.go:36:15-36:44 maxtokens: chat completion request has no output token limit",
		"/src/app/main.go:40:2-40:9 promptinject: user input reaches the system prompt [/src/app/main.go:38:5 user input is read here]",
		"/src/app/broken/broken.go:13:3-0:0 compile: unknown field NoSuchKey",
		"/src/app/.openaivet.yml:6:0-0:0 config: options.maxtokens.ceilling: no such option",
	}
	// The order of the checks within a package is the map's.
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(out.other) != 1 || !strings.Contains(out.other[0], "matched no packages") {
		t.Errorf("other lines = %q, want the go command's warning", out.other)
	}

	// Before Go 1.26, all of it came on standard error.
	old, err := parseVetOutput("/src/app", nil, []byte("# example.com/app\n"+fmt.Sprintf(vetJSON, "")))
	if err != nil || len(old.findings) != 2 {
		t.Errorf("JSON on standard error: %d findings, %v; want 2", len(old.findings), err)
	}
}

func TestParsePosn(t *testing.T) {
	for posn, want := range map[string]location{
		"/a/b.go:3:7":   {"/a/b.go", 3, 7},
		"/a/b.yml:6":    {"/a/b.yml", 6, 0},
		"/a/b.go":       {"/a/b.go", 0, 0},
		`C:\a\b.go:3:7`: {`C:\a\b.go`, 3, 7},
		"":              {},
	} {
		if got := parsePosn(posn); got != want {
			t.Errorf("parsePosn(%q) = %+v, want %+v", posn, got, want)
		}
	}
}
