package names

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"slices"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Name
		out  string // String of the result, when not in
	}{
		{"fmt.Printf", Name{"fmt", "", "Printf"}, ""},
		{"os.Args", Name{"os", "", "Args"}, ""},
		{"(*net/http.Request).FormValue", Name{"net/http", "Request", "FormValue"}, "(net/http.Request).FormValue"},
		{"(net/http.Request).Body", Name{"net/http", "Request", "Body"}, ""},
		{"(io.Reader).Read", Name{"io", "Reader", "Read"}, ""},
		{"(connectrpc.com/connect.Request).Msg", Name{"connectrpc.com/connect", "Request", "Msg"}, ""},
		{"(gopkg.in/telebot.v3.Context).Text", Name{"gopkg.in/telebot.v3", "Context", "Text"}, ""},
		{"github.com/coder/websocket/wsjson.Read", Name{"github.com/coder/websocket/wsjson", "", "Read"}, ""},
		// The spelling .openaivet.yml accepted before.
		{"example.com/app/llm.Client.Ask", Name{"example.com/app/llm", "Client", "Ask"}, "(example.com/app/llm.Client).Ask"},
	} {
		got, err := Parse(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("Parse(%q) = %#v, %v; want %#v", tc.in, got, err, tc.want)
			continue
		}
		out := tc.out
		if out == "" {
			out = tc.in
		}
		if got.String() != out {
			t.Errorf("Parse(%q).String() = %q, want %q", tc.in, got.String(), out)
		}
		if again, err := Parse(got.String()); err != nil || again != got {
			t.Errorf("Parse(%q) = %#v, %v: String does not read back", got.String(), again, err)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, s := range []string{
		"", "Printf", "fmt", "fmt.", ".Printf", "fmt.Printf()", "(fmt).Printf", "(net/http.Request)", "(net/http.Request).",
		"(net/http.Request.Body", "example.com/app/llm.Client.Ask.Deep", "net/http.Request.1", "net/ http.Get",
		"(ChatCompletionService).New", "NewClient",
	} {
		if n, err := Parse(s); err == nil {
			t.Errorf("Parse(%q) = %#v, want an error", s, n)
		}
	}
}

func TestRelative(t *testing.T) {
	const root = "github.com/openai/openai-go/v3"
	for _, tc := range []struct{ in, want string }{
		{"(github.com/openai/openai-go/v3.ChatCompletionService).New", "(ChatCompletionService).New"},
		{"github.com/openai/openai-go/v3.NewClient", "NewClient"},
		{"github.com/openai/openai-go/v3/option.WithJSONSet", "option.WithJSONSet"},
		{"(github.com/openai/openai-go/v3/responses.ResponseService).New", "(responses.ResponseService).New"},
	} {
		rel, ok := MustParse(tc.in).Relative(root)
		if !ok || rel.String() != tc.want {
			t.Errorf("Relative(%s) = %s, %v; want %s", tc.in, rel, ok, tc.want)
		}
		if back, err := ParseRelative(tc.want); err != nil || back != rel {
			t.Errorf("ParseRelative(%q) = %#v, %v; want %#v", tc.want, back, err, rel)
		}
	}
	table := NewRelativeTable(map[string]string{"(ChatCompletionService).New": "chat completion", "option.WithJSONSet": "option"})
	for _, tc := range []struct{ in, want string }{
		{"(github.com/openai/openai-go/v3.ChatCompletionService).New", "chat completion"},
		{"(*github.com/openai/openai-go.ChatCompletionService).New", ""},
		{"github.com/openai/openai-go/v3/option.WithJSONSet", "option"},
	} {
		rel, ok := MustParse(tc.in).Relative(root)
		got, _ := table.Lookup(rel)
		if !ok && tc.want != "" || got != tc.want {
			t.Errorf("the relative table holds %q for %s, want %q", got, tc.in, tc.want)
		}
	}
	for _, outside := range []string{"github.com/openai/openai-go/v30.NewClient", "github.com/openai/openai-go.NewClient", "fmt.Printf"} {
		if rel, ok := MustParse(outside).Relative(root); ok {
			t.Errorf("Relative(%s) = %s, want none: it is outside %s", outside, rel, root)
		}
	}
}

const src = `package bot

import "io"

var Token string

func Run() {}

type Message struct{ Content string }

func (m *Message) Reply() string { return "" }

type Create struct {
	*Message
	Extra int
}

type Context interface{ Text() string }

type ReadCloser interface {
	io.Reader
	Close() error
}

type Request[T any] struct{ Msg *T }

func (r *Request[T]) Header() string { return "" }

var (
	create  Create
	ctx     Context
	rc      ReadCloser
	request Request[Message]
)

func use() {
	_ = create.Content
	_ = create.Reply()
	_ = create.Extra
	_ = ctx.Text()
	_, _ = rc.Read(nil)
	_ = request.Msg
	_ = request.Header()
	_ = Token
	Run()
	func() {}()
}
`

// TestOf names what a type-checked package uses, the way the tables and
// the configuration file spell it.
func TestOf(t *testing.T) {
	for _, path := range []string{"example.com/bot", "gopkg.in/bot.v3"} {
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, "bot.go", src, 0)
		if err != nil {
			t.Fatal(err)
		}
		info := &types.Info{Uses: map[*ast.Ident]types.Object{}, Selections: map[*ast.SelectorExpr]*types.Selection{}}
		conf := types.Config{Importer: importer.ForCompiler(fset, "source", nil)}
		if _, err := conf.Check(path, fset, []*ast.File{f}, info); err != nil {
			t.Fatal(err)
		}
		var got []string
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.SelectorExpr:
				sel := info.Selections[n]
				if sel == nil {
					return true
				}
				var name Name
				var ok bool
				switch obj := sel.Obj().(type) {
				case *types.Func:
					name, ok = Func(obj)
				case *types.Var:
					// The field's own struct: the last embedded field
					// on the way, or the receiver.
					recv := sel.Recv()
					index := sel.Index()
					for _, i := range index[:len(index)-1] {
						recv = namedOf(recv).Underlying().(*types.Struct).Field(i).Type()
					}
					name, ok = Field(recv, index[len(index)-1])
				}
				if ok {
					got = append(got, name.String())
				}
			case *ast.Ident:
				switch obj := info.Uses[n].(type) {
				case *types.Var:
					if name, ok := Var(obj); ok {
						got = append(got, name.String())
					}
				case *types.Func:
					if obj.Signature().Recv() == nil {
						if name, ok := Func(obj); ok {
							got = append(got, name.String())
						}
					}
				}
			}
			return true
		})
		want := strings.Fields(strings.ReplaceAll(`
			(PKG.Message).Content PKG.create (PKG.Message).Reply PKG.create (PKG.Create).Extra PKG.create
			(PKG.Context).Text PKG.ctx (io.Reader).Read PKG.rc (PKG.Request).Msg PKG.request
			(PKG.Request).Header PKG.request PKG.Token PKG.Run`, "PKG", path))
		if !slices.Equal(got, want) {
			t.Errorf("%s: named\n%q\nwant\n%q", path, got, want)
		}
		set := NewSet("("+path+".Message).Content", path+".Run", path+".Token")
		for _, g := range got {
			n := MustParse(g)
			if set.Contains(n) != set[n] {
				t.Errorf("%s: Contains(%s) = %v", path, n, !set[n])
			}
		}
	}
}

// A function of a package whose last element has a dot, written as Go
// tools print it, reads like a member; the set finds it all the same.
func TestDottedPackage(t *testing.T) {
	pkg := types.NewPackage("gopkg.in/telebot.v3", "telebot")
	newBot := types.NewFunc(token.NoPos, pkg, "NewBot", types.NewSignatureType(nil, nil, nil, nil, nil, false))
	set := NewSet("gopkg.in/telebot.v3.NewBot")
	if !set.Has(newBot) {
		t.Errorf("%v does not find gopkg.in/telebot.v3.NewBot", set)
	}
	other := types.NewFunc(token.NoPos, types.NewPackage("gopkg.in/telebot.v4", "telebot"), "NewBot", newBot.Signature())
	if set.Has(other) {
		t.Errorf("%v finds the NewBot of v4", set)
	}
}

func TestNewTablePanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("a malformed name in a table did not panic")
		}
	}()
	NewTable(map[string]int{"(net/http.Request": 1})
}
