package edit

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"slices"
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
	conf := types.Config{Importer: importer.Default()}
	pkg, err := conf.Check("a", fset, []*ast.File{file}, info)
	if err != nil {
		t.Fatal(err)
	}
	return fset, file, info, pkg
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
			name: "already imported under another name",
			src:  "package a\n\nimport str \"strings\"\n\nvar _ = str.ToLower\n",
			path: "strings", pkgName: "strings",
			want: "package a\n\nimport str \"strings\"\n\nvar _ = str.ToLower\n", local: "str", ok: true,
		},
		{
			name: "name taken by another import",
			src:  "package a\n\nimport strings \"fmt\"\n\nvar _ = strings.Sprint\n",
			path: "strings", pkgName: "strings", ok: false,
		},
		{
			name: "name taken by a declaration",
			src:  "package a\n\nvar strings = 1\n",
			path: "strings", pkgName: "strings", ok: false,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fset, file, info, pkg := check(t, tc.src)
			local, edits, ok := Import(info, pkg, file, tc.path, tc.pkgName)
			if ok != tc.ok {
				t.Fatalf("ok = %v, want %v", ok, tc.ok)
			}
			if !ok {
				return
			}
			if local != tc.local {
				t.Errorf("local name %q, want %q", local, tc.local)
			}
			if got := apply(t, fset, file, tc.src, edits); got != tc.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tc.want)
			}
		})
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
