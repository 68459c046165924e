package config

import (
	"flag"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// option is what the file parser needs of a check's option.
type option interface {
	validate(value string) error
}

// registered are the checks' options, by check and name, as the checks
// declare them.
var registered = map[string]map[string]option{}

func optionList(check string) string {
	names := slices.Sorted(maps.Keys(registered[check]))
	if len(names) == 0 {
		return check + " has no options"
	}
	return check + " has: " + strings.Join(names, ", ")
}

// Int is an integer option of a check. It is the -CHECK.NAME flag when
// given (in golangci-lint, the setting), else the value in .openaivet.yml,
// else the default.
type Int struct {
	check, name string
	value, min  int
	set         bool
}

// NewInt declares an integer option on a check's flags, whose values
// start at min: a value below it is an error wherever it is given (the
// flag, the file, golangci-lint's settings), never a value a check works
// with. Call it from the check's package initialization.
func NewInt(fs *flag.FlagSet, check, name string, value, min int, usage string) *Int {
	o := &Int{check: check, name: name, value: value, min: min}
	fs.Var(o, name, usage)
	if registered[check] == nil {
		registered[check] = map[string]option{}
	}
	registered[check][name] = o
	return o
}

func (o *Int) String() string {
	if o == nil {
		return "0"
	}
	return strconv.Itoa(o.value)
}

// Set sets the option from the command line.
func (o *Int) Set(s string) error {
	v, err := o.parse(s)
	if err != nil {
		return err
	}
	o.value, o.set = v, true
	return nil
}

func (o *Int) validate(s string) error {
	_, err := o.parse(s)
	return err
}

func (o *Int) parse(s string) (int, error) {
	v, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("want an integer, not %q", s)
	}
	if v < o.min {
		return 0, fmt.Errorf("want an integer of at least %d, not %d", o.min, v)
	}
	return v, nil
}

// Get returns the option's value for a package with configuration c.
func (o *Int) Get(c *Config) int {
	if s, ok := c.options[o.check][o.name]; ok && !o.set {
		v, _ := strconv.Atoi(s) // validated when the file was read
		return v
	}
	return o.value
}
