package taint

import (
	"go/constant"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// bodyRead is what reads of a request's body are known by, for the
// moderation a middleware did of the whole body.
const bodyRead = "body"

// fieldRead names what a load of a request's field reads: the body, or
// nothing a middleware is known to moderate.
func fieldRead(fa *ssa.FieldAddr) string {
	switch fieldName(fa) {
	case "Body", "PostForm", "MultipartForm":
		return bodyRead
	}
	return ""
}

// callRead names what a source call reads: the body for the calls that
// read only the body, Method:key for a read by a constant key
// (FormValue:q), or "".
func callRead(fn *types.Func, call *ssa.Call) string {
	switch fn.Name() {
	case "PostFormValue", "FormFile", "MultipartReader", "GetRawData", "ShouldBindJSON", "BindJSON", "ShouldBind", "Bind", "PostForm", "DefaultPostForm":
		if readsBody(fn) {
			return bodyRead
		}
	}
	args := call.Common().Args
	if fn.Signature().Recv() != nil && !call.Common().IsInvoke() && len(args) > 0 {
		args = args[1:]
	}
	if len(args) > 0 {
		if c, ok := args[0].(*ssa.Const); ok && c.Value != nil && c.Value.Kind() == constant.String {
			return fn.Name() + ":" + constant.StringVal(c.Value)
		}
	}
	return ""
}

// callRequest returns the request a source call reads: its receiver, an
// *http.Request, or the request of a framework's context.
func callRequest(common *ssa.CallCommon) requestKey {
	if common.IsInvoke() {
		return requestKey{base: common.Value, viaContext: true}
	}
	if len(common.Args) == 0 {
		return requestKey{}
	}
	recv := common.Args[0]
	if isHTTPRequest(recv.Type()) {
		return requestOf(recv)
	}
	return requestKey{base: recv, viaContext: true}
}

// isHTTPRequest reports whether t is *http.Request.
func isHTTPRequest(t types.Type) bool {
	ptr, ok := types.Unalias(t).(*types.Pointer)
	if !ok {
		return false
	}
	named, ok := types.Unalias(ptr.Elem()).(*types.Named)
	return ok && named.Obj().Pkg() != nil && named.Obj().Pkg().Path() == "net/http" && named.Obj().Name() == "Request"
}

// fromEntry marks input that a middleware moderated before the function
// ran.
func (s *state) fromEntry(t taint, read string) taint {
	if read == "" || !s.entry.moderated[read] {
		return t
	}
	return t.with(func(l *label) { l.moderated = true })
}
