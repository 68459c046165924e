package main

import (
	"encoding/json"
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/openaivet/openaivet/analyzers"
	"github.com/openaivet/openaivet/internal/checkdoc"
	"honnef.co/go/tools/analysis/lint"
)

// SARIF 2.1.0, as GitHub code scanning reads it: a rule per check with its
// descriptions, help page, tags and security severity; results located
// relative to %SRCROOT% (the directory openaivet ran in), with stable
// partial fingerprints so that an alert follows its code as lines move,
// and suppressed findings carried with their suppressions.

const (
	sarifSchema  = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	sarifSrcRoot = "%SRCROOT%"
	// fingerprintKey names openaivet's fingerprint among a result's
	// partial fingerprints.
	fingerprintKey = "openaivet/v1"
	projectURL     = "https://github.com/openaivet/openaivet"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool               sarifTool                   `json:"tool"`
	Invocations        []sarifInvocation           `json:"invocations"`
	OriginalURIBaseIDs map[string]sarifArtifactLoc `json:"originalUriBaseIds"`
	Results            []sarifResult               `json:"results"`
}

// sarifInvocation says whether the run analyzed every package: a package
// that does not compile, or a check that failed, is a notification about
// the tool's run, not a result about the code.
type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications"`
}

type sarifNotification struct {
	Level      string          `json:"level"`
	Message    sarifText       `json:"message"`
	Locations  []sarifLocation `json:"locations,omitempty"`
	Descriptor sarifReference  `json:"descriptor"`
}

type sarifReference struct {
	ID string `json:"id"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string          `json:"id"`
	Name                 string          `json:"name"`
	ShortDescription     sarifText       `json:"shortDescription"`
	FullDescription      sarifText       `json:"fullDescription"`
	Help                 sarifText       `json:"help"`
	HelpURI              string          `json:"helpUri"`
	DefaultConfiguration sarifRuleConfig `json:"defaultConfiguration"`
	Properties           sarifRuleProps  `json:"properties"`
}

type sarifText struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type sarifRuleConfig struct {
	Level string `json:"level"`
}

type sarifRuleProps struct {
	Tags             []string `json:"tags"`
	SecuritySeverity string   `json:"security-severity,omitempty"`
	Precision        string   `json:"precision"`
}

type sarifResult struct {
	RuleID              string             `json:"ruleId"`
	RuleIndex           int                `json:"ruleIndex"`
	Level               string             `json:"level"`
	Message             sarifText          `json:"message"`
	Locations           []sarifLocation    `json:"locations"`
	RelatedLocations    []sarifLocation    `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string  `json:"partialFingerprints"`
	Suppressions        []sarifSuppression `json:"suppressions"`
}

type sarifLocation struct {
	ID               int           `json:"id,omitempty"`
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
	Message          *sarifText    `json:"message,omitempty"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifactLoc `json:"artifactLocation"`
	Region           *sarifRegion     `json:"region,omitempty"`
}

type sarifArtifactLoc struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn,omitempty"`
	EndLine     int `json:"endLine,omitempty"`
	EndColumn   int `json:"endColumn,omitempty"`
}

type sarifSuppression struct {
	Kind          string `json:"kind"`
	Justification string `json:"justification,omitempty"`
}

// writeSARIF prints the findings as a SARIF log with one run.
func writeSARIF(w io.Writer, checks []*lint.Analyzer, fs []*finding, cwd string) error {
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{Name: "openaivet", InformationURI: projectURL, Rules: []sarifRule{}}},
		OriginalURIBaseIDs: map[string]sarifArtifactLoc{
			sarifSrcRoot: {URI: (&url.URL{Scheme: "file", Path: filepath.ToSlash(cwd) + "/"}).String()},
		},
		Results: []sarifResult{},
	}
	index := map[string]int{}
	for _, a := range checks {
		index[a.Analyzer.Name] = len(run.Tool.Driver.Rules)
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRuleOf(a))
	}
	invocation := sarifInvocation{ExecutionSuccessful: true, ToolExecutionNotifications: []sarifNotification{}}
	for _, f := range fs {
		if f.analysisFailure() {
			invocation.ExecutionSuccessful = false
			invocation.ToolExecutionNotifications = append(invocation.ToolExecutionNotifications, sarifNotificationOf(f, cwd))
			continue
		}
		run.Results = append(run.Results, sarifResultOf(f, index[f.Check], cwd))
	}
	run.Invocations = []sarifInvocation{invocation}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(sarifLog{Schema: sarifSchema, Version: "2.1.0", Runs: []sarifRun{run}})
}

func sarifRuleOf(a *lint.Analyzer) sarifRule {
	doc := a.Doc.Compile()
	class, _ := checkdoc.Classify(a.Analyzer.Name)
	level := "warning"
	if doc.Severity == lint.SeverityError {
		level = "error"
	}
	return sarifRule{
		ID:                   a.Analyzer.Name,
		Name:                 ruleName(a.Analyzer.Name),
		ShortDescription:     sarifText{Text: doc.Title},
		FullDescription:      sarifText{Text: doc.Text},
		Help:                 sarifText{Text: doc.Format(false), Markdown: checkdoc.MarkdownBody(a, analyzers.Examples(a.Analyzer.Name))},
		HelpURI:              checkdoc.URL(a.Analyzer.Name),
		DefaultConfiguration: sarifRuleConfig{Level: level},
		Properties:           sarifRuleProps{Tags: class.Tags, SecuritySeverity: class.SecuritySeverity, Precision: "high"},
	}
}

// sarifNotificationOf says that a package could not be analyzed: the
// compile error, or the check's error, where it is.
func sarifNotificationOf(f *finding, cwd string) sarifNotification {
	n := sarifNotification{Level: "error", Message: sarifText{Text: f.Message}, Descriptor: sarifReference{ID: f.Check}}
	if f.Location.File != "" {
		n.Locations = []sarifLocation{{PhysicalLocation: sarifPhysicalOf(f.Location, f.End, cwd)}}
	}
	return n
}

// ruleName is a rule's name, which SARIF wants different from its ID:
// "safetyid" becomes "OpenAISafetyid".
func ruleName(id string) string {
	return "OpenAI" + strings.ToUpper(id[:1]) + id[1:]
}

func sarifResultOf(f *finding, rule int, cwd string) sarifResult {
	level := "warning"
	if f.failing() {
		level = "error"
	}
	r := sarifResult{
		RuleID:              f.Check,
		RuleIndex:           rule,
		Level:               level,
		Message:             sarifText{Text: f.Message},
		Locations:           []sarifLocation{{PhysicalLocation: sarifPhysicalOf(f.Location, f.End, cwd)}},
		PartialFingerprints: map[string]string{fingerprintKey: f.Fingerprint},
		// An empty list says "not suppressed"; SARIF reads a missing one
		// as "unknown".
		Suppressions: []sarifSuppression{},
	}
	if f.suppressed() {
		r.Level = "note"
		r.Suppressions = []sarifSuppression{{Kind: "inSource", Justification: f.Justification}}
	}
	for i, rel := range f.Related {
		r.RelatedLocations = append(r.RelatedLocations, sarifLocation{
			ID:               i + 1,
			PhysicalLocation: sarifPhysicalOf(rel.Location, rel.End, cwd),
			Message:          &sarifText{Text: rel.Message},
		})
	}
	return r
}

func sarifPhysicalOf(start, end location, cwd string) sarifPhysical {
	var loc sarifPhysical
	if rel, err := filepath.Rel(cwd, start.File); err == nil && !strings.HasPrefix(rel, "..") {
		loc.ArtifactLocation.URIBaseID = sarifSrcRoot
		loc.ArtifactLocation.URI = (&url.URL{Path: filepath.ToSlash(rel)}).String()
	} else {
		loc.ArtifactLocation.URI = (&url.URL{Scheme: "file", Path: filepath.ToSlash(start.File)}).String()
	}
	if start.Line > 0 {
		loc.Region = &sarifRegion{StartLine: start.Line, StartColumn: start.Column}
		if end.Line >= start.Line {
			loc.Region.EndLine, loc.Region.EndColumn = end.Line, end.Column
		}
	}
	return loc
}
