package benchgen

import (
	"bufio"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/openaivet/openaivet/internal/testmod"
)

const demo = "../../testdata/demo"

// The module builds against the client version the tests use: its
// requirements and sums are the demo's, which has more besides.
func TestDepsMatchDemo(t *testing.T) {
	mod, err := os.ReadFile(filepath.Join(demo, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	sum, err := os.ReadFile(filepath.Join(demo, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ ours, demos, file string }{
		{requireLines, string(mod), "require.txt"},
		{goSum, string(sum), "gosum.txt"},
	} {
		for line := range strings.Lines(c.ours) {
			line = strings.TrimPrefix(strings.TrimSpace(line), "require ")
			if strings.HasPrefix(line, "github.com/") && !strings.Contains(c.demos, line) {
				t.Errorf("%s has %q, which %s does not: copy the demo's line", c.file, line, demo)
			}
		}
	}
	if !strings.Contains(requireLines, "github.com/openai/openai-go/v3 ") {
		t.Error("require.txt does not require openai-go")
	}
}

func TestSizes(t *testing.T) {
	if n := Packages(1); n < 63 {
		t.Errorf("scale 1 has %d packages, want at least 63", n)
	}
	if n := Packages(16); n < 1000 {
		t.Errorf("scale 16 has %d packages, want at least 1,000", n)
	}
	dir := t.TempDir()
	if err := Generate(dir, 1); err != nil {
		t.Fatal(err)
	}
	pkgs := map[string]bool{}
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(path, ".go") && !strings.HasSuffix(path, "_test.go") {
			pkgs[filepath.Dir(path)] = true
		}
		return err
	})
	if len(pkgs) != Packages(1) {
		t.Errorf("wrote %d packages, Packages(1) says %d", len(pkgs), Packages(1))
	}
	if err := Generate(dir, 1); err == nil {
		t.Error("Generate wrote into a directory that is not empty")
	}
}

// TestFindings runs the openaivet command on the module of scale 1 and
// holds it to the number of findings of each check that the templates
// put there, and to keeping the keys out of its output.
func TestFindings(t *testing.T) {
	dir := cachedModule(t)
	testmod.Download(t, dir)
	bin := filepath.Join(t.TempDir(), "openaivet")
	if out, err := exec.Command("go", "build", "-o", bin, "../../cmd/openaivet").CombinedOutput(); err != nil {
		t.Fatalf("building openaivet: %v\n%s", err, out)
	}

	cmd := exec.Command(bin, "-f", "json", "./...")
	cmd.Dir = dir
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if exit := (*exec.ExitError)(nil); !errors.As(err, &exit) || exit.ExitCode() != 1 {
		t.Fatalf("openaivet: %v, want exit status 1 for findings\n%s", err, stderr.String())
	}
	got := map[string]int{}
	sc := bufio.NewScanner(strings.NewReader(string(out)))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var f struct {
			Code, Message string
			Location      struct{ File string }
		}
		if err := json.Unmarshal(sc.Bytes(), &f); err != nil {
			t.Fatalf("not a JSON finding: %v\n%s", err, sc.Text())
		}
		if _, known := findingsPerService[f.Code]; !known {
			t.Errorf("unexpected %s finding in %s: %s", f.Code, f.Location.File, f.Message)
		}
		got[f.Code]++
	}
	if want := Expected(1); !maps.Equal(got, want) {
		t.Errorf("findings per check:\n got %v\nwant %v", got, want)
	}
	for i := range Services(1) {
		if key := serviceKey(i); strings.Contains(string(out)+stderr.String(), key) {
			t.Errorf("the key of %s is in openaivet's output", serviceName(i))
		}
	}
}

// cachedModule returns the module of scale 1, generated into a directory
// of the user's cache named by a hash of its files. The go command keys
// compiled packages on their directory too, and compiling the 16 packages
// that import the client is most of a run: in a new temporary directory
// each time, the test would take minutes instead of seconds.
func cachedModule(t *testing.T) string {
	cache, err := os.UserCacheDir()
	if err != nil {
		t.Skip("no user cache directory:", err)
	}
	base := filepath.Join(cache, "openaivet", "benchgen")
	if err := os.MkdirAll(base, 0o755); err != nil {
		t.Fatal(err)
	}
	tmp, err := os.MkdirTemp(base, "tmp-")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(tmp) // gone once renamed
	if err := Generate(tmp, 1); err != nil {
		t.Fatal(err)
	}
	h := sha256.New()
	err = filepath.WalkDir(tmp, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		rel, _ := filepath.Rel(tmp, path)
		fmt.Fprintf(h, "%s\x00%d\x00", filepath.ToSlash(rel), len(data))
		h.Write(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	name := fmt.Sprintf("scale1-%x", h.Sum(nil)[:8])
	dir := filepath.Join(base, name)
	// A concurrent run may have renamed its copy first: the contents
	// are the same.
	if err := os.Rename(tmp, dir); err != nil && !isDir(dir) {
		t.Fatal(err)
	}
	// Modules of earlier versions of the templates are of no more use.
	old, _ := filepath.Glob(filepath.Join(base, "scale1-*"))
	for _, o := range old {
		if filepath.Base(o) != name {
			os.RemoveAll(o)
		}
	}
	return dir
}

func isDir(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.IsDir()
}
