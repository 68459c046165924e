package main

import (
	"bufio"
	"bytes"
	"cmp"
	"fmt"
	"html/template"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/openaivet/openaivet/internal/checkdoc"
	"github.com/openaivet/openaivet/internal/secret"
	"honnef.co/go/tools/analysis/lint"
)

// The html format is a report for people reviewing a run: one page, with
// nothing to fetch (inline CSS, no scripts, no images), that a browser
// opens from disk or a CI job keeps as an artifact. It sums the run up by
// check, then shows each finding under its check and file with the source
// around it and, where the finding has related positions, the path its
// data took, step by step, each step with its line of code.
//
// Source lines can hold API keys, so every string the page shows is
// redacted before it is written, a line of source on a line of its own;
// the process's output is redacted again on its way out (redactOutput).

// excerptContext is how many lines of source are shown on either side of
// a finding.
const excerptContext = 2

// maxMarked is how many lines of a finding that spans several are shown
// as its own: the start of a long call is enough to find it.
const maxMarked = 6

// tally counts a check's findings: those shown as findings, those a
// directive suppresses, and those the -baseline file holds.
type tally struct {
	Findings, Suppressed, Baseline int
}

type htmlPage struct {
	Dir      string
	Baseline bool // -baseline was given: the Baseline column means something
	Total    tally
	Files    int // the files that have findings shown
	Summary  []htmlSummaryRow
	Checks   []htmlCheck
}

type htmlSummaryRow struct {
	Check, Title, DocURL string
	Shown                bool // the page has a section for the check
	tally
}

type htmlCheck struct {
	Check, Title, DocURL string
	Files                []htmlFile
}

type htmlFile struct {
	Path     string
	Findings []htmlFinding
}

type htmlFinding struct {
	Anchor        string
	Position      string
	Line          int
	Severity      string
	Message       string
	Justification string
	Excerpt       []htmlLine
	// Path is where the finding's data went, from where it was read to
	// the finding's own position; empty when the finding has no related
	// positions.
	Path []htmlStep
}

// htmlLine is a line of source: its number, its text split around the
// part the finding points at (At), and whether the finding is on it.
type htmlLine struct {
	Number           int
	Before, At, Rest string
	Marked           bool
}

type htmlStep struct {
	Message  string
	Position string
	Code     htmlLine
	Missing  bool // the line could not be read
}

// writeHTML prints the findings shown as a page. counts are by check: the
// findings not suppressed, those suppressed (shown or not), and those the
// baseline dropped.
func writeHTML(w io.Writer, checks []*lint.Analyzer, shown []*finding, counts map[string]*tally, baselineUsed bool, cwd string, redactor *secret.Redactor) error {
	src := &sourceExcerpts{redactor: redactor, files: map[string][]string{}}
	red := redactor.Redact
	page := htmlPage{Dir: red(cwd), Baseline: baselineUsed}

	titles := map[string]string{}
	var order []string
	for _, a := range checks {
		titles[a.Analyzer.Name] = a.Doc.Compile().Title
		order = append(order, a.Analyzer.Name)
	}
	// A package that could not be analyzed is reported under a name of
	// its own (compile, config, analysis), after the checks.
	var others []string
	for name := range counts {
		if _, ok := titles[name]; !ok {
			others = append(others, name)
		}
	}
	slices.Sort(others)
	order = append(order, others...)

	byCheck := map[string][]*finding{}
	for _, f := range shown {
		byCheck[f.Check] = append(byCheck[f.Check], f)
	}
	files := map[string]bool{}
	for _, name := range order {
		n := counts[name]
		if n == nil || *n == (tally{}) {
			continue
		}
		row := htmlSummaryRow{Check: name, Title: titles[name], Shown: len(byCheck[name]) > 0, tally: *n}
		if row.Title == "" {
			row.Title = "openaivet could not analyze a package: " + name + " error"
		} else {
			row.DocURL = checkdoc.URL(name)
		}
		page.Summary = append(page.Summary, row)
		page.Total.Findings += n.Findings
		page.Total.Suppressed += n.Suppressed
		page.Total.Baseline += n.Baseline
		if !row.Shown {
			continue
		}
		section := htmlCheck{Check: name, Title: row.Title, DocURL: row.DocURL}
		fs := slices.Clone(byCheck[name])
		slices.SortStableFunc(fs, func(a, b *finding) int {
			return cmp.Or(cmp.Compare(shortPath(cwd, a.Location.File), shortPath(cwd, b.Location.File)),
				cmp.Compare(a.Location.Line, b.Location.Line), cmp.Compare(a.Location.Column, b.Location.Column))
		})
		for _, f := range fs {
			files[f.Location.File] = true
			path := red(shortPath(cwd, f.Location.File))
			if len(section.Files) == 0 || section.Files[len(section.Files)-1].Path != path {
				section.Files = append(section.Files, htmlFile{Path: path})
			}
			file := &section.Files[len(section.Files)-1]
			file.Findings = append(file.Findings, src.finding(f, cwd, len(page.Checks), len(file.Findings), len(section.Files)))
		}
		page.Checks = append(page.Checks, section)
	}
	page.Files = len(files)

	var b bytes.Buffer
	if err := htmlTemplate.Execute(&b, page); err != nil {
		return err
	}
	// Every string above was redacted; the page is redacted again, a line
	// at a time, as the other formats are on their way out.
	bw := bufio.NewWriter(w)
	for line := range strings.Lines(b.String()) {
		bw.WriteString(redactor.Redact(line))
	}
	return bw.Flush()
}

// sourceExcerpts reads the lines of source files, once each, and returns
// them redacted.
type sourceExcerpts struct {
	redactor *secret.Redactor
	files    map[string][]string
}

// lines returns the lines of a file, nil when it cannot be read. The
// redactor learns the keys its package spells out first, so that a piece
// of a key split over string literals, or written with escapes, is known.
func (s *sourceExcerpts) lines(file string) []string {
	if lines, ok := s.files[file]; ok {
		return lines
	}
	var lines []string
	if data, err := os.ReadFile(file); err == nil {
		s.redactor.AddDir(filepath.Dir(file))
		for line := range strings.Lines(string(data)) {
			lines = append(lines, strings.TrimRight(line, "\r\n"))
		}
	}
	s.files[file] = lines
	return lines
}

// line returns line n of a file, redacted, with the columns from col up
// to endCol (1-based bytes; 0 for the end of the line) set apart when col
// is given.
func (s *sourceExcerpts) line(file string, n, col, endCol int) (htmlLine, bool) {
	lines := s.lines(file)
	if n < 1 || n > len(lines) {
		return htmlLine{Number: n}, false
	}
	text := lines[n-1]
	l := htmlLine{Number: n}
	redacted := s.redactor.Redact(text)
	if redacted != text || col < 1 || col > len(text) {
		// A line that held a key is shown whole, as redacted: cut at a
		// column, a key's pieces could each be too short to be known as
		// one.
		l.Before = redacted
		return l, true
	}
	end := len(text)
	if endCol > col && endCol-1 <= len(text) {
		end = endCol - 1
	}
	l.Before, l.At, l.Rest = text[:col-1], text[col-1:end], text[end:]
	return l, true
}

func (s *sourceExcerpts) finding(f *finding, cwd string, check, index, file int) htmlFinding {
	red := s.redactor.Redact
	h := htmlFinding{
		Anchor:        fmt.Sprintf("f%d-%d-%d", check, file, index),
		Position:      red(position(cwd, f.Location)),
		Line:          f.Location.Line,
		Severity:      f.Severity,
		Message:       red(f.Message),
		Justification: red(f.Justification),
	}
	if f.suppressed() {
		h.Severity = "suppressed"
	}
	if f.Location.Line > 0 {
		last := f.Location.Line
		if f.End.File == f.Location.File && f.End.Line > last {
			last = min(f.End.Line, f.Location.Line+maxMarked-1)
		}
		for n := max(1, f.Location.Line-excerptContext); n <= last+excerptContext; n++ {
			col, endCol := 0, 0
			if n == f.Location.Line {
				col = f.Location.Column
				if f.End.Line == n {
					endCol = f.End.Column
				}
			}
			l, ok := s.line(f.Location.File, n, col, endCol)
			if !ok {
				break
			}
			l.Marked = f.Location.Line <= n && n <= last
			h.Excerpt = append(h.Excerpt, l)
		}
	}
	if len(f.Related) > 0 {
		for _, r := range f.Related {
			h.Path = append(h.Path, s.step(r.Message, r.Location, r.End, cwd))
		}
		h.Path = append(h.Path, s.step("reaches the call this finding is reported at", f.Location, f.End, cwd))
	}
	return h
}

// step returns a step of a finding's path: its line of code, with the
// part between start and end set apart when they span some of it.
func (s *sourceExcerpts) step(message string, start, end location, cwd string) htmlStep {
	col, endCol := 0, 0
	if end.File == start.File && end.Line == start.Line && end.Column > start.Column {
		col, endCol = start.Column, end.Column
	}
	code, ok := s.line(start.File, start.Line, col, endCol)
	code.Marked = true
	return htmlStep{Message: s.redactor.Redact(message), Position: s.redactor.Redact(position(cwd, start)), Code: code, Missing: !ok}
}

var htmlTemplate = template.Must(template.New("report").Funcs(template.FuncMap{"plural": plural}).Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>openaivet report</title>
<style>
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328; background: #fff; margin: 0; }
main { max-width: 1200px; margin: 0 auto; padding: 24px 32px 64px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 21px; margin: 40px 0 4px; padding-bottom: 6px; border-bottom: 2px solid #d0d7de; }
h2 .title { font-weight: normal; color: #59636e; font-size: 16px; }
h3 { font-size: 15px; margin: 20px 0 8px; font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; color: #0550ae; }
a { color: #0969da; }
.meta { color: #59636e; margin: 0 0 20px; }
table.summary { border-collapse: collapse; min-width: 60%; }
table.summary th, table.summary td { border: 1px solid #d0d7de; padding: 5px 12px; text-align: left; }
table.summary th { background: #f6f8fa; }
table.summary td.n, table.summary th.n { text-align: right; font-variant-numeric: tabular-nums; }
table.summary tfoot td { font-weight: bold; background: #f6f8fa; }
.finding { border: 1px solid #d0d7de; border-radius: 6px; margin: 0 0 14px; overflow: hidden; }
.finding > header { padding: 8px 12px; background: #f6f8fa; border-bottom: 1px solid #d0d7de; }
.finding .position { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 13px; color: #59636e; }
.finding .message { margin: 4px 0 0; }
.badge { display: inline-block; font-size: 12px; font-weight: 600; padding: 0 7px; border-radius: 10px; margin-right: 6px; color: #fff; }
.badge.error { background: #cf222e; }
.badge.warning { background: #9a6700; }
.badge.suppressed { background: #6e7781; }
.justification { color: #59636e; font-style: italic; margin: 4px 0 0; }
div.code { display: grid; margin: 0; padding: 6px 0; font: 13px/1.5 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; overflow-x: auto; tab-size: 4; background: #fff; }
.code .line { display: block; padding: 0 12px; white-space: pre; }
.code .line.marked { background: #fff8c5; }
.code .no { display: inline-block; width: 4em; color: #8c959f; text-align: right; margin-right: 16px; user-select: none; }
.code mark { background: #ffd8b5; color: inherit; border-radius: 2px; }
.path { margin: 0; padding: 8px 12px 10px; border-top: 1px solid #d0d7de; background: #fbfbfc; }
.path h4 { margin: 0 0 6px; font-size: 13px; color: #59636e; text-transform: uppercase; letter-spacing: .04em; }
.path ol { margin: 0; padding: 0; list-style: none; counter-reset: step; }
.path li.step { position: relative; margin: 0 0 8px 30px; counter-increment: step; }
.path li.step::before { content: counter(step); position: absolute; left: -30px; top: 0; width: 20px; height: 20px; border-radius: 10px; background: #0969da; color: #fff; font-size: 12px; text-align: center; line-height: 20px; }
.path li.step:not(:last-child)::after { content: ""; position: absolute; left: -21px; top: 22px; bottom: -8px; border-left: 2px solid #9ec5fe; }
.path li.step:last-child::before { background: #cf222e; }
.path .what { font-weight: 600; }
.path div.code { border: 1px solid #d0d7de; border-radius: 4px; margin-top: 3px; padding: 2px 0; }
.none { color: #1a7f37; font-weight: 600; }
</style>
</head>
<body>
<main>
<h1>openaivet report</h1>
<p class="meta">{{.Dir}}</p>
<section id="summary">
<h2>Summary</h2>
{{if .Summary -}}
<p class="meta" id="totals">{{.Total.Findings}} {{plural .Total.Findings "finding" "findings"}} in {{.Files}} {{plural .Files "file" "files"}}{{if .Total.Suppressed}}, {{.Total.Suppressed}} suppressed{{end}}{{if .Baseline}}, {{.Total.Baseline}} in the baseline{{end}}</p>
<table class="summary">
<thead><tr><th>check</th><th>what it checks</th><th class="n">findings</th><th class="n">suppressed</th>{{if .Baseline}}<th class="n">in the baseline</th>{{end}}<th>docs</th></tr></thead>
<tbody>
{{range .Summary -}}
<tr data-check="{{.Check}}"><td>{{if .Shown}}<a href="#check-{{.Check}}">{{.Check}}</a>{{else}}{{.Check}}{{end}}</td><td>{{.Title}}</td><td class="n" data-count="findings">{{.Findings}}</td><td class="n" data-count="suppressed">{{.Suppressed}}</td>{{if $.Baseline}}<td class="n" data-count="baseline">{{.Baseline}}</td>{{end}}<td>{{with .DocURL}}<a href="{{.}}">docs</a>{{end}}</td></tr>
{{end -}}
</tbody>
<tfoot><tr class="total"><td colspan="2">total</td><td class="n" data-count="findings">{{.Total.Findings}}</td><td class="n" data-count="suppressed">{{.Total.Suppressed}}</td>{{if .Baseline}}<td class="n" data-count="baseline">{{.Total.Baseline}}</td>{{end}}<td></td></tr></tfoot>
</table>
{{- else -}}
<p class="none" id="totals">No findings.</p>
{{- end}}
</section>
{{range .Checks}}
<section class="check" id="check-{{.Check}}" data-check="{{.Check}}">
<h2>{{.Check}} <span class="title">{{.Title}}</span></h2>
{{with .DocURL}}<p class="meta"><a href="{{.}}">What this check looks for, and how to fix it</a></p>{{end}}
{{range .Files}}
<section class="file" data-file="{{.Path}}">
<h3>{{.Path}}</h3>
{{range .Findings}}
<article class="finding" id="{{.Anchor}}" data-line="{{.Line}}" data-severity="{{.Severity}}">
<header><span class="badge {{.Severity}}">{{.Severity}}</span><span class="position">{{.Position}}</span>
<p class="message">{{.Message}}</p>
{{with .Justification}}<p class="justification">suppressed: {{.}}</p>{{end}}
</header>
{{with .Excerpt}}<div class="code excerpt">
{{range .}}<span class="line{{if .Marked}} marked{{end}}"><span class="no">{{.Number}}</span>{{.Before}}{{with .At}}<mark>{{.}}</mark>{{end}}{{.Rest}}</span>
{{end}}</div>{{end}}
{{with .Path}}<div class="path">
<h4>path</h4>
<ol>
{{range .}}<li class="step"><span class="what">{{.Message}}</span> <span class="position">{{.Position}}</span>
{{if not .Missing}}<div class="code">
<span class="line marked"><span class="no">{{.Code.Number}}</span>{{.Code.Before}}{{with .Code.At}}<mark>{{.}}</mark>{{end}}{{.Code.Rest}}</span>
</div>{{end}}</li>
{{end}}</ol>
</div>{{end}}
</article>
{{end}}
</section>
{{end}}
</section>
{{end}}
</main>
</body>
</html>
`))
