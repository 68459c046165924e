package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The build ID read from an executable is the one go tool buildid reads.
func TestGoBuildID(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("go", "tool", "buildid", exe).Output()
	if err != nil {
		t.Fatalf("go tool buildid: %v", err)
	}
	want := strings.TrimSpace(string(out))
	f, err := os.Open(exe)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := goBuildID(f); got != want || got == "" {
		t.Errorf("goBuildID = %q, want %q", got, want)
	}
}

// Outside ELF, the ID is the quoted string at the start of the text; a
// file with neither has none, and is known by its hash.
func TestGoBuildIDInText(t *testing.T) {
	dir := t.TempDir()
	for name, c := range map[string]struct{ content, want string }{
		"text":  {"\x00\x01header\xff Go build ID: \"abc/def\"\n \xff\x00code", "abc/def"},
		"none":  {"\x00\x01header, no ID\x00code", ""},
		"open":  {"\xff Go build ID: \"abc/def", ""},
		"empty": {"", ""},
	} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(c.content), 0o644); err != nil {
			t.Fatal(err)
		}
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		if got := goBuildID(f); got != c.want {
			t.Errorf("%s: goBuildID = %q, want %q", name, got, c.want)
		}
		f.Close()
	}
}
