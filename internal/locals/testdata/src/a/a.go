package a

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
)

func use(any) {}

func digest(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

type user struct{ Email, Name string }

type params struct {
	ID    string
	Inner struct{ Tag string }
}

func (p *params) Reset() { *p = params{} }

func (p params) Copy() params { return p }

// An assignment on every way to the use hides what came before.
func overwritten(u user) {
	id := u.Email
	id = digest(id)
	use(id) // want `^assign@30; $`
}

// Not when the overwrite is conditional.
func conditional(u user, hash bool) {
	id := u.Email
	if hash {
		id = digest(id)
	}
	use(id) // want `^assign@36 assign@38; $`
}

// Nor when it comes after the use, in a loop.
func loop(us []user) {
	var id string
	for _, u := range us {
		use(id) // want `^zero@45 assign@48; $`
		id = u.Email
	}
}

// An overwrite inside the loop body, before the use, hides the write
// after it.
func loopOverwrite(us []user) {
	id := "none"
	for _, u := range us {
		id = digest(u.Email)
		use(id) // want `^assign@57; $`
		id = u.Name
	}
}

// A closure may run at any time: nothing orders its writes.
func closure(u user) func() {
	id := u.Email
	reset := func() { id = u.Name }
	id = digest(id)
	use(id) // want `^assign@66 assign@67; $`
	return reset
}

// Inside a closure, the enclosing function's order does not hold.
func inClosure(u user) func() {
	id := u.Email
	id = digest(id)
	return func() {
		use(id) // want `^assign@74 assign@75; $`
	}
}

// A goto makes every write reach.
func jumps(u user) {
	id := u.Email
	goto next
next:
	id = digest(id)
	use(id) // want `^assign@83 assign@86; $`
}

// Fields: a write of the field, or of the whole, hides earlier writes of
// that field; a write of another field does not.
func fields(u user) {
	var p params
	p.ID = u.Email
	p.Inner.Tag = "x"
	p.ID = digest(u.Email)
	use(p.ID)        // want `^assign.ID@96; $`
	use(p.Inner.Tag) // want `^assign.Inner.Tag@95; $`
	p = params{ID: "fixed"}
	use(p.ID) // want `^assign@99; $`
}

// Pointers: the walk sees through them, and notes where they are shared.
func pointers(u user) {
	p := &params{}
	p.ID = u.Email
	keep(p)
	use(p.ID) // want `^assign.ID@106; shared@107$`
}

func keep(*params) {}

// Escapes: the address taken, a pointer method called.
func escapes(u user) {
	var p params
	fill(&p.ID)
	p.Reset()
	_ = p.Copy()
	use(p) // want `^zero@115; &@116 ptr-method@117$`
}

func fill(*string) {}

// Multiple results, comma-ok forms, ranges, type switches, updates.
func forms(m map[string]string, x any, ch chan string, xs []string) {
	local, _, _ := strings.Cut(m["e"], "@")
	use(local) // want `^result@126; $`
	v, ok := m["k"]
	use(v) // want `^comma-ok@128; $`
	_ = ok
	r, ok := <-ch
	use(r) // want `^comma-ok@131; $`
	for i, s := range xs {
		use(i) // want `^range@133; $`
		use(s) // want `^range@133; $`
	}
	switch t := x.(type) {
	case string:
		use(t) // want `^type-switch@137; $`
	}
	n := 0
	n += len(xs)
	n++
	use(n) // want `^assign@141 update@142 update@143; $`
	var a, b = strings.CutPrefix("a@b", "a")
	use(a) // want `^result@145; $`
	_ = b
}

// Maps: element writes, and the map shared with a call that may write.
func maps(u user) {
	m := map[string]string{}
	m["email"] = u.Email
	fillMap(m)
	use(m) // want `^assign@152 assign\[\]@153; shared@154 shared@155$`
}

func fillMap(map[string]string) {}

// Named results: each return writes them.
func named(u user) (id string, err error) {
	id = u.Email
	if u.Name == "" {
		return digest(u.Name), nil
	}
	defer func() { use(id) }() // want `^assign@162 return@164 result@167; $`
	return pair(u)
}

func pair(u user) (string, error) { return u.Name, nil }

// A case body is a block of its own.
func cases(u user, k int) {
	id := u.Email
	switch k {
	case 1:
		id = digest(id)
		use(id) // want `^assign@177; $`
	default:
		use(id) // want `^assign@174 assign@177; $`
	}
}
