package main_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/openaivet/openaivet/internal/checkdoc"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// edit replaces the first old in a file of dir with new.
func edit(t *testing.T, dir, file, old, new string) {
	t.Helper()
	path := filepath.Join(dir, file)
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(src, []byte(old)) {
		t.Fatalf("%s does not contain %q", file, old)
	}
	if err := os.WriteFile(path, bytes.Replace(src, []byte(old), []byte(new), 1), 0o644); err != nil {
		t.Fatal(err)
	}
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

const (
	realtimeCall = "\tsecret, err := c.Realtime.ClientSecrets.New("
	summarizeLit = "\tresp, err := s.client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{\n\t\tModel:            openai.ChatModelGPT4oMini,"
)

// suppressTwo silences the realtime finding with //openaivet:ignore and
// the summarize request's findings with //lint:ignore.
func suppressTwo(t *testing.T, dir string) {
	edit(t, dir, "main.go", realtimeCall, "\t//openaivet:ignore safetyid the browser session is anonymous\n"+realtimeCall)
	edit(t, dir, "main.go", summarizeLit, "\t//lint:ignore maxtokens the summary is cut by the caller\n"+summarizeLit)
}

type sarifLog struct {
	Runs []struct {
		Invocations []struct {
			ExecutionSuccessful        bool
			ToolExecutionNotifications []struct {
				Level      string
				Message    struct{ Text string }
				Descriptor struct{ ID string }
				Locations  []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }
					}
				}
			}
		}
		Tool struct {
			Driver struct {
				Rules []struct {
					ID               string
					Name             string
					ShortDescription struct{ Text string }
					FullDescription  struct{ Text string }
					HelpURI          string
					Properties       struct {
						Tags             []string
						SecuritySeverity string `json:"security-severity"`
					}
				}
			}
		}
		OriginalURIBaseIDs map[string]struct{ URI string } `json:"originalUriBaseIds"`
		Results            []struct {
			RuleID    string
			Message   struct{ Text string }
			Locations []struct {
				PhysicalLocation struct {
					ArtifactLocation struct {
						URI       string
						URIBaseID string `json:"uriBaseId"`
					}
					Region struct{ StartLine int }
				}
			}
			PartialFingerprints map[string]string
			Suppressions        []struct{ Kind, Justification string }
		}
	}
}

// validateSARIF holds a SARIF log to the SARIF 2.1.0 schema.
func validateSARIF(t *testing.T, log string) {
	t.Helper()
	schemaDoc, err := os.Open("testdata/sarif-schema-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	defer schemaDoc.Close()
	schemaJSON, err := jsonschema.UnmarshalJSON(schemaDoc)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource("sarif-schema-2.1.0.json", schemaJSON); err != nil {
		t.Fatal(err)
	}
	schema, err := c.Compile("sarif-schema-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(strings.NewReader(log))
	if err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	if err := schema.Validate(doc); err != nil {
		t.Fatalf("not valid SARIF 2.1.0: %v", err)
	}
}

// A package that does not compile is a notification of the run, which
// did not succeed, not a result; only that makes the exit status 1.
func TestSARIFNotifications(t *testing.T) {
	res := run(t, sample(t, "testdata/broken"), "-f", "sarif", "./...")
	if res.exit != 1 {
		t.Errorf("-f sarif on a package that does not compile: exit %d, want 1\n%s", res.exit, res.stderr)
	}
	validateSARIF(t, res.stdout)
	var log sarifLog
	if err := json.Unmarshal([]byte(res.stdout), &log); err != nil {
		t.Fatal(err)
	}
	r := log.Runs[0]
	if len(r.Invocations) != 1 || r.Invocations[0].ExecutionSuccessful || len(r.Results) != 0 {
		t.Fatalf("invocations %+v, %d results; want one unsuccessful invocation and no results", r.Invocations, len(r.Results))
	}
	notes := r.Invocations[0].ToolExecutionNotifications
	if len(notes) != 1 || notes[0].Descriptor.ID != "compile" || notes[0].Level != "error" || !strings.Contains(notes[0].Message.Text, "unknown field NoSuchKey") ||
		len(notes[0].Locations) != 1 || notes[0].Locations[0].PhysicalLocation.ArtifactLocation.URI != "broken.go" {
		t.Errorf("notifications: %+v", notes)
	}
	// Its neighbour that compiles: a successful run, with no notification.
	res = run(t, sample(t, "testdata/clean"), "-f", "sarif", "./...")
	if err := json.Unmarshal([]byte(res.stdout), &log); err != nil || res.exit != 0 {
		t.Fatalf("clean module: exit %d, %v", res.exit, err)
	}
	if inv := log.Runs[0].Invocations; len(inv) != 1 || !inv[0].ExecutionSuccessful || len(inv[0].ToolExecutionNotifications) != 0 {
		t.Errorf("clean module: invocations %+v", inv)
	}
}

// TestSARIFForCodeScanning holds the SARIF output to the SARIF 2.1.0
// schema and to what GitHub code scanning reads.
func TestSARIFForCodeScanning(t *testing.T) {
	dir := module(t, demo)
	suppressTwo(t, dir)
	res := run(t, dir, "-f", "sarif", "./...")
	if res.exit != 0 {
		t.Fatalf("exit %d\n%s", res.exit, res.stderr)
	}

	validateSARIF(t, res.stdout)

	var log sarifLog
	if err := json.Unmarshal([]byte(res.stdout), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	var ids []string
	for _, rule := range run.Tool.Driver.Rules {
		ids = append(ids, rule.ID)
		if rule.ShortDescription.Text == "" || rule.FullDescription.Text == "" || rule.HelpURI != checkdoc.URL(rule.ID) || rule.Name == rule.ID {
			t.Errorf("rule %s: short %q, full description of %d bytes, helpUri %q, name %q",
				rule.ID, rule.ShortDescription.Text, len(rule.FullDescription.Text), rule.HelpURI, rule.Name)
		}
		class, _ := checkdoc.Classify(rule.ID)
		security := slices.Contains(rule.Properties.Tags, "security")
		if security != (rule.Properties.SecuritySeverity != "") || !slices.Equal(rule.Properties.Tags, class.Tags) {
			t.Errorf("rule %s: tags %v, security-severity %q", rule.ID, rule.Properties.Tags, rule.Properties.SecuritySeverity)
		}
	}
	if want := "apikey inputlimit maxtokens moderation outputsink promptinject safetyid unhashedid directive"; strings.Join(ids, " ") != want {
		t.Errorf("rules %v, want one for each check and the directive analyzer", ids)
	}
	if root := run.OriginalURIBaseIDs["%SRCROOT%"].URI; !strings.HasPrefix(root, "file:///") || !strings.HasSuffix(root, "/") {
		t.Errorf("%%SRCROOT%% is %q, want the directory's file URI", root)
	}

	suppressed := map[string]string{}
	prints := map[string]bool{}
	for _, r := range run.Results {
		loc := r.Locations[0].PhysicalLocation
		if loc.ArtifactLocation.URIBaseID != "%SRCROOT%" || strings.HasPrefix(loc.ArtifactLocation.URI, "/") || strings.Contains(loc.ArtifactLocation.URI, ":") {
			t.Errorf("result %s: artifact %+v, want a URI relative to %%SRCROOT%%", r.RuleID, loc.ArtifactLocation)
		}
		fp := r.PartialFingerprints["openaivet/v1"]
		if len(fp) != 32 || prints[fp] {
			t.Errorf("result %s at %s:%d: fingerprint %q missing or shared", r.RuleID, loc.ArtifactLocation.URI, loc.Region.StartLine, fp)
		}
		prints[fp] = true
		if r.Suppressions == nil {
			t.Errorf("result %s: no suppressions list; an empty one says it is not suppressed", r.RuleID)
		}
		for _, s := range r.Suppressions {
			suppressed[r.RuleID] = s.Kind + ": " + s.Justification
		}
	}
	want := map[string]string{
		"safetyid":  "inSource: the browser session is anonymous",
		"maxtokens": "inSource: ",
	}
	if len(suppressed) != 2 || suppressed["safetyid"] != want["safetyid"] || !strings.HasPrefix(suppressed["maxtokens"], want["maxtokens"]) {
		t.Errorf("suppressed results %v, want %v", suppressed, want)
	}
	if len(run.Results) != len(demoFindings(t)) {
		t.Errorf("%d results, want all %d findings, suppressed ones included", len(run.Results), len(demoFindings(t)))
	}
}

// Fingerprints survive lines added above the findings, and tell apart
// findings that only moved from new ones.
func TestFingerprintsAreStable(t *testing.T) {
	dir := module(t, demo)
	fingerprints := func() map[string]string {
		var log sarifLog
		if err := json.Unmarshal([]byte(run(t, dir, "-f", "sarif", "./...").stdout), &log); err != nil {
			t.Fatal(err)
		}
		m := map[string]string{}
		for _, r := range log.Runs[0].Results {
			m[r.PartialFingerprints["openaivet/v1"]] = r.RuleID + " " + r.Message.Text
		}
		return m
	}
	before := fingerprints()
	edit(t, dir, "main.go", "// chat answers", "// A comment\n// of three\n// lines.\n\n// chat answers")
	after := fingerprints()
	if len(before) != len(demoFindings(t)) || !maps.Equal(before, after) {
		t.Errorf("fingerprints changed when lines were added above the findings:\nbefore %v\nafter  %v", before, after)
	}
}

// A baseline written on the first run hides those findings from later
// runs, wherever lines move, and lets new ones through.
func TestBaseline(t *testing.T) {
	dir := module(t, demo)
	res := run(t, dir, "-baseline", "openaivet-baseline.json", "./...")
	if res.exit != 0 || res.stdout != "" || !strings.Contains(res.stderr, fmt.Sprintf("wrote %d findings to the baseline", len(demoFindings(t)))) {
		t.Fatalf("first run: exit %d, want 0 with the baseline written\n%s%s", res.exit, res.stdout, res.stderr)
	}
	data, err := os.ReadFile(filepath.Join(dir, "openaivet-baseline.json"))
	if err != nil || !strings.Contains(string(data), `"check": "safetyid"`) || !strings.Contains(string(data), `"file": "llm/llm.go"`) {
		t.Fatalf("baseline file: %v\n%s", err, data)
	}

	edit(t, dir, "main.go", "// chat answers", "// Lines added\n// above the findings.\n\n// chat answers")
	res = run(t, dir, "-baseline", "openaivet-baseline.json", "./...")
	if res.exit != 0 || res.stdout != "" {
		t.Errorf("after lines moved: exit %d, want 0 and no findings\n%s%s", res.exit, res.stdout, res.stderr)
	}

	// A new unbounded request is reported; the old ones are not.
	edit(t, dir, "main.go", realtimeCall, "\ts.client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{SafetyIdentifier: openai.String(r.Header.Get(\"X-User-Hash\"))})\n"+realtimeCall)
	res = run(t, dir, "-baseline", "openaivet-baseline.json", "./...")
	if got := findings(res.stdout); res.exit != 1 || len(got) != 1 || !strings.HasSuffix(got[0], " maxtokens") {
		t.Errorf("a new finding: exit %d, findings %v; want exit 1 and the one new maxtokens finding\n%s", res.exit, got, res.stderr)
	}
	for _, format := range []string{"json", "sarif"} {
		res = run(t, dir, "-f", format, "-baseline", "openaivet-baseline.json", "./...")
		if n := strings.Count(res.stdout, "no output token limit"); n != 1 {
			t.Errorf("-f %s with the baseline: %d maxtokens findings, want the new one only", format, n)
		}
	}

	// Fixing a finding in the baseline says the baseline can shrink.
	edit(t, dir, "main.go", "\t\tMaxTokens:        openai.Int(300),", "\t\tMaxCompletionTokens: openai.Int(300),")
	res = run(t, dir, "-baseline", "openaivet-baseline.json", "./...")
	if !strings.Contains(res.stderr, "1 of the findings in openaivet-baseline.json are gone") {
		t.Errorf("a fixed finding is not mentioned:\n%s", res.stderr)
	}

	writeFile(t, filepath.Join(dir, "openaivet-baseline.json"), "{}")
	if res := run(t, dir, "-baseline", "openaivet-baseline.json", "./..."); res.exit != 2 || !strings.Contains(res.stderr, "not an openaivet baseline") {
		t.Errorf("a file that is not a baseline: exit %d\n%s", res.exit, res.stderr)
	}
}

// .openaivet.yml is honoured by the command, by go vet and by -fix; flags
// win over it; an invalid file stops the run with the file, line and key.
func TestConfigFile(t *testing.T) {
	dir := module(t, demo)
	writeFile(t, filepath.Join(dir, ".openaivet.yml"), `# Only these checks, with a lower default bound.
checks: [maxtokens, safetyid, apikey]
options:
  maxtokens:
    default: 256
    ceiling: 100
exclude: [llm]
`)
	want := []string{
		"agent/agent.go:31 maxtokens",
		"bot/main.go:33 maxtokens", // a bound of 400, over the ceiling
		"main.go:116 apikey",
		"main.go:36 maxtokens",
		"main.go:36 safetyid",
		"main.go:54 maxtokens",
		"main.go:54 safetyid",
		"main.go:96 safetyid",
		"rawapi/rawapi.go:38 maxtokens",
		"rawapi/rawapi.go:38 safetyid",
	}
	res := run(t, dir, "./...")
	if got := findings(res.stdout); !slices.Equal(got, want) {
		t.Errorf("with the configuration:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !strings.Contains(res.stdout, "allows 300 output tokens") {
		t.Errorf("the configured ceiling of 100 does not apply:\n%s", res.stdout)
	}

	vet := run(t, dir, "go", "vet", "-vettool="+binary, "./...")
	for _, bad := range []string{"llm.go", "(moderation)", "user input from"} {
		if strings.Contains(vet.stderr, bad) {
			t.Errorf("go vet ignores the configuration: %q in\n%s", bad, vet.stderr)
		}
	}
	if !strings.Contains(vet.stderr, "allows 300 output tokens") {
		t.Errorf("go vet does not apply the configured ceiling:\n%s", vet.stderr)
	}

	// Flags win: -checks over the file's checks, -maxtokens.ceiling over
	// its ceiling.
	res = run(t, dir, "-checks", "moderation", "./...")
	var moderated []string
	for _, f := range demoFindings(t) {
		if strings.HasSuffix(f, " moderation") && !strings.HasPrefix(f, "llm/") {
			moderated = append(moderated, f)
		}
	}
	if got := findings(res.stdout); !slices.Equal(got, moderated) {
		t.Errorf("-checks moderation: %v, want the moderation findings outside llm, %v", got, moderated)
	}
	res = run(t, dir, "-maxtokens.ceiling", "1000", "./...")
	if strings.Contains(res.stdout, "allows 300") {
		t.Errorf("-maxtokens.ceiling=1000 does not win over the file:\n%s", res.stdout)
	}

	// The fix uses the configured default bound.
	res = run(t, dir, "-fix", "-diff", "-checks", "maxtokens", "./...")
	if !strings.Contains(res.stdout, "MaxCompletionTokens: openai.Int(256)") {
		t.Errorf("-fix does not use the configured default of 256:\n%s%s", res.stdout, res.stderr)
	}

	// A changed file is not hidden by the result cache.
	edit(t, dir, ".openaivet.yml", "exclude: [llm]", "exclude: [main.go]")
	res = run(t, dir, "./...")
	if got, want := findings(res.stdout), []string{"agent/agent.go:31 maxtokens", "bot/main.go:33 maxtokens", "llm/llm.go:34 maxtokens", "llm/llm.go:34 safetyid", "rawapi/rawapi.go:38 maxtokens", "rawapi/rawapi.go:38 safetyid"}; !slices.Equal(got, want) {
		t.Errorf("after the exclude changed: %v, want %v, the findings outside main.go", got, want)
	}

	edit(t, dir, ".openaivet.yml", "    ceiling: 100", "    ceilling: 100")
	for _, args := range [][]string{{"./..."}, {"go", "vet", "-vettool=" + binary, "./..."}} {
		res = run(t, dir, args...)
		out := res.stdout + res.stderr
		if res.exit == 0 || !strings.Contains(out, ".openaivet.yml:6: options.maxtokens.ceilling: no such option; maxtokens has: ceiling, default") {
			t.Errorf("%v with an invalid file: exit %d\n%s", args, res.exit, out)
		}
	}
	if exit := run(t, dir, "./...").exit; exit != 2 {
		t.Errorf("an invalid configuration: exit %d, want 2", exit)
	}
}

// //openaivet:ignore works in every mode; one that matches nothing is
// reported.
func TestOpenaivetIgnore(t *testing.T) {
	dir := module(t, demo)
	edit(t, dir, "main.go", realtimeCall, "\t//openaivet:ignore safetyid the browser session is anonymous\n"+realtimeCall)
	edit(t, dir, "main.go", "// chat answers", "//openaivet:ignore unhashedid nothing here\n// chat answers")
	res := run(t, dir, "./...")
	vet := run(t, dir, "go", "vet", "-vettool="+binary, "./...")
	for mode, out := range map[string]string{"standalone": res.stdout, "go vet": vet.stderr} {
		if strings.Contains(out, "realtime client secret") {
			t.Errorf("%s: //openaivet:ignore did not suppress the finding:\n%s", mode, out)
		}
		if !strings.Contains(out, "main.go:28:1: //openaivet:ignore unhashedid matches no unhashedid finding: remove it") {
			t.Errorf("%s: the stale directive is not reported:\n%s", mode, out)
		}
	}
	res = run(t, dir, "-show-ignored", "./...")
	if !strings.Contains(res.stdout, "realtime client secret") {
		t.Errorf("-show-ignored does not show the suppressed finding:\n%s", res.stdout)
	}
}
