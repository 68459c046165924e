package config

import (
	"fmt"
	"maps"
	"os"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/openaivet/openaivet/internal/names"
	"gopkg.in/yaml.v3"
)

// Error is a mistake in a configuration file, at a line and a key.
type Error struct {
	File string
	Line int
	Key  string
	Msg  string
}

func (e *Error) Error() string {
	if e.Key == "" {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s:%d: %s: %s", e.File, e.Line, e.Key, e.Msg)
}

// lists are the top-level keys that hold lists of functions.
var lists = []string{"sources", "prompts", "sinks", "sanitizers", "keys"}

// Load reads a configuration file. Every mistake is an error that names
// the file, the line and the key: a file that does not say what its author
// meant must not quietly fall back to the defaults.
func Load(file string) (*Config, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		// "yaml: line 3: did not find ...", said the way compilers do.
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		if rest, ok := strings.CutPrefix(msg, "line "); ok {
			return nil, fmt.Errorf("%s:%s", file, rest)
		}
		return nil, fmt.Errorf("%s: %s", file, msg)
	}
	cfg := &Config{File: file}
	if len(doc.Content) == 0 {
		return cfg, nil // an empty file
	}
	p := parser{file: file}
	top := doc.Content[0]
	if top.Kind != yaml.MappingNode {
		return nil, p.errorf(top, "", "the file must be a mapping of keys such as checks, options and exclude")
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(top.Content); i += 2 {
		key, value := top.Content[i], top.Content[i+1]
		if seen[key.Value] {
			return nil, p.errorf(key, key.Value, "given twice")
		}
		seen[key.Value] = true
		switch k := key.Value; {
		case k == "checks":
			names, err := p.strings(value, k)
			if err != nil {
				return nil, err
			}
			if cfg.checks, err = SelectChecks(names); err != nil {
				return nil, p.errorf(value, k, "%v", err)
			}
		case k == "options":
			if cfg.options, err = p.options(value); err != nil {
				return nil, err
			}
		case k == "exclude":
			if cfg.exclude, err = p.patterns(value, k); err != nil {
				return nil, err
			}
		case k == "clients":
			if cfg.Forks, err = p.forks(value); err != nil {
				return nil, err
			}
		case k == "operator":
			if cfg.OperatorUntrusted, err = p.operator(value); err != nil {
				return nil, err
			}
		case slices.Contains(lists, k):
			fns, err := p.funcs(value, k)
			if err != nil {
				return nil, err
			}
			*cfg.list(k) = fns
		default:
			return nil, p.errorf(key, k, "unknown key; the keys are checks, options, exclude, operator, clients, %s", strings.Join(lists, ", "))
		}
	}
	return cfg, nil
}

func (c *Config) list(key string) *names.Set {
	switch key {
	case "sources":
		return &c.Sources
	case "prompts":
		return &c.Prompts
	case "sinks":
		return &c.Sinks
	case "sanitizers":
		return &c.Sanitizers
	default:
		return &c.Keys
	}
}

type parser struct{ file string }

func (p parser) errorf(n *yaml.Node, key, format string, args ...any) error {
	return &Error{File: p.file, Line: n.Line, Key: key, Msg: fmt.Sprintf(format, args...)}
}

// strings reads a list of strings, or a single string.
func (p parser) strings(n *yaml.Node, key string) ([]string, error) {
	if n.Kind == yaml.ScalarNode && n.Tag == "!!str" {
		return []string{n.Value}, nil
	}
	if n.Kind != yaml.SequenceNode {
		return nil, p.errorf(n, key, "want a list of strings")
	}
	var out []string
	for _, item := range n.Content {
		if item.Kind != yaml.ScalarNode || item.Tag != "!!str" {
			return nil, p.errorf(item, key, "want a string, not %s", describe(item))
		}
		out = append(out, item.Value)
	}
	return out, nil
}

// funcs reads a list of names: functions and methods, and for every list
// but keys, fields.
func (p parser) funcs(n *yaml.Node, key string) (names.Set, error) {
	list, err := p.strings(n, key)
	if err != nil {
		return nil, err
	}
	what := "function, method or field"
	if key == "keys" {
		what = "function or method"
	}
	set := names.Set{}
	for i, s := range list {
		name, err := names.Parse(s)
		if err != nil {
			return nil, p.errorf(itemNode(n, i), key, "%q is not a %s name such as example.com/app/llm.Ask, (*example.com/app/llm.Client).Ask or (example.com/app/bot.Event).Text", s, what)
		}
		set[name] = true
	}
	return set, nil
}

// operator reads whether the program's operator is trusted.
func (p parser) operator(n *yaml.Node) (bool, error) {
	if n.Kind == yaml.ScalarNode {
		switch n.Value {
		case "trusted":
			return false, nil
		case "untrusted":
			return true, nil
		}
	}
	return false, p.errorf(n, "operator", "want trusted (the default: the program serves the one who runs it) or untrusted (it serves others, whose input reaches its command line or standard input), not %s", describe(n))
}

func (p parser) patterns(n *yaml.Node, key string) ([]string, error) {
	patterns, err := p.strings(n, key)
	if err != nil {
		return nil, err
	}
	for i, pattern := range patterns {
		if _, err := path.Match(strings.ReplaceAll(pattern, "**", "*"), ""); err != nil || path.IsAbs(pattern) {
			return nil, p.errorf(itemNode(n, i), key, "%q is not a relative path pattern", pattern)
		}
	}
	return patterns, nil
}

// options reads the checks' options: a mapping from check to a mapping
// from option to value.
func (p parser) options(n *yaml.Node) (map[string]map[string]string, error) {
	if n.Kind != yaml.MappingNode {
		return nil, p.errorf(n, "options", "want a mapping from check to its options, such as maxtokens: {default: 512}")
	}
	out := map[string]map[string]string{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		check, opts := n.Content[i], n.Content[i+1]
		key := "options." + check.Value
		known := registered[check.Value]
		if !slices.Contains(Checks, check.Value) {
			return nil, p.errorf(check, key, "no check named %q", check.Value)
		}
		if opts.Kind != yaml.MappingNode || len(known) == 0 {
			return nil, p.errorf(opts, key, "%s", optionList(check.Value))
		}
		out[check.Value] = map[string]string{}
		for j := 0; j+1 < len(opts.Content); j += 2 {
			name, value := opts.Content[j], opts.Content[j+1]
			key := key + "." + name.Value
			opt, ok := known[name.Value]
			if !ok {
				return nil, p.errorf(name, key, "no such option; %s", optionList(check.Value))
			}
			if value.Kind != yaml.ScalarNode {
				return nil, p.errorf(value, key, "want a single value, not %s", describe(value))
			}
			if err := opt.validate(value.Value); err != nil {
				return nil, p.errorf(value, key, "%v", err)
			}
			out[check.Value][name.Value] = value.Value
		}
	}
	return out, nil
}

// itemNode returns the node of a list's i-th item, or the node itself when
// it is a single value.
func itemNode(n *yaml.Node, i int) *yaml.Node {
	if n.Kind == yaml.SequenceNode {
		return n.Content[i]
	}
	return n
}

func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	}
	return fmt.Sprintf("%s %q", strings.TrimPrefix(n.Tag, "!!"), n.Value)
}

// SelectChecks reads a list of checks to run: names, "all", and "-name" to
// leave one out, applied in order, in any case; blank items are skipped.
// It returns the set of checks that run, which is never empty: a list
// that chooses no check is an error, not a way to run nothing. The
// command's -checks, the file's checks and golangci-lint's settings all
// read their lists with it.
func SelectChecks(list []string) (map[string]bool, error) {
	selected := map[string]bool{}
	for _, item := range list {
		item = strings.ToLower(strings.TrimSpace(item))
		on := !strings.HasPrefix(item, "-")
		item = strings.TrimPrefix(item, "-")
		switch {
		case item == "":
		case item == "all" || item == "*":
			for _, name := range Checks {
				selected[name] = on
			}
		case slices.Contains(Checks, item):
			selected[item] = on
		default:
			return nil, fmt.Errorf("no check named %q; the checks are %s", item, strings.Join(Checks, ", "))
		}
	}
	if !slices.Contains(slices.Collect(maps.Values(selected)), true) {
		what := "an empty list"
		if len(list) > 0 {
			what = strconv.Quote(strings.Join(list, ","))
		}
		return nil, fmt.Errorf("%s chooses no check; name the checks to run, or start with all to leave some out: \"all,-name\"", what)
	}
	return selected, nil
}
