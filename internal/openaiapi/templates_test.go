package openaiapi

import (
	"slices"
	"testing"
)

func TestTemplateSyntaxes(t *testing.T) {
	for _, tc := range []struct {
		syntax string
		text   string
		vars   []string
		whole  bool
	}{
		{"fstring", "You help customers.", nil, false},
		{"fstring", "You are a {role} at {company.name}, {count:>4} {tone!r}.", []string{"role", "company", "count", "tone"}, false},
		{"fstring", "Reply with {{\"answer\": {answer}}}.", []string{"answer"}, false},
		{"fstring", "Unclosed {role", nil, false},
		{"go", "You help customers.", nil, false},
		{"go", "You are {{.persona}}.", []string{"persona"}, false},
		{"go", "You are {{- .persona -}} of {{ .company }}.", []string{"persona", "company"}, false},
		{"go", "Help {{.user.name}}{{if .vip}}, a VIP{{end}}.", []string{"user", "vip"}, false},
		{"go", "{{range .topics}}{{.title}} {{$.tone}}{{end}} {{.after}}", []string{"topics", "tone", "after"}, false},
		{"go", "{{with .profile}}{{.}}{{end}}", []string{"profile"}, false},
		{"go", "Everything: {{.}}", nil, true},
		{"go", "{{printf \"%s.x\" .name | html}} {{/* a note on {{.secret}} */}}", []string{"name"}, false},
		{"go", "Unclosed {{.name", nil, false},
	} {
		syntax := fStringVariables
		if tc.syntax == "go" {
			syntax = goTemplateVariables
		}
		vars, whole := syntax(tc.text)
		if !slices.Equal(vars, tc.vars) || whole != tc.whole {
			t.Errorf("%s(%q) = %q, %v; want %q, %v", tc.syntax, tc.text, vars, whole, tc.vars, tc.whole)
		}
	}
}
