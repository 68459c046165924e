package openaiapi

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/openaivet/openaivet/internal/names"
	"golang.org/x/tools/go/types/typeutil"
)

// KeyArgument is the argument of a call that takes an API key.
type KeyArgument struct {
	Index int
	// EnvVar is the environment variable the key belongs in.
	EnvVar string
	// ClientReadsEnv reports that the library's client constructor reads
	// EnvVar by itself, so the option can simply be dropped.
	ClientReadsEnv bool
	// Library reports that the call is a client library's, whose argument
	// is the key alone (not a header value such as "Bearer <key>").
	Library bool
	// Azure reports that the key may be an Azure resource's, which has
	// no prefix (see secret.FindAzure).
	Azure bool
	// Expr is the argument.
	Expr ast.Expr
}

// TakesKey reports whether a call of the package passes an API key: a
// client library's key option or constructor, the maker of a credential
// that a client the package imports takes, an Authorization header set on
// a net/http Header, or os.Setenv of OPENAI_API_KEY.
func TakesKey(pkg *types.Package, info *types.Info, call *ast.CallExpr) (KeyArgument, bool) {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil {
		return KeyArgument{}, false
	}
	var arg KeyArgument
	switch path := fn.Pkg().Path(); {
	case IsClientPackage(path):
		if fn.Signature().Recv() != nil {
			return KeyArgument{}, false
		}
		c, key, _ := relativeName(fn)
		arg, ok = c.keyTakers.Lookup(key)
		arg.Library = true
	case fn.Signature().Recv() == nil && credentialMaker(pkg, fn, &arg):
		arg.Library = true
	case path == "net/http" && (fn.Name() == "Set" || fn.Name() == "Add") && receiverName(fn.Signature().Recv().Type()) == "Header":
		ok = len(call.Args) == 2 && isConstant(info, call.Args[0], func(s string) bool { return strings.EqualFold(s, authorizationHeader) })
		arg = KeyArgument{Index: 1, EnvVar: APIKeyEnvVar}
	case path == "os" && fn.Name() == "Setenv":
		ok = len(call.Args) == 2 && isConstant(info, call.Args[0], func(s string) bool { return s == APIKeyEnvVar })
		arg = KeyArgument{Index: 1, EnvVar: APIKeyEnvVar}
	default:
		return KeyArgument{}, false
	}
	if !ok || arg.Index >= len(call.Args) {
		return KeyArgument{}, false
	}
	arg.Expr = call.Args[arg.Index]
	return arg, true
}

// credentialMaker reports whether fn makes a credential from a key for a
// client that pkg imports, and sets arg to its key argument.
func credentialMaker(pkg *types.Package, fn *types.Func, arg *KeyArgument) bool {
	n, ok := names.Func(fn)
	if !ok {
		return false
	}
	for _, imp := range pkg.Imports() {
		if c, _, ok := ClientOf(imp.Path()); ok {
			if a, ok := c.credentialMakers[n]; ok {
				*arg = a
				return true
			}
		}
	}
	return false
}

// IsClientConstructorCall reports whether call makes a client or service
// from options (openai-go's NewClient).
func IsClientConstructorCall(info *types.Info, call *ast.CallExpr) bool {
	c, key, ok := libraryFunc(info, call)
	return ok && c.isConstructor(key)
}

func isConstant(info *types.Info, e ast.Expr, match func(string) bool) bool {
	s, ok := constantString(info.Types[e])
	return ok && match(s)
}
