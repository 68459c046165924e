package secret

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/openaivet/openaivet/internal/astutil"
)

// window is the length of the shortest piece of a key that must not be
// printed: a run of 12 characters of a key is already too much of it.
const window = 12

// A Redactor removes from text every key that its patterns find (see
// Redact) and, beyond them, every piece of a key that it knows of from a
// program's source: each literal piece of a key-shaped constant
// expression, in the value it has and in the spelling it has in the
// source (escapes included), and as JSON quotes that spelling. A piece
// of a key split across string literals, or written with escapes, has
// nothing in it that a pattern could tell from other text; the source
// says what it is. Any run of 12 or more characters that is part of a
// known piece is redacted, wherever it appears.
//
// A Redactor is safe for concurrent use.
type Redactor struct {
	mu      sync.RWMutex
	windows map[string]bool // every 12-byte window of every known piece
	dirs    map[string]bool // the directories whose files have been read
	// unread holds files to learn from before the first text that could
	// hold a piece of a key is redacted: most output holds none, and
	// parsing a package's files costs more than running the checks on
	// a package that does not touch OpenAI.
	unread []string
	readMu sync.Mutex // held while the unread files are read
}

// NewRedactor returns a Redactor that knows no source yet.
func NewRedactor() *Redactor {
	return &Redactor{windows: make(map[string]bool), dirs: make(map[string]bool)}
}

// AddFiles learns the keys that the files of one package hold.
func (r *Redactor) AddFiles(files []*ast.File) {
	pieces := SourcePieces(files)
	if len(pieces) == 0 {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, p := range pieces {
		for i := 0; i+window <= len(p); i++ {
			r.windows[p[i:i+window]] = true
		}
	}
}

// AddPackageFiles learns the keys that the Go files named hold, the first
// time a text that could hold a piece of one is redacted. A file that
// cannot be read or parsed is learned from as far as it parses.
func (r *Redactor) AddPackageFiles(names []string) {
	r.mu.Lock()
	r.unread = append(r.unread, names...)
	r.mu.Unlock()
}

// read learns the keys of the files not read yet. A caller that finds
// another reading waits for it: its text may hold what they hold.
func (r *Redactor) read() {
	r.readMu.Lock()
	defer r.readMu.Unlock()
	r.mu.Lock()
	names := r.unread
	r.unread = nil
	r.mu.Unlock()
	if len(names) == 0 {
		return
	}
	fset := token.NewFileSet()
	var files []*ast.File
	for _, name := range names {
		// A file that does not parse still yields the declarations
		// before its error; the parser's result is used either way.
		f, _ := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if f != nil {
			files = append(files, f)
		}
	}
	r.AddFiles(files)
}

// AddDir learns the keys held by the Go files of the package in dir, once
// for each directory.
func (r *Redactor) AddDir(dir string) {
	r.mu.Lock()
	seen := r.dirs[dir]
	r.dirs[dir] = true
	r.mu.Unlock()
	if seen {
		return
	}
	names, _ := filepath.Glob(filepath.Join(dir, "*.go"))
	r.AddPackageFiles(names)
}

// Redact returns text with every key its patterns find, and every run of
// a known piece of a key, replaced by a description.
func (r *Redactor) Redact(text string) string {
	text = Redact(text)
	if !mayHoldPiece(text) {
		return text
	}
	r.read()
	r.mu.RLock()
	defer r.mu.RUnlock()
	if len(r.windows) == 0 || len(text) < window {
		return text
	}
	// Mark every byte covered by a known window, then replace each run of
	// marked bytes.
	var marked []bool
	for i := 0; i+window <= len(text); i++ {
		if r.windows[text[i:i+window]] {
			if marked == nil {
				marked = make([]bool, len(text))
			}
			for j := i; j < i+window; j++ {
				marked[j] = true
			}
		}
	}
	if marked == nil {
		return text
	}
	var b strings.Builder
	for i := 0; i < len(text); {
		if !marked[i] {
			b.WriteByte(text[i])
			i++
			continue
		}
		j := i
		for j < len(text) && marked[j] {
			j++
		}
		piece := text[i:j]
		b.WriteString(Key{Length: len(piece), Fingerprint: fingerprint(piece)}.redacted())
		i = j
	}
	return b.String()
}

// mayHoldPiece reports whether text has a run of 12 characters that a
// key's value or spelling is made of: letters, digits, '_', '-' and the
// backslash of an escape.
func mayHoldPiece(text string) bool {
	run := 0
	for i := 0; i < len(text); i++ {
		if c := text[i]; isKeyChar(c) || c == '\\' {
			if run++; run >= window {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// SourcePieces returns the pieces of the keys that the files of one
// package hold in constant string expressions (an expression whose whole
// value is a hex Azure key included): the key as the expression
// evaluates it and, for each string literal that holds part of it, that
// part's value, its spelling in the source, and that spelling as JSON
// quotes it. Only parsing is needed, not type information: a constant
// named in an expression is looked up among the package's constant
// declarations by name.
func SourcePieces(files []*ast.File) []string {
	e := evaluator{consts: make(map[string]ast.Expr)}
	for vs := range astutil.ValueSpecs(files, token.CONST) {
		if len(vs.Values) == len(vs.Names) {
			for i, name := range vs.Names {
				e.consts[name.Name] = vs.Values[i]
			}
		}
	}
	var pieces []string
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			expr, ok := n.(ast.Expr)
			if !ok {
				return true
			}
			segs, ok := e.eval(expr, 0)
			if !ok {
				return true
			}
			// The largest constant expression holds the whole value;
			// its parts need not be looked at again.
			pieces = append(pieces, keyPieces(segs)...)
			return false
		})
	}
	return pieces
}

// segment is one string literal's part of a constant expression's value.
type segment struct {
	value, spelling string
	// offsets maps each byte of value, and its end, to where it is
	// spelled in spelling.
	offsets []int
}

// evaluator evaluates constant string expressions from their syntax.
type evaluator struct {
	consts map[string]ast.Expr
}

// maxDepth bounds the constants followed through other constants, so that
// a cycle (which the compiler rejects) cannot loop.
const maxDepth = 16

// eval returns the segments of a constant string expression, or false
// when the expression is not one.
func (e evaluator) eval(expr ast.Expr, depth int) ([]segment, bool) {
	if depth > maxDepth {
		return nil, false
	}
	switch x := expr.(type) {
	case *ast.BasicLit:
		if x.Kind != token.STRING {
			return nil, false
		}
		seg, ok := decodeLiteral(x.Value)
		return []segment{seg}, ok
	case *ast.ParenExpr:
		return e.eval(x.X, depth)
	case *ast.BinaryExpr:
		if x.Op != token.ADD {
			return nil, false
		}
		left, ok := e.eval(x.X, depth)
		if !ok {
			return nil, false
		}
		right, ok := e.eval(x.Y, depth)
		return append(left, right...), ok
	case *ast.Ident:
		if value, ok := e.consts[x.Name]; ok {
			return e.eval(value, depth+1)
		}
	case *ast.CallExpr:
		// string(constant) is the constant.
		if fn, ok := x.Fun.(*ast.Ident); ok && fn.Name == "string" && len(x.Args) == 1 {
			return e.eval(x.Args[0], depth)
		}
	}
	return nil, false
}

// keyPieces returns the pieces of the keys in a constant expression's
// value, as SourcePieces describes them.
func keyPieces(segs []segment) []string {
	var value strings.Builder
	for _, s := range segs {
		value.WriteString(s.value)
	}
	keys := keySpans(value.String())
	// A value that is an older Azure key, 32 hex digits, is one wherever
	// it is: without types the source does not say where it is given,
	// and a checksum redacted by mistake costs the output nothing.
	for _, k := range FindAzure(value.String()) {
		if !k.Marked {
			keys = append(keys, k)
		}
	}
	var pieces []string
	for _, k := range keys {
		pieces = append(pieces, value.String()[k.Start:k.End])
		start := 0
		for _, s := range segs {
			end := start + len(s.value)
			lo, hi := max(k.Start, start)-start, min(k.End, end)-start
			if lo < hi {
				spelled := s.spelling[s.offsets[lo]:s.offsets[hi]]
				pieces = append(pieces, s.value[lo:hi], spelled)
				if quoted, err := json.Marshal(spelled); err == nil {
					pieces = append(pieces, string(quoted[1:len(quoted)-1]))
				}
			}
			start = end
		}
	}
	return pieces
}

// decodeLiteral returns a string literal's value and where each of its
// bytes is spelled. ok is false when the literal is malformed.
func decodeLiteral(lit string) (segment, bool) {
	if len(lit) < 2 {
		return segment{}, false
	}
	seg := segment{spelling: lit}
	var value []byte
	if lit[0] == '`' {
		for i := 1; i < len(lit)-1; i++ {
			if lit[i] != '\r' { // raw strings drop carriage returns
				value = append(value, lit[i])
				seg.offsets = append(seg.offsets, i)
			}
		}
		seg.value = string(value)
		seg.offsets = append(seg.offsets, len(lit)-1)
		return seg, true
	}
	rest := lit[1 : len(lit)-1]
	for len(rest) > 0 {
		at := len(lit) - 1 - len(rest)
		r, multibyte, tail, err := strconv.UnquoteChar(rest, lit[0])
		if err != nil {
			return segment{}, false
		}
		n := len(value)
		if multibyte {
			value = utf8.AppendRune(value, r)
		} else {
			value = append(value, byte(r))
		}
		for range len(value) - n {
			seg.offsets = append(seg.offsets, at)
		}
		rest = tail
	}
	seg.value = string(value)
	seg.offsets = append(seg.offsets, len(lit)-1)
	return seg, true
}
