package main

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestNewFromParseDiff(t *testing.T) {
	tests := []struct {
		name, diff string
		want       map[string][]int
	}{{
		name: "hunks with context",
		diff: `diff --git a/main.go b/main.go
index 1111111..2222222 100644
--- a/main.go
+++ b/main.go
@@ -3,6 +3,7 @@ import "fmt"
 func main() {
-	fmt.Println("a")
+	fmt.Println("b")
+	fmt.Println("c")
 	x := 1
 	_ = x
 	y := 2
 	_ = y
@@ -20,3 +21,3 @@ func f() {
 	a()
-	b()
+	c()
 	d()
`,
		want: map[string][]int{"main.go": {4, 5, 22}},
	}, {
		name: "deletions only",
		diff: `--- a/main.go
+++ b/main.go
@@ -4,2 +3,0 @@
-	old()
-	older()
@@ -10 +8,0 @@
-	oldest()
`,
		want: map[string][]int{},
	}, {
		name: "new file",
		diff: `diff --git a/pkg/new.go b/pkg/new.go
new file mode 100644
index 0000000..3333333
--- /dev/null
+++ b/pkg/new.go
@@ -0,0 +1,3 @@
+package pkg
+
+func F() {}
`,
		want: map[string][]int{"pkg/new.go": {1, 2, 3}},
	}, {
		name: "deleted file",
		diff: `diff --git a/gone.go b/gone.go
deleted file mode 100644
--- a/gone.go
+++ /dev/null
@@ -1,2 +0,0 @@
-package gone
-
`,
		want: map[string][]int{},
	}, {
		name: "renamed file",
		diff: `diff --git a/old.go b/new.go
similarity 90%
rename from old.go
rename to new.go
index 1111111..2222222 100644
--- a/old.go
+++ b/new.go
@@ -2 +2 @@
-var x = 1
+var x = 2
diff --git a/same.go b/moved.go
similarity 100%
rename from same.go
rename to moved.go
`,
		want: map[string][]int{"new.go": {2}},
	}, {
		name: "no newline at end of file",
		diff: `--- a/main.go
+++ b/main.go
@@ -5 +5,2 @@
-}
\ No newline at end of file
+}
+// end
\ No newline at end of file
`,
		want: map[string][]int{"main.go": {5, 6}},
	}, {
		name: "CRLF",
		diff: "--- a/main.go\r\n+++ b/main.go\r\n@@ -1,2 +1,2 @@\r\n package main\r\n-var a = 1\r\n+var a = 2\r\n",
		want: map[string][]int{"main.go": {2}},
	}, {
		name: "lines that look like headers",
		diff: `--- a/main.go
+++ b/main.go
@@ -1,2 +1,2 @@
--- a/x
+++ b/y
 @@ -1 +1 @@
`,
		want: map[string][]int{"main.go": {1}},
	}, {
		name: "quoted name, diff -u timestamps",
		diff: "--- \"a/caf\\303\\251.go\"\n+++ \"b/caf\\303\\251.go\"\n@@ -1 +1 @@\n-x\n+y\n" +
			"--- old/x.go\t2024-01-01 00:00:00\n+++ x.go\t2024-01-02 00:00:00\n@@ -1 +1,2 @@\n x\n+z\n",
		want: map[string][]int{"café.go": {1}, "x.go": {2}},
	}, {
		name: "empty",
		diff: "",
		want: map[string][]int{},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseUnifiedDiff([]byte(tt.diff))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestNewFromParseDiffErrors(t *testing.T) {
	for diff, want := range map[string]string{
		"just some text\n":                                  "not a unified diff",
		"@@ -1 +1 @@\n-a\n+b\n":                             "a hunk before any",
		"+++ b/x.go\n@@ -1,3 +1,3 @@\n a\n-b\n+c\n":         "cut short",
		"+++ b/x.go\n@@ -1,2 +1,2 @@\n-a\n-b\n-c\n+d\n+e\n": "ends early",
		"+++ b/x.go\n@@ bad @@\n":                           "not a hunk header",
	} {
		if _, err := parseUnifiedDiff([]byte(diff)); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: error %v, want one saying %q", diff, err, want)
		}
	}
}

// A finding is new when its line or a related position's line changed; a
// finding that says a package could not be checked always is.
func TestNewFromIsNew(t *testing.T) {
	dir := t.TempDir()
	link := filepath.Join(t.TempDir(), "link")
	if err := os.Symlink(dir, link); err != nil {
		t.Fatal("a symbolic link, which the test needs:", err)
	}
	c := newChanges()
	c.add(dir, map[string][]int{"a.go": {3}})
	c.addWhole(filepath.Join(dir, "new.go"))
	at := func(file string, line int) location { return location{File: filepath.Join(link, file), Line: line} }
	for _, tt := range []struct {
		name string
		f    finding
		want bool
	}{
		{"changed line", finding{Check: "maxtokens", Location: at("a.go", 3)}, true},
		{"unchanged line", finding{Check: "maxtokens", Location: at("a.go", 4)}, false},
		{"unchanged file", finding{Check: "maxtokens", Location: at("b.go", 3)}, false},
		{"new file", finding{Check: "maxtokens", Location: at("new.go", 40)}, true},
		{"changed source", finding{Check: "moderation", Location: at("a.go", 9), Related: []related{{Location: at("a.go", 3)}}}, true},
		{"unchanged source", finding{Check: "moderation", Location: at("a.go", 9), Related: []related{{Location: at("a.go", 8)}}}, false},
		{"compile error", finding{Check: "compile", Location: at("b.go", 1)}, true},
		{"whole changed file", finding{Check: "directive", Location: at("a.go", 0)}, true},
		{"configuration", finding{Check: "config", Location: at("b.go", 2)}, true},
		{"whole unchanged file", finding{Check: "directive", Location: at("b.go", 0)}, false},
	} {
		if got := c.isNew(&tt.f); got != tt.want {
			t.Errorf("%s: isNew %v, want %v", tt.name, got, tt.want)
		}
	}
}
