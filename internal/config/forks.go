package config

import (
	"maps"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"golang.org/x/mod/module"
	"gopkg.in/yaml.v3"
)

// clientModule is a client library's module path, as package openaiapi
// registers it; with versioned, each major version after the first is a
// module of its own, path/vN.
type clientModule struct {
	path      string
	versioned bool
}

var clientModules []clientModule

// RegisterClient declares the module path of a client library that a
// fork in the file's clients can stand for. Package openaiapi calls it
// for each client it reads, from its initialization.
func RegisterClient(path string, versioned bool) {
	clientModules = append(clientModules, clientModule{path, versioned})
}

// isClientModule reports whether path is a registered client's module, or
// one of its major versions.
func isClientModule(path string) bool {
	prefix, major, ok := module.SplitPathVersion(path)
	for _, m := range clientModules {
		if ok && prefix == m.path && (major == "" || m.versioned) {
			return true
		}
	}
	return false
}

// withinClient reports whether path is a client's module or a package in
// one.
func withinClient(path string) bool {
	for _, m := range clientModules {
		if path == m.path || strings.HasPrefix(path, m.path+"/") {
			return true
		}
	}
	return false
}

func clientModuleList() string {
	var list []string
	for _, m := range clientModules {
		if m.versioned {
			list = append(list, m.path+" (or "+m.path+"/vN)")
		} else {
			list = append(list, m.path)
		}
	}
	return strings.Join(list, ", ")
}

// forks reads the clients key: a mapping from a fork's module path to the
// module path of the client library it forks.
func (p parser) forks(n *yaml.Node) (map[string]string, error) {
	const key = "clients"
	if n.Kind != yaml.MappingNode {
		return nil, p.errorf(n, key, "want a mapping from a fork's module path to the library it forks, such as example.com/fork/go-openai: github.com/sashabaranov/go-openai")
	}
	out := map[string]string{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		fork, original := n.Content[i], n.Content[i+1]
		if err := module.CheckImportPath(fork.Value); err != nil || fork.Kind != yaml.ScalarNode {
			return nil, p.errorf(fork, key, "%q is not a module path", fork.Value)
		}
		if withinClient(fork.Value) {
			return nil, p.errorf(fork, key, "%s is a client library openaivet reads already, not a fork", fork.Value)
		}
		if _, dup := out[fork.Value]; dup {
			return nil, p.errorf(fork, key, "%s is given twice", fork.Value)
		}
		if original.Kind != yaml.ScalarNode || !isClientModule(original.Value) {
			return nil, p.errorf(original, key+"."+fork.Value, "want the module path of a client library openaivet reads: %s; not %s", clientModuleList(), describe(original))
		}
		out[fork.Value] = original.Value
	}
	return out, nil
}

// A declaredFork is a fork a configuration file declares.
type declaredFork struct{ fork, original string }

// declared holds every fork that the configuration files read so far
// declare, longest path first so that a fork within another's path wins:
// the table ForkOf reads. It is replaced, never changed, so that readers
// need no lock.
var (
	declared  atomic.Pointer[[]declaredFork]
	declaring sync.Mutex
)

// declare adds the file's forks to the table ForkOf reads. The first file
// to declare a fork decides what it forks.
func declare(forks map[string]string) {
	if len(forks) == 0 {
		return
	}
	declaring.Lock()
	defer declaring.Unlock()
	var table []declaredFork
	if old := declared.Load(); old != nil {
		table = slices.Clone(*old)
	}
	for _, fork := range slices.Sorted(maps.Keys(forks)) {
		if !slices.ContainsFunc(table, func(d declaredFork) bool { return d.fork == fork }) {
			table = append(table, declaredFork{fork, forks[fork]})
		}
	}
	slices.SortFunc(table, func(a, b declaredFork) int { return len(b.fork) - len(a.fork) })
	declared.Store(&table)
}

// ForkOf reports whether the package path is in a fork that a
// configuration file read by this process declares, and returns the
// fork's module path and the module path of the library it forks.
//
// Every check reads the file of the package it analyzes before it asks,
// so a package sees the forks its own file declares. Where one process
// analyzes many packages (golangci-lint), the files under the directory it
// runs in are read before any package is (see Preload), and their forks
// apply to every package: the same whatever order the packages are
// analyzed in.
func ForkOf(pkgPath string) (fork, original string, ok bool) {
	table := declared.Load()
	if table == nil {
		return "", "", false
	}
	for _, d := range *table {
		if pkgPath == d.fork || strings.HasPrefix(pkgPath, d.fork+"/") {
			return d.fork, d.original, true
		}
	}
	return "", "", false
}
