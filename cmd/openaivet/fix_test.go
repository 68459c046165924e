package main

import "testing"

func TestCleanDiff(t *testing.T) {
	// go vet's diff of a file whose first hunk adds two lines numbers the
	// second hunk's new lines from 39, not 40; the same file comes twice
	// (the package and its test variant), and the last line is not ended.
	const vet = "--- /m/a.go (old)\n+++ /m/a.go (new)\n" +
		"@@ -1,3 +1,5 @@\n a\n+b\n+c\n d\n e\n" +
		"@@ -38,3 +39,4 @@ func f() {\n x\n+y\n z\n w\n" +
		"--- /m/a.go (old)\n+++ /m/a.go (new)\n@@ -1,3 +1,5 @@\n a\n+b\n+c\n d\n e\n@@ -38,3 +39,4 @@ func f() {\n x\n+y\n z\n w\n" +
		"--- /other/b.go (old)\n+++ /other/b.go (new)\n@@ -1,1 +1,1 @@\n-p\n+q"
	const want = "--- /m/a.go (old)\n+++ /m/a.go (new)\n" +
		"@@ -1,3 +1,5 @@\n a\n+b\n+c\n d\n e\n" +
		"@@ -38,3 +40,4 @@ func f() {\n x\n+y\n z\n w\n"
	if got := cleanDiff(vet, map[string]bool{"/m": true}); got != want {
		t.Errorf("cleanDiff:\n%s\nwant:\n%s", got, want)
	}
	if got := cleanDiff(vet, nil); got != want+"--- /other/b.go (old)\n+++ /other/b.go (new)\n@@ -1 +1 @@\n-p\n+q\n" {
		t.Errorf("cleanDiff without a filter:\n%s", got)
	}
}
