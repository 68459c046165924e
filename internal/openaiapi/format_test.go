package openaiapi

import (
	"slices"
	"testing"
)

func TestSplitFormat(t *testing.T) {
	for _, c := range []struct {
		format       string
		texts, verbs []string
		ok           bool
	}{
		{"plain", []string{"plain"}, nil, true},
		{"%s/chat/completions", []string{"", "/chat/completions"}, []string{"%s"}, true},
		{`{"model": "%s", "n": %-5d}`, []string{`{"model": "`, `", "n": `, "}"}, []string{"%s", "%-5d"}, true},
		{"100%% of %v", []string{"100% of ", ""}, []string{"%v"}, true},
		{"%[1]s and %s", []string{""}, nil, false},
		{"a %s then %*d", []string{"a ", " then "}, []string{"%s"}, false},
		{"ends in %5", []string{"ends in "}, nil, false},
	} {
		texts, verbs, ok := splitFormat(c.format)
		if !slices.Equal(texts, c.texts) || !slices.Equal(verbs, c.verbs) || ok != c.ok {
			t.Errorf("splitFormat(%q) = %q, %q, %v; want %q, %q, %v", c.format, texts, verbs, ok, c.texts, c.verbs, c.ok)
		}
	}
}
