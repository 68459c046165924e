package main_test

import (
	"bufio"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"image"
	"image/png"
	"io"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/openaivet/openaivet/internal/checkdoc"
	"github.com/openaivet/openaivet/internal/secret/fakekey"
)

// The html format is tested where it is read: in a browser. Chromium,
// headless, loads the page from disk and prints the DOM it built, which
// the tests read (not the HTML text), and takes a screenshot.

// chromium returns the path of the browser. A machine without it cannot
// run these tests, and that is a failure, not a reason to skip them.
func chromium(t *testing.T) string {
	t.Helper()
	path, err := exec.LookPath("chromium")
	if err != nil {
		t.Fatalf("chromium is not installed (%v): the html format is tested in a headless Chromium; .ci/run installs Debian's chromium package, or run apt-get install chromium", err)
	}
	return path
}

// browse runs headless Chromium on the page with args (--dump-dom,
// --screenshot=...), with a profile of its own and nothing it would
// fetch by itself, and returns what it prints on standard output.
func browse(t *testing.T, page string, args ...string) string {
	t.Helper()
	cmd := exec.Command(chromium(t), append([]string{
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + t.TempDir(),
	}, append(args, "file://"+page)...)...)
	var stdout, stderr strings.Builder
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium %v: %v\n%s", args, err, stderr.String())
	}
	return stdout.String()
}

// element is an element of the DOM that Chromium prints.
type element struct {
	tag      string
	attrs    map[string]string
	children []any // *element or string
}

// parseDOM reads the DOM Chromium serializes: HTML, every element but the
// void ones closed.
func parseDOM(t *testing.T, dom string) *element {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader(dom))
	d.Strict, d.AutoClose, d.Entity = false, xml.HTMLAutoClose, xml.HTMLEntity
	root := &element{tag: "#document"}
	stack := []*element{root}
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("the DOM does not parse: %v\n%s", err, dom)
		}
		top := stack[len(stack)-1]
		switch tok := tok.(type) {
		case xml.StartElement:
			e := &element{tag: strings.ToLower(tok.Name.Local), attrs: map[string]string{}}
			for _, a := range tok.Attr {
				name := strings.ToLower(a.Name.Local)
				if a.Name.Space != "" {
					name = strings.ToLower(a.Name.Space) + ":" + name
				}
				e.attrs[name] = a.Value
			}
			top.children = append(top.children, e)
			stack = append(stack, e)
		case xml.EndElement:
			if len(stack) > 1 {
				stack = stack[:len(stack)-1]
			}
		case xml.CharData:
			top.children = append(top.children, string(tok))
		}
	}
	return root
}

// all returns the elements under e (e included) that match.
func (e *element) all(match func(*element) bool) []*element {
	var found []*element
	if match(e) {
		found = append(found, e)
	}
	for _, c := range e.children {
		if c, ok := c.(*element); ok {
			found = append(found, c.all(match)...)
		}
	}
	return found
}

// selector matches elements by tag and class, "article.finding", or by
// tag alone.
func selector(s string) func(*element) bool {
	tag, class, _ := strings.Cut(s, ".")
	return func(e *element) bool {
		return (tag == "" || e.tag == tag) && (class == "" || slices.Contains(strings.Fields(e.attrs["class"]), class))
	}
}

func (e *element) find(s string) []*element { return e.all(selector(s)) }

// one returns the only element under e that s selects.
func (e *element) one(t *testing.T, s string) *element {
	t.Helper()
	found := e.find(s)
	if len(found) != 1 {
		t.Fatalf("%d elements %s in <%s %v>, want one", len(found), s, e.tag, e.attrs)
	}
	return found[0]
}

// text is the text of e, as textContent gives it.
func (e *element) text() string {
	var b strings.Builder
	for _, c := range e.children {
		switch c := c.(type) {
		case string:
			b.WriteString(c)
		case *element:
			b.WriteString(c.text())
		}
	}
	return b.String()
}

// jsonFinding is a finding as -f json prints it, with its files relative
// to the module.
type jsonFinding struct {
	Code     string
	Location struct {
		File string
		Line int
	}
	Related []struct {
		Location struct {
			File string
			Line int
		}
		Message string
	}
}

// jsonFindings returns the findings that -f json prints for a run with
// args in dir.
func jsonFindings(t *testing.T, dir string, args ...string) []jsonFinding {
	t.Helper()
	res := run(t, dir, append([]string{"-f", "json"}, args...)...)
	var fs []jsonFinding
	scanner := bufio.NewScanner(strings.NewReader(res.stdout))
	scanner.Buffer(nil, 1<<20)
	for scanner.Scan() {
		var f jsonFinding
		if err := json.Unmarshal(scanner.Bytes(), &f); err != nil {
			t.Fatalf("not JSON: %v\n%s", err, scanner.Text())
		}
		f.Location.File = relative(t, dir, f.Location.File)
		for i := range f.Related {
			f.Related[i].Location.File = relative(t, dir, f.Related[i].Location.File)
		}
		fs = append(fs, f)
	}
	return fs
}

// htmlPage runs openaivet -f html with args in dir, writes the page to a
// file of its own and returns the file's path and the page.
func htmlPage(t *testing.T, dir string, wantExit int, args ...string) (string, string) {
	t.Helper()
	res := run(t, dir, append([]string{"-f", "html"}, args...)...)
	if res.exit != wantExit {
		t.Errorf("-f html %v: exit status %d, want %d\n%s", args, res.exit, wantExit, res.stderr)
	}
	page := filepath.Join(t.TempDir(), "openaivet.html")
	if err := os.WriteFile(page, []byte(res.stdout), 0o644); err != nil {
		t.Fatal(err)
	}
	return page, res.stdout
}

// count reads a number the page shows.
func count(t *testing.T, e *element) int {
	t.Helper()
	n, err := strconv.Atoi(strings.TrimSpace(e.text()))
	if err != nil {
		t.Fatalf("not a count: %q", e.text())
	}
	return n
}

// TestHTMLInBrowser opens the reports on the demo and on the sample
// service in Chromium and checks, through the DOM, that they show what
// -f json reports for the same run: the summary's counts, a section per
// check with a section per file and the findings in it, each with its
// source, and each dataflow finding's path step by step with the code of
// each step; that the page asks for nothing from the network; and that
// it renders.
func TestHTMLInBrowser(t *testing.T) {
	chromium(t)
	for _, mod := range []struct {
		name, path string
		// path is a dataflow finding whose path the page must draw: its
		// check, its file:line, and the code its first step shows.
		check, at, firstStep string
	}{
		{"demo", demo, "promptinject", "agent/agent.go:31", `r.FormValue("persona")`},
		{"service", "../../testdata/service", "promptinject", "api/api.go:30", "r.URL"},
	} {
		t.Run(mod.name, func(t *testing.T) {
			dir := sample(t, mod.path)
			want := jsonFindings(t, dir, "./...")
			if len(want) == 0 {
				t.Fatal("-f json reports no findings to compare with")
			}
			page, _ := htmlPage(t, dir, 1, "./...")
			doc := parseDOM(t, browse(t, page, "--dump-dom"))
			checkSummary(t, doc, want)
			checkSections(t, doc, want)
			checkPath(t, doc, want, mod.check, mod.at, mod.firstStep)
			checkNoNetwork(t, doc)
			checkScreenshot(t, page, filepath.Join(t.TempDir(), mod.name+".png"))
		})
	}
}

// checkSummary checks the summary table against the findings -f json
// reports.
func checkSummary(t *testing.T, doc *element, want []jsonFinding) {
	t.Helper()
	byCheck := map[string]int{}
	for _, f := range want {
		byCheck[f.Code]++
	}
	summary := doc.one(t, "table.summary")
	rows := map[string]int{}
	for _, row := range summary.find("tr") {
		check := row.attrs["data-check"]
		if check == "" {
			continue
		}
		cells := row.all(func(e *element) bool { return e.attrs["data-count"] == "findings" })
		if len(cells) != 1 {
			t.Fatalf("summary row %s has %d findings cells", check, len(cells))
		}
		rows[check] = count(t, cells[0])
		docs := row.all(func(e *element) bool { return e.tag == "a" && e.attrs["href"] == checkdoc.URL(check) })
		if len(docs) != 1 {
			t.Errorf("summary row %s: no link to %s", check, checkdoc.URL(check))
		}
	}
	if !maps.Equal(rows, byCheck) {
		t.Errorf("summary counts %v, want those of -f json %v", rows, byCheck)
	}
	total := summary.one(t, "tr.total").all(func(e *element) bool { return e.attrs["data-count"] == "findings" })
	if len(total) != 1 || count(t, total[0]) != len(want) {
		t.Errorf("summary total is not %d", len(want))
	}
	if totals := doc.all(func(e *element) bool { return e.attrs["id"] == "totals" }); len(totals) != 1 ||
		!strings.HasPrefix(totals[0].text(), fmt.Sprintf("%d findings in ", len(want))) {
		t.Errorf("the totals line does not say %d findings", len(want))
	}
}

// checkSections checks that each check has a section, holding a section
// per file with the findings -f json reports there, each with its line of
// source marked.
func checkSections(t *testing.T, doc *element, want []jsonFinding) {
	t.Helper()
	wantLines := map[string][]string{} // check → file:line, in order
	for _, f := range want {
		wantLines[f.Code] = append(wantLines[f.Code], fmt.Sprintf("%s:%d", f.Location.File, f.Location.Line))
	}
	sections := doc.find("section.check")
	if len(sections) != len(wantLines) {
		t.Errorf("%d check sections, want %d", len(sections), len(wantLines))
	}
	for _, s := range sections {
		check := s.attrs["data-check"]
		if s.attrs["id"] != "check-"+check {
			t.Errorf("section of %s has id %q", check, s.attrs["id"])
		}
		var got []string
		var files []string
		for _, file := range s.find("section.file") {
			name := file.attrs["data-file"]
			if slices.Contains(files, name) {
				t.Errorf("%s: file %s has two sections", check, name)
			}
			files = append(files, name)
			if h := file.one(t, "h3"); h.text() != name {
				t.Errorf("%s: file section %s is headed %q", check, name, h.text())
			}
			for _, f := range file.find("article.finding") {
				got = append(got, name+":"+f.attrs["data-line"])
				marked := f.one(t, "div.excerpt").find("span.marked")
				if len(marked) == 0 || !strings.HasPrefix(marked[0].one(t, "span.no").text(), f.attrs["data-line"]) {
					t.Errorf("%s %s:%s: the excerpt does not mark the finding's line", check, name, f.attrs["data-line"])
				}
				if msg := f.one(t, "p.message").text(); msg == "" {
					t.Errorf("%s %s:%s: no message", check, name, f.attrs["data-line"])
				}
			}
		}
		if !slices.IsSorted(files) {
			t.Errorf("%s: files not in order: %v", check, files)
		}
		slices.Sort(got)
		wantHere := slices.Sorted(slices.Values(wantLines[check]))
		if !slices.Equal(got, wantHere) {
			t.Errorf("section %s shows %v, want %v", check, got, wantHere)
		}
	}
}

// checkPath checks that every finding with related positions draws its
// path, a step for each and one for the finding, each with its line of
// code; and, for the finding named, what its first step shows.
func checkPath(t *testing.T, doc *element, want []jsonFinding, check, at, firstStep string) {
	t.Helper()
	steps := 0
	for _, f := range want {
		if len(f.Related) > 0 {
			steps += len(f.Related) + 1
		}
	}
	if got := len(doc.find("li.step")); got != steps {
		t.Errorf("%d path steps, want %d: one for each related position and one for each finding that has some", got, steps)
	}
	for _, step := range doc.find("li.step") {
		if code := step.find("div.code"); len(code) != 1 || strings.TrimSpace(code[0].text()) == "" {
			t.Errorf("a path step shows no code: %q", step.text())
		}
	}
	file, line, _ := strings.Cut(at, ":")
	section := doc.all(func(e *element) bool { return e.attrs["id"] == "check-"+check })
	if len(section) != 1 {
		t.Fatalf("no section for %s", check)
	}
	var finding *element
	for _, fs := range section[0].find("section.file") {
		for _, f := range fs.find("article.finding") {
			if fs.attrs["data-file"] == file && f.attrs["data-line"] == line {
				finding = f
			}
		}
	}
	if finding == nil {
		t.Fatalf("no %s finding at %s", check, at)
	}
	var related []string
	for _, f := range want {
		if f.Code == check && fmt.Sprintf("%s:%d", f.Location.File, f.Location.Line) == at {
			for _, r := range f.Related {
				related = append(related, r.Message)
			}
		}
	}
	path := finding.one(t, "div.path").find("li.step")
	if len(path) != len(related)+1 || len(related) == 0 {
		t.Fatalf("%s %s: %d steps, want %d (its related positions, then itself)", check, at, len(path), len(related)+1)
	}
	for i, step := range path {
		what := step.one(t, "span.what").text()
		if i < len(related) && what != related[i] {
			t.Errorf("%s %s: step %d says %q, want %q", check, at, i+1, what, related[i])
		}
	}
	if first := path[0].one(t, "div.code").text(); !strings.Contains(first, firstStep) {
		t.Errorf("%s %s: the first step shows %q, want the code that reads %s", check, at, first, firstStep)
	}
	last := path[len(path)-1]
	if pos := last.one(t, "span.position").text(); !strings.HasPrefix(pos, at+":") {
		t.Errorf("%s %s: the last step is at %s, want the finding", check, at, pos)
	}
}

// checkNoNetwork checks that the page refers to nothing it would fetch:
// no element but a link names a URL, links go to pages (the checks' docs,
// anchors of the page), and the style sheet imports nothing.
func checkNoNetwork(t *testing.T, doc *element) {
	t.Helper()
	remote := regexp.MustCompile(`(?i)^\s*(https?:)?//`)
	for _, e := range doc.all(func(*element) bool { return true }) {
		for name, value := range e.attrs {
			switch {
			case e.tag == "a" && name == "href":
				if remote.MatchString(value) && !strings.HasPrefix(value, checkdoc.PagesURL) || strings.HasPrefix(value, "javascript:") {
					t.Errorf("link to %q, want the checks' docs or an anchor", value)
				}
			case name == "src" || name == "href" || name == "srcset" || name == "poster" || name == "action" || name == "data" || name == "xlink:href":
				t.Errorf("<%s %s=%q>: the page must load nothing", e.tag, name, value)
			case name == "style" && strings.Contains(value, "url("):
				t.Errorf("<%s style=%q>: the page must load nothing", e.tag, value)
			}
		}
		switch e.tag {
		case "script", "link", "img", "iframe", "object", "embed", "video", "audio", "source", "base", "form":
			t.Errorf("the page has a <%s>", e.tag)
		case "style":
			if css := e.text(); strings.Contains(css, "url(") || strings.Contains(css, "@import") {
				t.Errorf("the style sheet loads something:\n%s", css)
			}
		}
	}
}

// checkScreenshot has Chromium take a screenshot of the page and checks
// that it is a picture of something: the size asked for, and more than a
// few colours.
func checkScreenshot(t *testing.T, page, file string) {
	t.Helper()
	browse(t, page, "--screenshot="+file, "--window-size=1280,2000", "--hide-scrollbars")
	f, err := os.Open(file)
	if err != nil {
		t.Fatalf("no screenshot: %v", err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("the screenshot is not a PNG: %v", err)
	}
	if b := img.Bounds(); b.Dx() != 1280 || b.Dy() != 2000 {
		t.Errorf("screenshot of %v, want 1280×2000", b.Size())
	}
	if n := colours(img); n < 16 {
		t.Errorf("the screenshot has %d colours: the page did not render", n)
	}
	if dir := os.Getenv("OPENAIVET_SCREENSHOTS"); dir != "" {
		// For a person to look at: OPENAIVET_SCREENSHOTS=/tmp go test ...
		data, _ := os.ReadFile(file)
		os.WriteFile(filepath.Join(dir, filepath.Base(file)), data, 0o644)
	}
}

// colours counts the colours of img, up to 1000.
func colours(img image.Image) int {
	seen := map[[4]uint32]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y && len(seen) < 1000; y += 3 {
		for x := b.Min.X; x < b.Max.X; x += 3 {
			r, g, bl, a := img.At(x, y).RGBA()
			seen[[4]uint32{r, g, bl, a}] = true
		}
	}
	return len(seen)
}

// TestHTMLRedacts puts API keys in the demo's source beside a dataflow
// finding, in its excerpt and its path, and checks that the page, as
// printed and as the browser reads it, holds neither the keys nor any 12
// characters of them; then does the same on the module full of keys of
// every kind and spelling that the other formats are tested on.
func TestHTMLRedacts(t *testing.T) {
	chromium(t)
	dir := module(t, demo)
	marked := fakekey.New("sk-proj-", 74, 301)
	shaped := fakekey.Unmarked("sk-", 48, 302)
	file := filepath.Join(dir, "main.go")
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	// main.go:36 is a dataflow finding whose user input is read at :31 and
	// :39; keys go in comments on lines of its excerpt and of its path,
	// leaving the line numbers as they are.
	for _, edit := range []struct {
		line int
		was  string
		key  string
	}{
		{35, `userID := r.Header.Get("X-User-ID")`, marked},
		{39, `r.URL.Query().Get("tone")`, shaped},
		{31, `json.NewDecoder(r.Body)`, marked[60:]}, // a piece: no prefix, the marker
	} {
		if !strings.Contains(lines[edit.line-1], edit.was) {
			t.Fatalf("main.go:%d is not the line this test expects: %q", edit.line, lines[edit.line-1])
		}
		lines[edit.line-1] += " // " + edit.key
	}
	if err := os.WriteFile(file, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	page, text := htmlPage(t, dir, 1, "./...")
	dom := browse(t, page, "--dump-dom")
	if !strings.Contains(dom, "redacted") || !strings.Contains(dom, `userID := r.Header.Get("X-User-ID") // sk-proj-…[redacted`) {
		t.Errorf("the page does not show the line of the key, redacted:\n%s", dom)
	}
	outputs := map[string]string{"the page": text, "the DOM": dom}

	keys, secrets := keyModule(t)
	for _, args := range [][]string{{"./..."}, {"-show-ignored", "./..."}} {
		_, text := htmlPage(t, keys, 1, args...)
		if !strings.Contains(text, `class="code excerpt"`) || !strings.Contains(text, "OpenAI project key in source") {
			t.Fatalf("-f html %v: no finding with source to check:\n%s", args, text)
		}
		outputs["-f html "+strings.Join(args, " ")] = text
	}
	assertNoPiece(t, outputs, append(secrets, marked, shaped))
}

// TestHTMLBaseline checks the summary's count of the findings a baseline
// holds, and that the page shows only the others.
func TestHTMLBaseline(t *testing.T) {
	chromium(t)
	dir := module(t, demo)
	if res := run(t, dir, "-baseline", "base.json", "./llm", "./rawapi"); res.exit != 0 {
		t.Fatalf("writing the baseline: exit status %d\n%s", res.exit, res.stderr)
	}
	inBaseline := jsonFindings(t, dir, "./llm", "./rawapi")
	want := jsonFindings(t, dir, "-baseline", "base.json", "./...")
	page, _ := htmlPage(t, dir, 1, "-baseline", "base.json", "./...")
	doc := parseDOM(t, browse(t, page, "--dump-dom"))
	checkSummary(t, doc, want)
	checkSections(t, doc, want)
	byCheck := map[string]int{}
	for _, f := range inBaseline {
		byCheck[f.Code]++
	}
	got := map[string]int{}
	total := -1
	for _, row := range doc.one(t, "table.summary").find("tr") {
		cells := row.all(func(e *element) bool { return e.attrs["data-count"] == "baseline" })
		switch {
		case len(cells) != 1:
			continue // the header
		case row.attrs["class"] == "total":
			total = count(t, cells[0])
		case count(t, cells[0]) > 0:
			got[row.attrs["data-check"]] = count(t, cells[0])
		}
	}
	if !maps.Equal(got, byCheck) || total != len(inBaseline) {
		t.Errorf("the summary counts %v in the baseline (total %d), want %v (total %d)", got, total, byCheck, len(inBaseline))
	}
}
