// Package plugin is openaivet's golangci-lint module plugin. A custom
// golangci-lint built with it (`golangci-lint custom`, with this package as
// the plugin's import) runs the openaivet checks as the linter "openaivet",
// configured in .golangci.yml under linters.settings.custom.openaivet;
// docs/golangci-lint holds example files.
//
// golangci-lint shows the check that reported a finding at the start of its
// message ("maxtokens: chat completion request ..."), and a finding is one
// issue, with its related positions in its text. //nolint:openaivet
// suppresses the findings of every check on its line, since golangci-lint
// knows only the linter; //openaivet:ignore CHECK reason, which the checks
// honour themselves, suppresses one check's.
package plugin

import (
	"crypto/sha256"
	"errors"
	"flag"
	"fmt"
	"maps"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"github.com/openaivet/openaivet/analyzers"
	"github.com/openaivet/openaivet/analyzers/directive"
	"github.com/openaivet/openaivet/internal/astutil"
	"github.com/openaivet/openaivet/internal/config"
	"golang.org/x/tools/go/analysis"
)

func init() {
	register.Plugin("openaivet", New)
}

// Settings are the plugin's settings: the settings key of the openaivet
// entry in .golangci.yml.
type Settings struct {
	// Checks chooses the checks to run, in the grammar of the command's
	// -checks flag, one item per element: check names, "all", "-name" to
	// leave a check out, as in [all, -apikey]. No list means every check
	// that the project's .openaivet.yml, if any, does not turn off; a list
	// wins over the file's, as the flag does.
	Checks []string `json:"checks"`

	// Options sets the checks' options, the command's -CHECK.OPTION flags:
	// check name to option name to value, as in
	// {maxtokens: {default: 512, ceiling: 8192}}. Like the flags, they win
	// over the project's .openaivet.yml.
	Options map[string]map[string]any `json:"options"`
}

// New returns the plugin for the settings, which golangci-lint passes as
// they were decoded from its configuration. An unknown key, check or
// option, or a value its option does not accept, is an error that names
// where it is in the settings.
func New(settings any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](settings)
	if err != nil {
		return nil, fmt.Errorf("openaivet: settings: %v (the settings are checks and options)", err)
	}
	all := analyzers.Analyzers()
	checks := all
	if s.Checks != nil { // given, even as an empty list, which is an error
		selected, err := config.SelectChecks(s.Checks)
		if err != nil {
			return nil, fmt.Errorf("openaivet: settings: checks: %v", err)
		}
		// The directive analyzer runs whichever checks do.
		selected[directive.Analyzer.Name] = true
		checks = slices.DeleteFunc(slices.Clone(all), func(a *analysis.Analyzer) bool { return !selected[a.Name] })
		// The settings' list wins over .openaivet.yml's, as -checks does.
		config.ChecksChosenByCaller()
	}
	if err := setOptions(all, s.Options); err != nil {
		return nil, fmt.Errorf("openaivet: settings: %v", err)
	}
	// golangci-lint analyzes every package in this process, in an order
	// of its own: the forks the project's files declare must be known
	// before the first package is.
	var files []string
	if dir, err := os.Getwd(); err == nil {
		files = config.Files(dir)
		config.Preload(files)
	}
	return &plugin{checks: checks, files: configKey(files)}, nil
}

// configKey returns an analyzer that does nothing but carry, in its name,
// a digest of the configuration files. golangci-lint keys its cache of a
// package's issues on the package and the names of the analyzers that
// ran, not on files other than Go's: the name makes a changed
// .openaivet.yml a cache miss.
func configKey(files []string) *analysis.Analyzer {
	h := sha256.New()
	config.Fingerprint(files, h)
	return &analysis.Analyzer{
		Name: fmt.Sprintf("openaivetconfig_%x", h.Sum(nil)[:8]),
		Doc:  "the digest of the .openaivet.yml files, for golangci-lint's cache",
		Run:  func(*analysis.Pass) (any, error) { return nil, nil },
	}
}

// setOptions sets the options given in the settings on the analyzers'
// flags, as the command line would.
func setOptions(all []*analysis.Analyzer, options map[string]map[string]any) error {
	// In the order of the keys, so that the same settings fail the same way.
	for _, check := range slices.Sorted(maps.Keys(options)) {
		i := slices.IndexFunc(all, func(a *analysis.Analyzer) bool { return a.Name == check })
		if i < 0 {
			return fmt.Errorf("options.%s: no check named %q; the checks are %s", check, check, strings.Join(config.Checks, ", "))
		}
		a := all[i]
		for _, name := range slices.Sorted(maps.Keys(options[check])) {
			key := "options." + check + "." + name
			if a.Flags.Lookup(name) == nil {
				return fmt.Errorf("%s: no such option; %s", key, optionNames(a))
			}
			value, err := flagValue(options[check][name])
			if err != nil {
				return fmt.Errorf("%s: %v", key, err)
			}
			if err := a.Flags.Set(name, value); err != nil {
				return fmt.Errorf("%s: %v", key, err)
			}
		}
	}
	return nil
}

// flagValue spells a settings value as a command-line flag would. Numbers
// arrive as float64 (the settings pass through JSON), which fmt.Sprint
// would write as 1e+06, a spelling that integer flags reject.
func flagValue(v any) (string, error) {
	switch v := v.(type) {
	case string:
		return v, nil
	case bool:
		return strconv.FormatBool(v), nil
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64), nil
	case nil:
		return "", errors.New("no value")
	}
	return "", fmt.Errorf("invalid value %v: want a number, a string or a boolean", v)
}

func optionNames(a *analysis.Analyzer) string {
	var names []string
	a.Flags.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
	if len(names) == 0 {
		return a.Name + " has no options"
	}
	return a.Name + " has: " + strings.Join(names, ", ")
}

// plugin is the linter golangci-lint builds from the settings.
type plugin struct {
	checks []*analysis.Analyzer
	files  *analysis.Analyzer // see configKey
}

// BuildAnalyzers returns the checks the settings chose, each reporting a
// finding as one issue: golangci-lint makes an issue of each related
// position too, which a //nolint on the finding's line leaves behind, so
// the related positions are written into the finding's message instead.
func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	checks := []*analysis.Analyzer{p.files}
	for _, a := range p.checks {
		checks = append(checks, oneIssue(a))
	}
	return checks, nil
}

// oneIssue returns a copy of a that reports each finding with its related
// positions in its message: "... (user input is read here, line 39)".
func oneIssue(a *analysis.Analyzer) *analysis.Analyzer {
	c := *a
	c.Run = func(pass *analysis.Pass) (any, error) {
		report := pass.Report
		defer func() { pass.Report = report }()
		pass.Report = func(d analysis.Diagnostic) {
			at := pass.Fset.Position(d.Pos)
			for _, r := range d.Related {
				where := pass.Fset.Position(r.Pos)
				place := astutil.ShortPosition(pass, r.Pos)
				if where.Filename == at.Filename {
					place = "line " + strconv.Itoa(where.Line)
				}
				d.Message += fmt.Sprintf(" (%s, %s)", r.Message, place)
			}
			d.Related = nil
			report(d)
		}
		return a.Run(pass)
	}
	return &c
}

// GetLoadMode asks for type information: the checks read requests through
// their types, and follow user input across packages with facts.
func (p *plugin) GetLoadMode() string {
	return register.LoadModeTypesInfo
}
