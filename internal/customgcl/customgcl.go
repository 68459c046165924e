// Package customgcl builds golangci-lint from its module, with openaivet's
// plugin compiled in or without it, the way `golangci-lint custom` builds
// it from a .custom-gcl.yml whose plugin has a path. The plugin's tests
// build it to run the plugin as users do; the benchmark harness builds it
// both ways, to measure what the plugin adds.
package customgcl

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// Version is the golangci-lint built, the version the documented
// .custom-gcl.yml names.
const Version = "v2.15.0"

// Build builds golangci-lint Version into dir/name. With plugin, the
// directory of an openaivet checkout, openaivet's plugin is compiled in:
// a plugins.go that imports it, a replace directive for its module, go
// mod tidy, as custom does; with plugin empty, golangci-lint is built from
// the same source alone. custom clones the source from GitHub; the module
// proxy has the same files. dir must not hold a previous build.
func Build(dir, name, plugin string) (string, error) {
	env, err := buildEnv()
	if err != nil {
		return "", err
	}
	goCmd := func(dir string, args ...string) ([]byte, error) {
		cmd := exec.Command("go", args...)
		cmd.Dir, cmd.Env = dir, env
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			return nil, fmt.Errorf("go %s: %v\n%s", strings.Join(args, " "), err, stderr.Bytes())
		}
		return out, nil
	}

	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	out, err := goCmd(dir, "mod", "download", "-json", "github.com/golangci/golangci-lint/v2@"+Version)
	if err != nil {
		return "", err
	}
	var mod struct{ Dir, Error string }
	if err := json.Unmarshal(out, &mod); err != nil {
		return "", err
	}
	if mod.Error != "" {
		return "", errors.New(mod.Error)
	}
	// CopyFS makes the files writable, which they are not in the module
	// cache.
	src := filepath.Join(dir, "golangci-lint-src-"+name)
	if err := os.CopyFS(src, os.DirFS(mod.Dir)); err != nil {
		return "", err
	}

	if plugin != "" {
		if plugin, err = filepath.Abs(plugin); err != nil {
			return "", err
		}
		// custom generates the same file: one blank import per plugin.
		imports := "package main\n\nimport (\n\t_ \"github.com/openaivet/openaivet/plugin\"\n)\n"
		if err := os.WriteFile(filepath.Join(src, "cmd", "golangci-lint", "plugins.go"), []byte(imports), 0o644); err != nil {
			return "", err
		}
		if _, err := goCmd(src, "mod", "edit",
			"-require=github.com/openaivet/openaivet@v0.0.0",
			"-replace=github.com/openaivet/openaivet="+plugin); err != nil {
			return "", err
		}
		if _, err := goCmd(src, "mod", "tidy"); err != nil {
			return "", err
		}
	}
	// custom also stamps main.version with the plugins' hash, for the
	// result cache; unstamped, golangci-lint keys its cache on a hash of
	// the binary itself, which changes with the plugin just as well.
	bin := filepath.Join(dir, name)
	if _, err := goCmd(src, "build", "-ldflags=-s -w", "-o", bin, "./cmd/golangci-lint"); err != nil {
		return "", err
	}
	return bin, os.RemoveAll(src)
}

// buildEnv is the environment of the go commands that build golangci-lint:
// modules come from the module proxy alone, never straight from their
// repositories, and no go.work of the caller applies.
func buildEnv() ([]string, error) {
	out, err := exec.Command("go", "env", "GOPROXY").Output()
	if err != nil {
		return nil, fmt.Errorf("go env GOPROXY: %v", err)
	}
	var proxies []string
	for _, p := range strings.FieldsFunc(strings.TrimSpace(string(out)), func(r rune) bool { return r == ',' || r == '|' }) {
		if p != "direct" {
			proxies = append(proxies, p)
		}
	}
	proxy := strings.Join(proxies, ",")
	if proxy == "" {
		proxy = "off"
	}
	return append(os.Environ(), "GOPROXY="+proxy, "GOWORK=off", "GOFLAGS=-mod=mod -buildvcs=false"), nil
}
