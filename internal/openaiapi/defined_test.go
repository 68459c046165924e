package openaiapi

import (
	"slices"
	"testing"
)

func TestTemplateVariables(t *testing.T) {
	for _, tc := range []struct {
		text  string
		vars  []string
		whole bool
	}{
		{"You help customers.", nil, false},
		{"You are {{persona}}.", []string{"persona"}, false},
		{"You are {{ persona }} of {{{company}}}.", []string{"persona", "company"}, false},
		{"Help {{user.name}}{{#if vip}}, a VIP{{/if}}.", []string{"user", "vip"}, false},
		{"{{#each topics}}{{this}}{{/each}}", []string{"topics"}, true},
		{"{{role \"system\"}}Be brief. {{@state.tone}} {{! a note on {{x}} }}", nil, false},
		{"Unclosed {{name", nil, false},
	} {
		vars, whole := templateVariables(tc.text)
		if !slices.Equal(vars, tc.vars) || whole != tc.whole {
			t.Errorf("templateVariables(%q) = %q, %v; want %q, %v", tc.text, vars, whole, tc.vars, tc.whole)
		}
	}
}
