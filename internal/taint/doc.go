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
//     other packages read the facts themselves.
//
// # Across functions and packages
//
// Values are followed into the functions of the package through
// summaries (what a function returns of its parameters, sends to the
// model, moderates, bounds, or runs), and into the functions of other
// packages through the same summaries exported as Summary facts, as
// printf wrappers are. Fields and variables that functions share, and
// channels, carry what any function writes there to every function that
// reads them (shared.go, channels.go); calls through interfaces and
// function values, goroutines and range-over-func loops reach the
// functions the package can see flowing into them (dispatch.go). The
// package is analyzed again while writes to shared places add something.
//
// SSA is built only for packages that send requests, or call a function
// of another package whose fact says it sends what it is given: every
// other package costs nothing here.
//
// # Dependency injection across packages
//
// A handler package A that passes input to an interface it declares, with
// the implementation that calls the model in a package B that A does not
// import, wired together in main, is out of A's sight: A has no request,
// builds no SSA, and reports nothing. What each way into openaivet sees
// today:
//
//   - openaivet, go vet -vettool and golangci-lint alike run these
//     analyzers package by package (unitchecker, or golangci-lint's own
//     runner), and see what a package sees: its own code, and the facts
//     of the packages it imports. A handler reaches B's implementation
//     only when it imports B (the interface is then implemented by a type
//     it converts, or its method is called directly) or both live in one
//     package.
//   - None of them reports the injected case yet.
//
// The design chosen for it stitches facts go vet already delivers to a
// package that imports both sides, rather than a whole-program pass:
//
//  1. A exports a package fact listing the calls through interface
//     methods and function-valued fields whose implementation it cannot
//     see, that carry user input: the method (in package names' format),
//     the parameter, the labels (bounded, moderated, allowlisted,
//     system), what was read, and the positions of the call and of the
//     read as file:line strings. Facts must gob-encode and positions of
//     other packages are not token.Pos values a later pass can use (the
//     importer's file set keeps lines, not columns), so they travel as
//     text.
//  2. B needs nothing new: its methods carry Summary facts.
//  3. The package that converts B's type to A's interface (main, or a
//     wiring package) sees both facts: for each conversion, each of A's
//     listed calls of a method of that interface, and B's summary of the
//     method, it builds the flow with the labels joined, and reports it
//     once per A's call and check, at the conversion (the only position
//     it owns), naming the read and the call in the message.
//
// The cost rule decides what A does: computing the fact means SSA for a
// package that sends nothing to a model. A builds it only when it both
// reads user input (a use of a source of the tables, found in the type
// information without SSA) and calls a method of an interface, or a
// function-valued field, that is not the standard library's; every other
// package still costs nothing. A whole-program pass over a VTA call graph
// (the command could load the program itself, as govulncheck does) would
// place the finding at A's call with full positions, but only in the
// command, not under go vet or golangci-lint, and at the cost of the
// whole program's SSA; it is left for later.
package taint
