package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/openaivet/openaivet/analyzers"
	"github.com/openaivet/openaivet/internal/secret"
	"github.com/openaivet/openaivet/internal/secret/fakekey"
)

// TestWriteHTML checks the page writeHTML makes of findings written by
// hand: grouped by check in the checks' order, then by file; text from the
// source and from messages escaped; a key on a line of source redacted;
// the summary's counts as given.
func TestWriteHTML(t *testing.T) {
	dir := t.TempDir()
	key := fakekey.New("sk-proj-", 74, 401)
	src := "package p\n\nfunc f() {\n\tx := \"<script>alert(1)</script>\"\n\tsend(x) // " + key + "\n\tdone()\n}\n"
	for _, name := range []string{"a.go", "b.go"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	at := func(file string, line, col int) location {
		return location{File: filepath.Join(dir, file), Line: line, Column: col}
	}
	shown := []*finding{
		{Check: "safetyid", Severity: "error", Location: at("b.go", 5, 2), Message: "b's safetyid"},
		{Check: "moderation", Severity: "warning", Location: at("b.go", 5, 2), End: at("b.go", 5, 9),
			Message: "user input from <script>alert(1)</script> reaches the prompt",
			Related: []related{{Location: at("b.go", 4, 7), Message: "user input is read here"}}},
		{Check: "moderation", Severity: "error", Location: at("a.go", 6, 2), Message: "a's moderation"},
		{Check: "safetyid", Severity: "ignored", Location: at("a.go", 5, 2), Message: "a's safetyid", Justification: "a test <b>"},
	}
	counts := map[string]*tally{
		"moderation": {Findings: 2},
		"safetyid":   {Findings: 1, Suppressed: 1, Baseline: 3},
	}
	var b strings.Builder
	if err := writeHTML(&b, append(analyzers.All(), analyzers.Directive()), shown, counts, true, dir, secret.NewRedactor()); err != nil {
		t.Fatal(err)
	}
	page := b.String()

	if strings.Contains(page, "<script") || strings.Contains(page, "<b>") {
		t.Errorf("the page holds markup from a message or the source:\n%s", page)
	}
	if !strings.Contains(page, "user input from &lt;script&gt;alert(1)&lt;/script&gt; reaches the prompt") {
		t.Errorf("the message is not shown, escaped:\n%s", page)
	}
	if strings.Contains(page, key[20:32]) || !strings.Contains(page, "sk-proj-…[redacted: 164 characters") {
		t.Errorf("the key on a line of source is not redacted:\n%s", page)
	}
	// moderation comes before safetyid in the checks' order; within a
	// check, a.go before b.go.
	order := []string{
		`<section class="check" id="check-moderation"`,
		`<section class="file" data-file="a.go">`, "a&#39;s moderation",
		`<section class="file" data-file="b.go">`, "reaches the prompt",
		`<section class="check" id="check-safetyid"`,
		`<section class="file" data-file="a.go">`, "a&#39;s safetyid", "suppressed: a test &lt;b&gt;",
		`<section class="file" data-file="b.go">`, "b&#39;s safetyid",
	}
	rest := page
	for _, s := range order {
		i := strings.Index(rest, s)
		if i < 0 {
			t.Fatalf("the page lacks %q after what came before it:\n%s", s, page)
		}
		rest = rest[i+len(s):]
	}
	for _, s := range []string{
		// The summary, with the baseline's column.
		`<tr data-check="safetyid">`, `<td class="n" data-count="findings">1</td><td class="n" data-count="suppressed">1</td><td class="n" data-count="baseline">3</td>`,
		`<tr class="total"><td colspan="2">total</td><td class="n" data-count="findings">3</td><td class="n" data-count="suppressed">1</td><td class="n" data-count="baseline">3</td>`,
		// The path: the related position, then the finding, each with
		// its line. A finding's span is marked, but on a line that held
		// a key, which is shown whole.
		`<span class="what">user input is read here</span> <span class="position">b.go:4:7</span>`,
		`<span class="what">reaches the call this finding is reported at</span> <span class="position">b.go:5:2</span>`,
		`<span class="no">4</span>	x := &#34;&lt;script&gt;alert(1)&lt;/script&gt;&#34;</span>`,
		`<span class="no">5</span>	send(x) // sk-proj-…[redacted`,
		`<span class="no">6</span>	<mark>done()</mark></span>`,
	} {
		if !strings.Contains(page, s) {
			t.Errorf("the page lacks %q:\n%s", s, page)
		}
	}
	if strings.Contains(page, `data-check="directive"`) || strings.Contains(page, `data-check="apikey"`) {
		t.Errorf("the page has rows or sections for checks with nothing to count")
	}
}
