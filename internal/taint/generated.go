package taint

import (
	"go/types"
	"strings"
)

// Generated code carries user input too: an RPC server method's request
// is what a client sent, and the getters of a protocol buffer message
// return what it holds.

// grpcPackage is grpc-go, whose generated code registers servers;
// twirpPackage is Twirp, whose generated code makes an HTTP handler of
// one; kitexServerPackage is CloudWeGo Kitex's server, which its
// generated code makes of one.
const (
	grpcPackage        = "google.golang.org/grpc"
	twirpPackage       = "github.com/twitchtv/twirp"
	kitexServerPackage = "github.com/cloudwego/kitex/server"
)

// A server is a service interface that generated code serves: its
// methods' requests are what clients sent. Kind names the RPC system in
// messages.
type server struct {
	iface *types.Named
	kind  string
}

// generatedServers returns the server interfaces generated in the
// packages pkg imports: for a service Greeter, the interface GreeterServer
// that protoc-gen-go-grpc's RegisterGreeterServer(s grpc.ServiceRegistrar,
// srv GreeterServer) takes, or the interface Greeter that
// protoc-gen-twirp's NewGreeterServer(svc Greeter, opts ...interface{})
// takes, or the interface Greeter that Kitex's NewServer(handler Greeter,
// opts ...server.Option) server.Server takes. Only a package that
// imports a generated package can implement its server.
func generatedServers(pkg *types.Package) []server {
	var servers []server
	for _, imp := range pkg.Imports() {
		grpc, twirp, kitex := imports(imp, grpcPackage), imports(imp, twirpPackage), imports(imp, kitexServerPackage)
		if !grpc && !twirp && !kitex {
			continue
		}
		scope := imp.Scope()
		for _, n := range scope.Names() {
			fn, ok := scope.Lookup(n).(*types.Func)
			if !ok || !strings.HasSuffix(n, "Server") {
				continue
			}
			params := fn.Signature().Params()
			switch {
			case grpc && strings.HasPrefix(n, "Register") && params.Len() == 2 && isRegistrar(params.At(0).Type()):
				if srv, ok := serviceInterface(params.At(1).Type()); ok {
					servers = append(servers, server{srv, "gRPC"})
				}
			case twirp && strings.HasPrefix(n, "New") && params.Len() >= 1 && servesTwirp(fn.Signature().Results()):
				if srv, ok := serviceInterface(params.At(0).Type()); ok {
					servers = append(servers, server{srv, "Twirp"})
				}
			case kitex && n == "NewServer" && params.Len() >= 1 && servesKitex(fn.Signature().Results()):
				if srv, ok := serviceInterface(params.At(0).Type()); ok {
					servers = append(servers, server{srv, "Kitex"})
				}
			}
		}
	}
	return servers
}

// servesKitex reports whether results are one Kitex server.Server.
func servesKitex(results *types.Tuple) bool {
	if results.Len() != 1 {
		return false
	}
	named, ok := types.Unalias(results.At(0).Type()).(*types.Named)
	return ok && named.Obj().Pkg() != nil && named.Obj().Pkg().Path() == kitexServerPackage && named.Obj().Name() == "Server"
}

func serviceInterface(t types.Type) (*types.Named, bool) {
	named, ok := types.Unalias(t).(*types.Named)
	return named, ok && types.IsInterface(named)
}

// servesTwirp reports whether results are a Twirp server: the one
// generated handler type, with its ProtocGenTwirpVersion method.
func servesTwirp(results *types.Tuple) bool {
	if results.Len() != 1 {
		return false
	}
	m, _, _ := types.LookupFieldOrMethod(results.At(0).Type(), true, nil, "ProtocGenTwirpVersion")
	_, ok := m.(*types.Func)
	return ok
}

func imports(pkg *types.Package, path string) bool {
	for _, imp := range pkg.Imports() {
		if imp.Path() == path {
			return true
		}
	}
	return false
}

// isRegistrar reports whether t is what generated code registers a server
// with: grpc.ServiceRegistrar, or *grpc.Server in older generated code.
func isRegistrar(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() == nil || named.Obj().Pkg().Path() != grpcPackage {
		return false
	}
	return named.Obj().Name() == "ServiceRegistrar" || named.Obj().Name() == "Server"
}

// requestParams marks the request of an RPC server method as user input:
// the message parameter of a method that implements one of a generated
// server interface's methods (unary and server-streaming methods take
// it; the streams of the others are read with Recv, a source call).
func (s *state) requestParams() {
	fn := s.fn
	recv := fn.Signature.Recv()
	if recv == nil || len(fn.Params) < 2 {
		return
	}
	servers := s.engine.packageSources().servers
	if len(servers) == 0 {
		return
	}
	for _, srv := range servers {
		iface := srv.iface.Underlying().(*types.Interface)
		if !types.Implements(recv.Type(), iface) && !types.Implements(types.NewPointer(recv.Type()), iface) {
			continue
		}
		if m, _, _ := types.LookupFieldOrMethod(srv.iface, false, nil, fn.Name()); m == nil {
			continue
		}
		for _, p := range fn.Params[1:] {
			if isMessagePointer(p.Type()) {
				s.values[p] = join(s.values[p], taint{{source: p.Pos(), what: srv.kind + " request " + p.Name()}})
			}
		}
		return
	}
}

// isMessagePointer reports whether t points to a generated message: a
// named struct with a ProtoMessage method.
func isMessagePointer(t types.Type) bool {
	p, ok := types.Unalias(t).(*types.Pointer)
	if !ok {
		return false
	}
	named, ok := types.Unalias(p.Elem()).(*types.Named)
	return ok && isMessage(named)
}

// isMessage reports whether named is a generated message: a protocol
// buffer's, with its ProtoMessage method, or a Thrift struct that Kitex
// generates, with its FastRead and BLength codec methods.
func isMessage(named *types.Named) bool {
	if _, ok := named.Underlying().(*types.Struct); !ok {
		return false
	}
	has := func(method string) bool {
		m, _, _ := types.LookupFieldOrMethod(types.NewPointer(named), false, named.Obj().Pkg(), method)
		_, ok := m.(*types.Func)
		return ok
	}
	return has("ProtoMessage") || has("FastRead") && has("BLength")
}

// messageGetter reports whether fn is a getter that protoc-gen-go
// generates for a message's field (GetConversation,
// GetExtendedTextMessage): it returns what the message holds.
func messageGetter(fn *types.Func) bool {
	sig := fn.Signature()
	if !strings.HasPrefix(fn.Name(), "Get") || sig.Recv() == nil || sig.Params().Len() != 0 || sig.Results().Len() != 1 {
		return false
	}
	p, ok := types.Unalias(sig.Recv().Type()).(*types.Pointer)
	if !ok {
		return false
	}
	named, ok := types.Unalias(p.Elem()).(*types.Named)
	return ok && isMessage(named)
}
