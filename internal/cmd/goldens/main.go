// Command goldens writes the golden files of a check's testdata: each Go
// file as the check's suggested fixes leave it. Review what it writes before
// committing it; the tests then hold the fixes to it.
//
//	go run ./internal/cmd/goldens [-pkgs ./...] CHECK [openaivet flags...]
//
// Keys in testdata are spelled as placeholders (see fakekey.Expand): the
// fixes run on a copy with generated keys, and the goldens get the
// placeholders back.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/openaivet/openaivet/internal/secret/fakekey"
)

var placeholder = regexp.MustCompile(`@@[a-z]+-[0-9]+(?::[ab])?@@`)

func main() {
	pkgs := flag.String("pkgs", "./...", "packages of the testdata module to fix")
	flag.Parse()
	if flag.NArg() < 1 {
		log.Fatal("usage: goldens [-pkgs PATTERN] CHECK [openaivet flags...]")
	}
	check := flag.Arg(0)
	src, err := filepath.Abs(filepath.Join("analyzers", check, "testdata"))
	if err != nil {
		log.Fatal(err)
	}
	tmp, err := os.MkdirTemp("", "goldens")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(tmp)

	bin := filepath.Join(tmp, "openaivet")
	run(".", []int{0}, "go", "build", "-o", bin, "./cmd/openaivet")
	work := filepath.Join(tmp, "module")
	templates := map[string]string{}
	walk(src, func(rel string, data []byte) {
		if strings.HasSuffix(rel, ".golden") {
			return
		}
		templates[rel] = string(data)
		expanded, _ := fakekey.Expand(string(data))
		write(filepath.Join(work, rel), expanded)
	})
	args := append([]string{"-checks", check}, flag.Args()[1:]...)
	// The testdata module may hold modules of its own (one that requires
	// an older client version): each is fixed where it is.
	for _, dir := range modules(work) {
		if _, err := os.Stat(filepath.Join(dir, strings.TrimSuffix(*pkgs, "/..."))); err != nil {
			continue // the packages are in another of the modules
		}
		// -fix exits 1 while findings are left, as most testdata has.
		run(dir, []int{0, 1}, bin, append(append(args, "-fix"), *pkgs)...)
	}

	for rel, tmpl := range templates {
		if !strings.HasSuffix(rel, ".go") {
			continue
		}
		fixed, err := os.ReadFile(filepath.Join(work, rel))
		if err != nil {
			log.Fatal(err)
		}
		golden := string(fixed)
		for _, ph := range placeholder.FindAllString(tmpl, -1) {
			key, _ := fakekey.Expand(ph)
			golden = strings.ReplaceAll(golden, key, ph)
		}
		path := filepath.Join(src, rel+".golden")
		if golden == tmpl {
			if *pkgs == "./..." {
				os.Remove(path) // no fix touches the file any more
			}
			continue
		}
		write(path, golden)
		fmt.Println("wrote", path)
	}
}

// modules returns the directories under dir, dir included, that hold a
// go.mod file.
func modules(dir string) []string {
	var dirs []string
	walk(dir, func(rel string, _ []byte) {
		if filepath.Base(rel) == "go.mod" {
			dirs = append(dirs, filepath.Join(dir, filepath.Dir(rel)))
		}
	})
	return dirs
}

// run runs a command that must end with one of the exit statuses ok.
func run(dir string, ok []int, name string, args ...string) {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = os.Stdout, &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	if errors.As(err, &exit) && slices.Contains(ok, exit.ExitCode()) {
		err = nil
	}
	if err != nil {
		log.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, stderr.String())
	}
}

func walk(dir string, f func(rel string, data []byte)) {
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		f(rel, data)
		return nil
	})
	if err != nil {
		log.Fatal(err)
	}
}

func write(path, content string) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		log.Fatal(err)
	}
}
