package taint

import (
	"fmt"
	"go/constant"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// callKey names a function, or a method by its receiver's type name.
type callKey struct {
	pkg, recv, name string
}

// sourceCalls return user input, or write it into their pointer
// arguments: HTTP requests, web frameworks' request contexts, websocket
// connections.
var sourceCalls = map[callKey]bool{
	{"net/http", "Request", "FormValue"}:       true,
	{"net/http", "Request", "PostFormValue"}:   true,
	{"net/http", "Request", "PathValue"}:       true,
	{"net/http", "Request", "Cookie"}:          true,
	{"net/http", "Request", "Cookies"}:         true,
	{"net/http", "Request", "Referer"}:         true,
	{"net/http", "Request", "UserAgent"}:       true,
	{"net/http", "Request", "FormFile"}:        true,
	{"net/http", "Request", "MultipartReader"}: true,

	{"github.com/gin-gonic/gin", "Context", "Query"}:          true,
	{"github.com/gin-gonic/gin", "Context", "DefaultQuery"}:   true,
	{"github.com/gin-gonic/gin", "Context", "PostForm"}:       true,
	{"github.com/gin-gonic/gin", "Context", "Param"}:          true,
	{"github.com/gin-gonic/gin", "Context", "GetHeader"}:      true,
	{"github.com/gin-gonic/gin", "Context", "GetRawData"}:     true,
	{"github.com/gin-gonic/gin", "Context", "ShouldBindJSON"}: true,
	{"github.com/gin-gonic/gin", "Context", "ShouldBind"}:     true,
	{"github.com/gin-gonic/gin", "Context", "BindJSON"}:       true,
	{"github.com/gin-gonic/gin", "Context", "Bind"}:           true,

	{"github.com/labstack/echo/v4", "Context", "QueryParam"}: true,
	{"github.com/labstack/echo/v4", "Context", "FormValue"}:  true,
	{"github.com/labstack/echo/v4", "Context", "Param"}:      true,
	{"github.com/labstack/echo/v4", "Context", "Bind"}:       true,

	{"github.com/go-chi/chi/v5", "", "URLParam"}: true,
	{"github.com/gorilla/mux", "", "Vars"}:       true,

	{"github.com/gofiber/fiber/v2", "Ctx", "Query"}:      true,
	{"github.com/gofiber/fiber/v2", "Ctx", "Params"}:     true,
	{"github.com/gofiber/fiber/v2", "Ctx", "FormValue"}:  true,
	{"github.com/gofiber/fiber/v2", "Ctx", "Body"}:       true,
	{"github.com/gofiber/fiber/v2", "Ctx", "BodyParser"}: true,

	{"github.com/gorilla/websocket", "Conn", "ReadMessage"}: true,
	{"github.com/gorilla/websocket", "Conn", "ReadJSON"}:    true,
	{"github.com/coder/websocket", "Conn", "Read"}:          true,
	{"github.com/coder/websocket/wsjson", "", "Read"}:       true,
}

// sourceFields of an HTTP request hold user input.
var sourceFields = map[string]bool{
	"Body": true, "Form": true, "PostForm": true, "MultipartForm": true, "Header": true,
	"URL": true, "RequestURI": true, "Trailer": true,
}

// sourceCall returns the label of a call that reads user input.
func sourceCall(fn *types.Func, call *ssa.Call) *label {
	key := callKey{name: fn.Name()}
	if fn.Pkg() != nil {
		key.pkg = fn.Pkg().Path()
	}
	if recv := fn.Signature().Recv(); recv != nil {
		key.recv = typeName(recv.Type())
	}
	if !sourceCalls[key] {
		return nil
	}
	return &label{source: call.Pos(), what: describeCall(fn, call)}
}

// sourceField returns the label of a load of an HTTP request's field that
// holds user input. A body the function bounded with http.MaxBytesReader is bounded.
func sourceField(addr ssa.Value, boundedBody bool) *label {
	fa, ok := addr.(*ssa.FieldAddr)
	if !ok {
		return nil
	}
	for field := range sourceFields {
		if isRequestField(fa, field) {
			return &label{source: fa.Pos(), what: name(fa.X) + "." + field, bounded: boundedBody && field == "Body"}
		}
	}
	return nil
}

// isRequestField reports whether addr is the address of the named field of
// a net/http Request.
func isRequestField(addr ssa.Value, field string) bool {
	fa, ok := addr.(*ssa.FieldAddr)
	if !ok {
		return false
	}
	ptr, ok := fa.X.Type().Underlying().(*types.Pointer)
	if !ok {
		return false
	}
	named, ok := types.Unalias(ptr.Elem()).(*types.Named)
	if !ok || named.Obj().Pkg() == nil || named.Obj().Pkg().Path() != "net/http" || named.Obj().Name() != "Request" {
		return false
	}
	return named.Underlying().(*types.Struct).Field(fa.Field).Name() == field
}

func typeName(t types.Type) string {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Name()
	}
	return ""
}

// describeCall renders a source call for messages: r.FormValue("q").
func describeCall(fn *types.Func, call *ssa.Call) string {
	args := call.Common().Args
	recv := ""
	if fn.Signature().Recv() != nil && len(args) > 0 && !call.Common().IsInvoke() {
		recv, args = name(args[0])+".", args[1:]
	} else if call.Common().IsInvoke() {
		recv = name(call.Common().Value) + "."
	} else if fn.Pkg() != nil {
		recv = fn.Pkg().Name() + "."
	}
	arg := ""
	for _, a := range args {
		if c, ok := a.(*ssa.Const); ok && c.Value != nil && c.Value.Kind() == constant.String {
			arg = c.Value.ExactString()
			break
		}
	}
	return fmt.Sprintf("%s%s(%s)", recv, fn.Name(), arg)
}

// name is a value's name in source where it has one (a parameter), or its
// type.
func name(v ssa.Value) string {
	if p, ok := v.(*ssa.Parameter); ok {
		return p.Name()
	}
	return typeName(v.Type())
}
