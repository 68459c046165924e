package edit

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// apply applies edits to src.
func apply(t *testing.T, fset *token.FileSet, file *ast.File, src string, edits []analysis.TextEdit) string {
	t.Helper()
	tf := fset.File(file.Pos())
	slices.SortFunc(edits, func(a, b analysis.TextEdit) int { return int(b.Pos - a.Pos) })
	out := src
	for _, e := range edits {
		start, end := tf.Offset(e.Pos), tf.Offset(e.End)
		out = out[:start] + string(e.NewText) + out[end:]
	}
	return out
}

func check(t *testing.T, src string) (*token.FileSet, *ast.File, *types.Info, *types.Package) {
	t.Helper()
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "a.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Defs: map[*ast.Ident]types.Object{}, Implicits: map[ast.Node]types.Object{}}
	conf := types.Config{Importer: testImporter{importer.Default()}}
	pkg, err := conf.Check("a", fset, []*ast.File{file}, info)
	if err != nil {
		t.Fatal(err)
	}
	return fset, file, info, pkg
}

// at returns the position of the marker /*@*/ in src, where a fix would
// use the imported name, or the package clause's when src has none.
func at(fset *token.FileSet, file *ast.File, src string) token.Pos {
	if i := strings.Index(src, "/*@*/"); i >= 0 {
		return fset.File(file.Pos()).Pos(i)
	}
	return file.Name.Pos()
}

func TestImport(t *testing.T) {
	for _, tc := range []struct {
		name, src, path, pkgName, want, local string
		ok                                    bool
	}{
		{
			name: "no imports",
			src:  "package a\n\nvar x = 1\n",
			path: "strings", pkgName: "strings",
			want: "package a\n\nimport \"strings\"\n\nvar x = 1\n", local: "strings", ok: true,
		},
		{
			name: "one import",
			src:  "package a\n\nimport \"fmt\"\n\nvar _ = fmt.Sprint\n",
			path: "strings", pkgName: "strings",
			want: "package a\n\nimport \"strings\"\nimport \"fmt\"\n\nvar _ = fmt.Sprint\n", local: "strings", ok: true,
		},
		{
			name: "beside its nearest neighbour",
			src:  "package a\n\nimport (\n\t\"fmt\"\n\n\t\"net/http\"\n)\n\nvar _ = fmt.Sprint\nvar _ = http.Get\n",
			path: "net/url", pkgName: "url",
			want: "package a\n\nimport (\n\t\"fmt\"\n\n\t\"net/http\"\n\t\"net/url\"\n)\n\nvar _ = fmt.Sprint\nvar _ = http.Get\n", local: "url", ok: true,
		},
		{
			name: "before its nearest neighbour",
			src:  "package a\n\nimport (\n\t\"net/url\"\n)\n\nvar _ = url.Parse\n",
			path: "net/http", pkgName: "http",
			want: "package a\n\nimport (\n\t\"net/http\"\n\t\"net/url\"\n)\n\nvar _ = url.Parse\n", local: "http", ok: true,
		},
		{
			name: "in order within its group",
			src:  "package a\n\nimport (\n\t\"context\"\n\t\"strings\"\n\n\t\"github.com/openai/openai-go/v3/option\"\n)\n\nvar _ = context.TODO\nvar _ = strings.ToLower\nvar _ = option.WithAPIKey\n",
			path: "os", pkgName: "os",
			want: "package a\n\nimport (\n\t\"context\"\n\t\"os\"\n\t\"strings\"\n\n\t\"github.com/openai/openai-go/v3/option\"\n)\n\nvar _ = context.TODO\nvar _ = strings.ToLower\nvar _ = option.WithAPIKey\n", local: "os", ok: true,
		},
		{
			// "go/token" shares more of its path with golang.org/x/tools
			// than with fmt, but belongs with the standard library.
			name: "in the standard library's group",
			src:  "package a\n\nimport (\n\t\"fmt\"\n\n\t\"golang.org/x/tools/go/analysis\"\n)\n\nvar _ = fmt.Sprint\nvar _ = analysis.Validate\n",
			path: "go/token", pkgName: "token",
			want: "package a\n\nimport (\n\t\"fmt\"\n\t\"go/token\"\n\n\t\"golang.org/x/tools/go/analysis\"\n)\n\nvar _ = fmt.Sprint\nvar _ = analysis.Validate\n", local: "token", ok: true,
		},
		{
			name: "a standard library group of its own, first",
			src:  "package a\n\nimport (\n\t\"golang.org/x/tools/go/analysis\"\n\t\"golang.org/x/tools/go/analysis/passes/inspect\"\n)\n\nvar _ = analysis.Validate\nvar _ = inspect.Analyzer\n",
			path: "os", pkgName: "os",
			want: "package a\n\nimport (\n\t\"os\"\n\n\t\"golang.org/x/tools/go/analysis\"\n\t\"golang.org/x/tools/go/analysis/passes/inspect\"\n)\n\nvar _ = analysis.Validate\nvar _ = inspect.Analyzer\n", local: "os", ok: true,
		},
		{
			name: "another module's group of its own, last",
			src:  "package a\n\nimport (\n\t\"fmt\"\n)\n\nvar _ = fmt.Sprint\n",
			path: "golang.org/x/tools/go/analysis", pkgName: "analysis",
			want: "package a\n\nimport (\n\t\"fmt\"\n\n\t\"golang.org/x/tools/go/analysis\"\n)\n\nvar _ = fmt.Sprint\n", local: "analysis", ok: true,
		},
		{
			name: "after its neighbour's line comment",
			src:  "package a\n\nimport (\n\t\"fmt\" // printing\n)\n\nvar _ = fmt.Sprint\n",
			path: "os", pkgName: "os",
			want: "package a\n\nimport (\n\t\"fmt\" // printing\n\t\"os\"\n)\n\nvar _ = fmt.Sprint\n", local: "os", ok: true,
		},
		{
			name: "already imported under another name",
			src:  "package a\n\nimport str \"strings\"\n\nvar _ = str.ToLower\n",
			path: "strings", pkgName: "strings",
			want: "package a\n\nimport str \"strings\"\n\nvar _ = str.ToLower\n", local: "str", ok: true,
		},
		{
			name: "name taken by another import",
			src:  "package a\n\nimport strings \"fmt\"\n\nvar _ = strings.Sprint\n",
			path: "strings", pkgName: "strings",
			want: "package a\n\nimport stringspkg \"strings\"\nimport strings \"fmt\"\n\nvar _ = strings.Sprint\n", local: "stringspkg", ok: true,
		},
		{
			name: "name taken by a declaration",
			src:  "package a\n\nvar strings = 1\n",
			path: "strings", pkgName: "strings",
			want: "package a\n\nimport stringspkg \"strings\"\n\nvar strings = 1\n", local: "stringspkg", ok: true,
		},
		{
			name: "imported, but hidden by a local variable",
			src:  "package a\n\nimport \"strings\"\n\nfunc f() {\n\tstrings := strings.ToLower(\"A\")\n\t_ = strings /*@*/\n}\n",
			path: "strings", pkgName: "strings",
			want: "package a\n\nimport stringspkg \"strings\"\nimport \"strings\"\n\nfunc f() {\n\tstrings := strings.ToLower(\"A\")\n\t_ = strings /*@*/\n}\n", local: "stringspkg", ok: true,
		},
		{
			name: "imported, hidden by a parameter, and the first alias taken",
			src:  "package a\n\nimport (\n\t\"fmt\"\n)\n\nvar fmtpkg = 1\n\nfunc f(fmt string) {\n\t_ = fmt /*@*/\n}\n\nvar _ = fmt.Sprint\n",
			path: "fmt", pkgName: "fmt",
			want: "package a\n\nimport (\n\t\"fmt\"\n\tfmtpkg2 \"fmt\"\n)\n\nvar fmtpkg = 1\n\nfunc f(fmt string) {\n\t_ = fmt /*@*/\n}\n\nvar _ = fmt.Sprint\n", local: "fmtpkg2", ok: true,
		},
		{
			name: "imported, hidden in an enclosing block",
			src:  "package a\n\nimport \"os\"\n\nfunc f() {\n\tif os := 1; os > 0 {\n\t\tfor {\n\t\t\t_ = 0 /*@*/\n\t\t}\n\t}\n\t_ = os.Getenv\n}\n",
			path: "os", pkgName: "os",
			want: "package a\n\nimport ospkg \"os\"\nimport \"os\"\n\nfunc f() {\n\tif os := 1; os > 0 {\n\t\tfor {\n\t\t\t_ = 0 /*@*/\n\t\t}\n\t}\n\t_ = os.Getenv\n}\n", local: "ospkg", ok: true,
		},
		{
			name: "hidden only after the position",
			src:  "package a\n\nimport \"os\"\n\nfunc f() {\n\t_ = 0 /*@*/\n\tos := 1\n\t_ = os\n}\n\nvar _ = os.Getenv\n",
			path: "os", pkgName: "os",
			want: "package a\n\nimport \"os\"\n\nfunc f() {\n\t_ = 0 /*@*/\n\tos := 1\n\t_ = os\n}\n\nvar _ = os.Getenv\n", local: "os", ok: true,
		},
		{
			name: "not imported, name taken by a local variable",
			src:  "package a\n\nfunc f() {\n\tsha256 := \"\"\n\t_ = sha256 /*@*/\n}\n",
			path: "crypto/sha256", pkgName: "sha256",
			want: "package a\n\nimport sha256pkg \"crypto/sha256\"\n\nfunc f() {\n\tsha256 := \"\"\n\t_ = sha256 /*@*/\n}\n", local: "sha256pkg", ok: true,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fset, file, info, pkg := check(t, tc.src)
			pass := &analysis.Pass{Fset: fset, Files: []*ast.File{file}, Pkg: pkg, TypesInfo: info}
			local, edits, ok := Import(pass, at(fset, file, tc.src), tc.path, tc.pkgName)
			if ok != tc.ok {
				t.Fatalf("ok = %v, want %v", ok, tc.ok)
			}
			if !ok {
				return
			}
			if local != tc.local {
				t.Errorf("local name %q, want %q", local, tc.local)
			}
			got := apply(t, fset, file, tc.src, edits)
			if got != tc.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tc.want)
			}
			// The result compiles, with the name referring to the package.
			use := strings.Replace(got, "/*@*/", "; _ = "+local+"."+member[tc.path], 1)
			if !strings.Contains(tc.src, "/*@*/") {
				use += "\nvar _ = " + local + "." + member[tc.path] + "\n"
			}
			checkCompiles(t, use)
		})
	}
}

// member is a member of each package the tests import, to use it by.
var member = map[string]string{
	"strings": "ToLower", "fmt": "Sprint", "os": "Getenv", "net/url": "Parse", "net/http": "Get",
	"crypto/sha256": "Sum256", "go/token": "NewFileSet", "golang.org/x/tools/go/analysis": "Validate",
	"golang.org/x/tools/go/analysis/passes/inspect": "Analyzer", "github.com/openai/openai-go/v3/option": "WithAPIKey",
}

// testImporter imports the standard library, and stands in for other
// packages with one holding a function of the name member gives.
type testImporter struct{ std types.Importer }

func (imp testImporter) Import(path string) (*types.Package, error) {
	if !strings.Contains(strings.Split(path, "/")[0], ".") {
		return imp.std.Import(path)
	}
	pkg := types.NewPackage(path, path[strings.LastIndex(path, "/")+1:])
	pkg.Scope().Insert(types.NewFunc(token.NoPos, pkg, member[path], types.NewSignatureType(nil, nil, nil, nil, nil, false)))
	pkg.MarkComplete()
	return pkg, nil
}

func checkCompiles(t *testing.T, src string) {
	t.Helper()
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "a.go", src, parser.ParseComments)
	if err != nil {
		t.Fatalf("%v\n%s", err, src)
	}
	conf := types.Config{Importer: testImporter{importer.Default()}}
	if _, err := conf.Check("a", fset, []*ast.File{file}, nil); err != nil {
		t.Errorf("the fixed code does not compile: %v\n%s", err, src)
	}
}

func TestAddField(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{"empty", "package a\n\nvar x = struct{ A, B int }{}\n", "package a\n\nvar x = struct{ A, B int }{B: 2}\n"},
		{"one line", "package a\n\nvar x = struct{ A, B int }{A: 1}\n", "package a\n\nvar x = struct{ A, B int }{A: 1, B: 2}\n"},
		{"lines", "package a\n\nvar x = struct{ A, B int }{\n\tA: 1,\n}\n", "package a\n\nvar x = struct{ A, B int }{\n\tA: 1,\n\tB: 2,\n}\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fset, file, _, _ := check(t, tc.src)
			var lit *ast.CompositeLit
			ast.Inspect(file, func(n ast.Node) bool {
				if l, ok := n.(*ast.CompositeLit); ok {
					lit = l
				}
				return lit == nil
			})
			got := apply(t, fset, file, tc.src, []analysis.TextEdit{AddField(fset, lit, "B", "2")})
			if got != tc.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tc.want)
			}
		})
	}
}

// TestWrapBesideAddField wraps the last value of a literal, as unhashedid
// does, while another fix adds a field after it, as maxtokens does. The
// drivers merge edits at one offset in either order: both orders must
// leave the added field outside the wrap.
func TestWrapBesideAddField(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{
			"one line",
			"package a\n\nvar id string\n\nvar x = struct{ A, B string }{A: id}\n",
			"package a\n\nvar id string\n\nvar x = struct{ A, B string }{A: hash(id), B: \"b\"}\n",
		},
		{
			"lines",
			"package a\n\nvar id string\n\nvar x = struct{ A, B string }{\n\tA: id,\n}\n",
			"package a\n\nvar id string\n\nvar x = struct{ A, B string }{\n\tA: hash(id),\n\tB: \"b\",\n}\n",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fset, file, _, _ := check(t, tc.src)
			var lit *ast.CompositeLit
			ast.Inspect(file, func(n ast.Node) bool {
				if l, ok := n.(*ast.CompositeLit); ok {
					lit = l
				}
				return lit == nil
			})
			value := lit.Elts[0].(*ast.KeyValueExpr).Value
			wrap, ok := Wrap(fset, file, value, "hash(", ")")
			if !ok {
				t.Fatal("no wrap")
			}
			add := AddField(fset, lit, "B", `"b"`)
			for _, edits := range [][]analysis.TextEdit{{wrap, add}, {add, wrap}} {
				if got := applyStable(t, fset, file, tc.src, edits); got != tc.want {
					t.Errorf("got:\n%s\nwant:\n%s", got, tc.want)
				}
			}
		})
	}
}

// applyStable applies edits to src from the end, keeping the given order
// of edits at one offset: the first lands last in the text.
func applyStable(t *testing.T, fset *token.FileSet, file *ast.File, src string, edits []analysis.TextEdit) string {
	t.Helper()
	tf := fset.File(file.Pos())
	edits = slices.Clone(edits)
	slices.SortStableFunc(edits, func(a, b analysis.TextEdit) int { return int(b.Pos - a.Pos) })
	out := src
	for _, e := range edits {
		start, end := tf.Offset(e.Pos), tf.Offset(e.End)
		out = out[:start] + string(e.NewText) + out[end:]
	}
	return out
}

func TestWrapKeepsComments(t *testing.T) {
	src := "package a\n\nvar id string\n\nvar x = id /* the user's */ + \"\"\n"
	fset, file, _, _ := check(t, src)
	var value ast.Expr
	ast.Inspect(file, func(n ast.Node) bool {
		if b, ok := n.(*ast.BinaryExpr); ok {
			value = b
		}
		return value == nil
	})
	if _, ok := Wrap(fset, file, value, "hash(", ")"); ok {
		t.Error("Wrap of an expression holding a comment: want no edit, which would drop the comment")
	}
}
