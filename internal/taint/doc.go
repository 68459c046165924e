// Package taint follows user input through the SSA form of a package's
// functions to the prompts of its requests to the OpenAI API, and the
// model's output to the places that act on it.
//
// A value is tainted when it was read from user input (a source:
// sources.go) or built from a tainted value. Taint flows through locals,
// struct fields and slices (through the memory they live in), string
// building, conversions, the standard library (what goes into io.ReadAll,
// json.Unmarshal or strings.Builder comes out) and the client libraries'
// own helpers. Where it enters a prompt, the label records the role it
// takes there (roles.go); where a check against fixed values, a length
// bound or a moderation verdict guards it, the label records that
// (guards.go, bounds.go, moderation.go, middleware.go). Model output is
// followed the same way to sinks (sinks.go, shell.go), unless a person
// approved it first (approval.go).
//
// # What the checks read
//
// The Result feeds the checks:
//
//   - Flows, user input reaching a request's prompt at the call that
//     carries it (the request, or a call into a function that sends it):
//     moderation reports those not Moderated, inputlimit those not
//     Bounded, promptinject those placed in a System part of the prompt
//     and not Allowlisted; each once per call (Result.Each).
//   - Outputs, model output reaching a sink unreviewed: outputsink.
//   - Bounds, user input stored into a request's output token bound:
//     maxtokens, which reports those not Clamped, or clamped above its
//     configured ceiling.
//   - Summaries, the Summary fact exported for each function: for tests;
//     other packages read the facts themselves. The InjectedCalls package
//     fact feeds the flows and outputs of the packages that wire an
//     implementation to the interface (below).
//
// # Across functions and packages
//
// Values are followed into the functions of the package through
// summaries (what a function returns of its parameters or of a model's
// output, sends to the model, moderates, bounds, or runs), and into the
// functions of other packages through the same summaries exported as
// Summary facts, as printf wrappers are. Of a struct parameter, a
// summary says which fields reach a system message (Effect.SystemFields),
// and the caller reads its argument field by field (fieldsUse), so user
// text in the user field of a prompt struct is not system text. Model
// output a function of
// another package returns is placed at the call, and the finding names
// the function and the request's place as text. Fields and variables that functions share, and
// channels, carry what any function writes there to every function that
// reads them (shared.go, channels.go); calls through interfaces and
// function values, goroutines and range-over-func loops reach the
// functions the package can see flowing into them (dispatch.go). The
// package is analyzed again while writes to shared places add something.
//
// SSA is built only for packages that send requests, call a function of
// another package whose fact says it sends what it is given (or, in a
// function that uses a sink, returns model output), pass a parameter of a
// function to a command, SQL or template sink (a helper whose Summary
// callers need), or take part in dependency injection (below): every
// other package costs nothing here. Each of these is found in the syntax
// and the type information. Such a package still exports the Summary of
// each function that hands a parameter back plainly, or as text the
// standard library builds of it (a prompts package's
// fmt.Sprintf(template, input)), read from the syntax (constructors.go),
// so its callers' input goes through it.
//
// # Dependency injection across packages
//
// A handler package A that passes input to an interface it declares, with
// the implementation that calls the model in a package B that A does not
// import, wired together in main, is out of A's sight. openaivet, go vet
// -vettool and golangci-lint alike run these analyzers package by package
// (unitchecker, or golangci-lint's own runner), and a package sees its own
// code and the facts of the packages it imports. So the case is joined
// from facts go vet already delivers to a package that imports both sides,
// rather than by a whole-program pass (inject.go):
//
//  1. A exports an InjectedCalls package fact: its calls through methods
//     of interfaces, and through function-valued fields of struct types,
//     that are neither the standard library's nor a client library's,
//     that it has no implementation of, and that carry user
//     input (read there, or passed to a function of A that passes it
//     on: a Summary's forwards, which stay in the package), with the
//     parameter, the labels (bounded, moderated,
//     allowlisted, system), what was read, and the positions of the call
//     and of the read as file:line text; and the calls whose results
//     reach a sink, with the sink's kind and position. (The result of
//     such a call is followed as model output that only the join can
//     confirm: it is never reported in A.) Facts must gob-encode, and
//     positions of another package are no token.Pos a later pass can use
//     (the importer's file set keeps no columns, and unitchecker has no
//     file of another package to point into), so they travel as text.
//  2. B's methods carry Summary facts. When B is a layer (a service
//     that passes its parameter on to a model client it keeps, through
//     another interface), the Summary's Forwards say where: that
//     interface's method, the argument, the labels gained on the way,
//     and where the client is kept; its Relays say which such calls'
//     results it returns.
//  3. The package that converts B's type to A's interface, or stores
//     B's function or bound method into A's field (main, or a package
//     that wires the program), sees both facts: for each such wiring,
//     each call of the fact through that interface or field, and B's
//     Summary of the function, it builds the flow with the labels of both
//     sides (or, for a result that reaches a sink, the output, when the
//     Summary says the method returns a model's output), and reports it
//     at the conversion (or, for a conversion with
//     no position of its own, at the store of the converted value or
//     where it is made), the only position it owns, naming the read and
//     the call in the message; once for each call, at the first
//     conversion that completes it. Through a layer's Forwards (and,
//     for output, its Relays) it goes on to the wirings of the next
//     interface it makes too, up to three layers (completions,
//     outputOf), and reports at the first wiring.
//     A package that completes none of an imported package's calls
//     passes them on in its own InjectedCalls fact: go vet gives a
//     package only the facts of packages its types reach, and a package
//     that builds the handlers may hide them from main. Such a package
//     builds SSA only when its code uses a type that names the
//     interface or the struct a call goes through (wiresInjected): most
//     packages above a handler package only pass its calls on.
//  4. A call and a wiring are joined only where they can meet
//     (holders.go): A's fact says where the interface value of each call
//     is kept (a field, or a parameter of a function, and the parameters
//     of A's constructors that fill that field), and the wiring where its
//     value goes (the field it is stored into, the function it is passed
//     to, read through the wiring package's own constructors and fields).
//     Either side unknown joins; a function or a struct of a third
//     package is unknown.
//
// A wiring made in a package that A imports, directly or not (a factory
// that picks the client and returns it as A's interface), is joined the
// other way (implement.go): that package exports an Implementations fact,
// each wiring whose implementation's Summary sends to a model or returns
// its output, with that Summary, and A follows its calls through the
// interface or field into those Summaries, reporting in its own code. A
// call followed so is left out of A's InjectedCalls. The wiring package
// builds SSA for this only when it names, outside its test files, a
// function or type of another package of the program whose Summary fact
// sends to a model or returns its output, or a constructor of such a
// type, and then follows its own code too: what it wires, it may call.
//
// A call, in the package that imports the caller, of a constructor of
// another package that returns the interface converted there (main's
// handler.Desk{AI: llm.New()}) is a wiring too: the constructor's package
// exported the conversion as Implementations, with the functions of that
// package that make it (the one it is in and its callers there), and the
// flow or output is reported at the call of a constructor that makes it,
// not at another constructor of the package. A layer's package exports
// the conversions of its forwarding implementations the same way, so a
// service made by a constructor that returns an interface is a layer too.
//
// All three ways in see it the same, at the wiring site, because they
// share the per-package facts. What none sees: a layer whose client is
// wired in another package than the layer itself, and a wiring made in
// a package that imports neither side's facts. The join
// is by interface, not by the field that holds it: a conversion to the
// interface completes every call of A through it; a store into a
// function-valued field completes the calls through that field.
//
// The cost rule decides what A does: computing the fact needs SSA for a
// package that sends nothing to a model. A builds it only when it both
// reads user input (a use of a source of the tables, found in the type
// information without SSA) and calls a method of an interface that is not
// the standard library's or a client library's, or uses a sink and calls
// such a method that returns text; a package builds it for the join only
// when a dependency exports InjectedCalls and its code names the
// interface. A layer (B above, reading no input and sending nothing)
// builds it only when an exported method of it takes or returns text
// and calls, through a field of its receiver, a method of a program
// interface that returns text (layerMethods), and then summarizes those
// methods alone; a package compiled with its tests is no layer. A
// package that builds no SSA still exports the summaries its syntax
// shows plainly: a constructor that keeps a parameter in the value it
// returns (constructors.go). The libraries the
// source tables name (web frameworks, bot libraries, gRPC) read input and
// call the program's handlers through interfaces of their own: they are
// left out, and so are calls in generated code (a gRPC server method's
// request is a source where the method is). Every other package still
// costs nothing. A whole-program pass over a VTA call graph (the
// command could load the program itself, as govulncheck does) would place
// the finding at A's call with full positions, but only in the command,
// not under go vet or golangci-lint, and at the cost of the whole
// program's SSA; it is left for later.
package taint
