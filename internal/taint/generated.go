package taint

import (
	"go/types"
	"strings"
)

// Generated code carries user input too: a gRPC server method's request
// is what a client sent, and the getters of a protocol buffer message
// return what it holds.

// grpcPackage is grpc-go, whose generated code registers servers.
const grpcPackage = "google.golang.org/grpc"

// grpcServers returns the server interfaces that protoc-gen-go-grpc
// generated in the packages pkg imports: for a service Greeter, the
// interface GreeterServer that RegisterGreeterServer(s
// grpc.ServiceRegistrar, srv GreeterServer) takes. Only a package that
// imports a generated package can implement its server.
func grpcServers(pkg *types.Package) []*types.Named {
	var servers []*types.Named
	for _, imp := range pkg.Imports() {
		if !importsGRPC(imp) {
			continue
		}
		scope := imp.Scope()
		for _, n := range scope.Names() {
			if !strings.HasPrefix(n, "Register") || !strings.HasSuffix(n, "Server") {
				continue
			}
			fn, ok := scope.Lookup(n).(*types.Func)
			if !ok || fn.Signature().Params().Len() != 2 || !isRegistrar(fn.Signature().Params().At(0).Type()) {
				continue
			}
			if srv, ok := types.Unalias(fn.Signature().Params().At(1).Type()).(*types.Named); ok && types.IsInterface(srv) {
				servers = append(servers, srv)
			}
		}
	}
	return servers
}

func importsGRPC(pkg *types.Package) bool {
	for _, imp := range pkg.Imports() {
		if imp.Path() == grpcPackage {
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

// requestParams marks the request of a gRPC server method as user input:
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
		iface := srv.Underlying().(*types.Interface)
		if !types.Implements(recv.Type(), iface) && !types.Implements(types.NewPointer(recv.Type()), iface) {
			continue
		}
		if m, _, _ := types.LookupFieldOrMethod(srv, false, nil, fn.Name()); m == nil {
			continue
		}
		for _, p := range fn.Params[1:] {
			if isMessagePointer(p.Type()) {
				s.values[p] = join(s.values[p], taint{{source: p.Pos(), what: "gRPC request " + p.Name()}})
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

func isMessage(named *types.Named) bool {
	if _, ok := named.Underlying().(*types.Struct); !ok {
		return false
	}
	m, _, _ := types.LookupFieldOrMethod(types.NewPointer(named), false, named.Obj().Pkg(), "ProtoMessage")
	_, ok := m.(*types.Func)
	return ok
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
