package a

import (
	"fmt"
	"hash"
	"io"
	"strings"
)

type hasher struct{ h hash.Hash64 }

// What a builder, a hash or a buffer is fed: write methods and writer
// functions, through a field too; reading it back writes nothing.
func fed(u user, s *hasher) {
	var b strings.Builder
	b.WriteString(u.Email)
	fmt.Fprintf(&b, "%s-%s", u.Name, u.Email)
	use(b) // want `^zero@15 fed@16 fed@17 fed@17 fed@17; ptr-method@16 &@17 ptr-method@22 ptr-method@23$`
	s.h.Write([]byte(u.Email))
	io.WriteString(s.h, u.Name)
	use(s.h) // want `^fed.h@19 fed.h@20; $`
	_ = b.String()
	n := b.Len()
	use(n) // want `^assign@23; $`
}

// A new value on every way to the use hides what was fed before.
func refed(u user) {
	var b strings.Builder
	b.WriteString(u.Email)
	b = strings.Builder{}
	b.WriteString(u.Name)
	use(b) // want `^assign@31 fed@32; ptr-method@30 ptr-method@32$`
}
