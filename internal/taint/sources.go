package taint

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"github.com/openaivet/openaivet/internal/config"
	"github.com/openaivet/openaivet/internal/names"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
)

// userInput are where user input comes from: the calls that return it,
// or write it into their pointer arguments, and the fields that hold it
// wherever the value holding them came from. Names are in package names'
// format, which .openaivet.yml's sources share.
var userInput = names.NewSet(
	// net/http
	"(*net/http.Request).FormValue",
	"(*net/http.Request).PostFormValue",
	"(*net/http.Request).PathValue",
	"(*net/http.Request).Cookie",
	"(*net/http.Request).Cookies",
	"(*net/http.Request).Referer",
	"(*net/http.Request).UserAgent",
	"(*net/http.Request).FormFile",
	"(*net/http.Request).MultipartReader",
	requestBody,
	"(net/http.Request).Form",
	"(net/http.Request).PostForm",
	"(net/http.Request).MultipartForm",
	"(net/http.Request).Header",
	"(net/http.Request).URL",
	"(net/http.Request).RequestURI",
	"(net/http.Request).Trailer",

	// Web frameworks
	"(*github.com/gin-gonic/gin.Context).Query",
	"(*github.com/gin-gonic/gin.Context).DefaultQuery",
	"(*github.com/gin-gonic/gin.Context).PostForm",
	"(*github.com/gin-gonic/gin.Context).Param",
	"(*github.com/gin-gonic/gin.Context).GetHeader",
	"(*github.com/gin-gonic/gin.Context).GetRawData",
	"(*github.com/gin-gonic/gin.Context).ShouldBindJSON",
	"(*github.com/gin-gonic/gin.Context).ShouldBind",
	"(*github.com/gin-gonic/gin.Context).BindJSON",
	"(*github.com/gin-gonic/gin.Context).Bind",
	"(github.com/labstack/echo/v4.Context).QueryParam",
	"(github.com/labstack/echo/v4.Context).FormValue",
	"(github.com/labstack/echo/v4.Context).Param",
	"(github.com/labstack/echo/v4.Context).Bind",
	"github.com/go-chi/chi/v5.URLParam",
	"github.com/gorilla/mux.Vars",
	"(*github.com/gofiber/fiber/v2.Ctx).Query",
	"(*github.com/gofiber/fiber/v2.Ctx).Params",
	"(*github.com/gofiber/fiber/v2.Ctx).FormValue",
	"(*github.com/gofiber/fiber/v2.Ctx).Body",
	"(*github.com/gofiber/fiber/v2.Ctx).BodyParser",
	// Hertz: the request context's accessors and binders.
	"(*github.com/cloudwego/hertz/pkg/app.RequestContext).Query",
	"(*github.com/cloudwego/hertz/pkg/app.RequestContext).DefaultQuery",
	"(*github.com/cloudwego/hertz/pkg/app.RequestContext).GetQuery",
	"(*github.com/cloudwego/hertz/pkg/app.RequestContext).QueryArgs",
	"(*github.com/cloudwego/hertz/pkg/app.RequestContext).PostForm",
	"(*github.com/cloudwego/hertz/pkg/app.RequestContext).DefaultPostForm",
	"(*github.com/cloudwego/hertz/pkg/app.RequestContext).GetPostForm",
	"(*github.com/cloudwego/hertz/pkg/app.RequestContext).PostFormArray",
	"(*github.com/cloudwego/hertz/pkg/app.RequestContext).PostArgs",
	"(*github.com/cloudwego/hertz/pkg/app.RequestContext).FormValue",
	"(*github.com/cloudwego/hertz/pkg/app.RequestContext).FormFile",
	"(*github.com/cloudwego/hertz/pkg/app.RequestContext).MultipartForm",
	"(*github.com/cloudwego/hertz/pkg/app.RequestContext).Param",
	"(*github.com/cloudwego/hertz/pkg/app.RequestContext).GetHeader",
	"(*github.com/cloudwego/hertz/pkg/app.RequestContext).Cookie",
	"(*github.com/cloudwego/hertz/pkg/app.RequestContext).GetRawData",
	"(*github.com/cloudwego/hertz/pkg/app.RequestContext).Body",
	"(*github.com/cloudwego/hertz/pkg/app.RequestContext).RequestBodyStream",
	"(*github.com/cloudwego/hertz/pkg/app.RequestContext).Bind",
	"(*github.com/cloudwego/hertz/pkg/app.RequestContext).BindAndValidate",
	"(*github.com/cloudwego/hertz/pkg/app.RequestContext).BindJSON",
	"(*github.com/cloudwego/hertz/pkg/app.RequestContext).BindQuery",
	"(*github.com/cloudwego/hertz/pkg/app.RequestContext).BindForm",
	"(*github.com/cloudwego/hertz/pkg/app.RequestContext).BindPath",
	"(*github.com/cloudwego/hertz/pkg/app.RequestContext).BindProtobuf",
	"(*github.com/cloudwego/hertz/pkg/app.RequestContext).BindByContentType",

	// Websockets
	"(*github.com/gorilla/websocket.Conn).ReadMessage",
	"(*github.com/gorilla/websocket.Conn).ReadJSON",
	"(*github.com/coder/websocket.Conn).Read",
	"github.com/coder/websocket/wsjson.Read",

	// Discord: a message's text, a slash command's options, a select
	// menu's choices, a modal's text inputs.
	"(github.com/bwmarrin/discordgo.Message).Content",
	"(github.com/bwmarrin/discordgo.ApplicationCommandInteractionDataOption).Value",
	"(github.com/bwmarrin/discordgo.ApplicationCommandInteractionDataOption).StringValue",
	"(github.com/bwmarrin/discordgo.MessageComponentInteractionData).Values",
	"(github.com/bwmarrin/discordgo.TextInput).Value",
	// The same in arikawa: a message's text (gateway.MessageCreateEvent
	// embeds discord.Message), a command's options, a string select's
	// choices, a modal's text inputs.
	"(github.com/diamondburned/arikawa/v3/discord.Message).Content",
	"(github.com/diamondburned/arikawa/v3/discord.CommandInteractionOption).Value",
	"(github.com/diamondburned/arikawa/v3/discord.CommandInteractionOption).String",
	"(github.com/diamondburned/arikawa/v3/discord.StringSelectInteraction).Values",
	"(github.com/diamondburned/arikawa/v3/discord.TextInputComponent).Value",

	// Telegram: telegram-bot-api's updates, and telebot's context (v3
	// and v4 alike).
	"(github.com/go-telegram-bot-api/telegram-bot-api/v5.Message).Text",
	"(github.com/go-telegram-bot-api/telegram-bot-api/v5.Message).Caption",
	"(*github.com/go-telegram-bot-api/telegram-bot-api/v5.Message).CommandArguments",
	"(github.com/go-telegram-bot-api/telegram-bot-api/v5.CallbackQuery).Data",
	"(github.com/go-telegram-bot-api/telegram-bot-api/v5.InlineQuery).Query",
	"(gopkg.in/telebot.v3.Context).Text",
	"(gopkg.in/telebot.v3.Context).Data",
	"(gopkg.in/telebot.v3.Context).Args",
	"(gopkg.in/telebot.v3.Message).Text",
	"(gopkg.in/telebot.v3.Message).Caption",
	"(gopkg.in/telebot.v3.Message).Payload",
	"(gopkg.in/telebot.v3.Callback).Data",
	"(gopkg.in/telebot.v3.Query).Text",
	"(gopkg.in/telebot.v4.Context).Text",
	"(gopkg.in/telebot.v4.Context).Data",
	"(gopkg.in/telebot.v4.Context).Args",
	"(gopkg.in/telebot.v4.Message).Text",
	"(gopkg.in/telebot.v4.Message).Caption",
	"(gopkg.in/telebot.v4.Message).Payload",
	"(gopkg.in/telebot.v4.Callback).Data",
	"(gopkg.in/telebot.v4.Query).Text",

	// Slack: Events API messages and mentions, RTM messages, slash
	// commands.
	"(github.com/slack-go/slack/slackevents.MessageEvent).Text",
	"(github.com/slack-go/slack/slackevents.AppMentionEvent).Text",
	"(github.com/slack-go/slack.Msg).Text",
	"(github.com/slack-go/slack.SlashCommand).Text",

	// XMPP: go-xmpp's chat messages and gosrc.io/xmpp's message stanzas
	// (mellium hands its handlers a token stream: see inputParamTypes).
	"(github.com/xmppo/go-xmpp.Chat).Text",
	"(github.com/xmppo/go-xmpp.Chat).Subject",
	"(gosrc.io/xmpp/stanza.Message).Body",
	"(gosrc.io/xmpp/stanza.Message).Subject",

	// WhatsApp: a message event's message, read through the generated
	// getters of its protocol buffer (GetConversation,
	// GetExtendedTextMessage().GetText()).
	"(go.mau.fi/whatsmeow/types/events.Message).Message",
	"(go.mau.fi/whatsmeow/types/events.Message).RawMessage",

	// AWS Lambda: API Gateway (REST, HTTP and websocket APIs), function
	// URL and load balancer requests.
	"(github.com/aws/aws-lambda-go/events.APIGatewayProxyRequest).Body",
	"(github.com/aws/aws-lambda-go/events.APIGatewayProxyRequest).Path",
	"(github.com/aws/aws-lambda-go/events.APIGatewayProxyRequest).Headers",
	"(github.com/aws/aws-lambda-go/events.APIGatewayProxyRequest).MultiValueHeaders",
	"(github.com/aws/aws-lambda-go/events.APIGatewayProxyRequest).QueryStringParameters",
	"(github.com/aws/aws-lambda-go/events.APIGatewayProxyRequest).MultiValueQueryStringParameters",
	"(github.com/aws/aws-lambda-go/events.APIGatewayProxyRequest).PathParameters",
	"(github.com/aws/aws-lambda-go/events.APIGatewayV2HTTPRequest).Body",
	"(github.com/aws/aws-lambda-go/events.APIGatewayV2HTTPRequest).RawPath",
	"(github.com/aws/aws-lambda-go/events.APIGatewayV2HTTPRequest).RawQueryString",
	"(github.com/aws/aws-lambda-go/events.APIGatewayV2HTTPRequest).Cookies",
	"(github.com/aws/aws-lambda-go/events.APIGatewayV2HTTPRequest).Headers",
	"(github.com/aws/aws-lambda-go/events.APIGatewayV2HTTPRequest).QueryStringParameters",
	"(github.com/aws/aws-lambda-go/events.APIGatewayV2HTTPRequest).PathParameters",
	"(github.com/aws/aws-lambda-go/events.APIGatewayWebsocketProxyRequest).Body",
	"(github.com/aws/aws-lambda-go/events.APIGatewayWebsocketProxyRequest).Headers",
	"(github.com/aws/aws-lambda-go/events.APIGatewayWebsocketProxyRequest).QueryStringParameters",
	"(github.com/aws/aws-lambda-go/events.LambdaFunctionURLRequest).Body",
	"(github.com/aws/aws-lambda-go/events.LambdaFunctionURLRequest).RawPath",
	"(github.com/aws/aws-lambda-go/events.LambdaFunctionURLRequest).RawQueryString",
	"(github.com/aws/aws-lambda-go/events.LambdaFunctionURLRequest).Cookies",
	"(github.com/aws/aws-lambda-go/events.LambdaFunctionURLRequest).Headers",
	"(github.com/aws/aws-lambda-go/events.LambdaFunctionURLRequest).QueryStringParameters",
	"(github.com/aws/aws-lambda-go/events.ALBTargetGroupRequest).Body",
	"(github.com/aws/aws-lambda-go/events.ALBTargetGroupRequest).Path",
	"(github.com/aws/aws-lambda-go/events.ALBTargetGroupRequest).Headers",
	"(github.com/aws/aws-lambda-go/events.ALBTargetGroupRequest).MultiValueHeaders",
	"(github.com/aws/aws-lambda-go/events.ALBTargetGroupRequest).QueryStringParameters",
	"(github.com/aws/aws-lambda-go/events.ALBTargetGroupRequest).MultiValueQueryStringParameters",

	// gRPC and Connect: the messages of a client's stream, and a
	// Connect request's message and headers. The request parameter of a
	// method that implements a generated gRPC server is a source too
	// (see requestParams).
	"(google.golang.org/grpc.ClientStreamingServer).Recv",
	"(google.golang.org/grpc.BidiStreamingServer).Recv",
	"(google.golang.org/grpc.ServerStream).RecvMsg",
	"(connectrpc.com/connect.Request).Msg",
	"(*connectrpc.com/connect.Request).Header",
	"(*connectrpc.com/connect.ClientStream).Msg",
	"(*connectrpc.com/connect.BidiStream).Receive",
)

// inputParamTypes are the types of the parameters through which a library
// hands the program's handlers what a user sent, with what it is called
// in messages: what a handler reads from one is user input (see
// handlerParams).
var inputParamTypes = names.NewTable(map[string]string{
	// mellium's handlers (xmpp.Handler, mux.MessageHandler and the
	// others) are given the incoming stanza's tokens, which they decode
	// into a message type of their own.
	"mellium.im/xmlstream.TokenReadEncoder": "XMPP stanza",
})

// carriers are functions of the libraries that hand programs user input
// which carry what they are given to what they return, as the standard
// library's do (see propagates): the readers a handler builds around the
// stream it is given.
var carriers = names.NewSet(
	"mellium.im/xmlstream.MultiReader",
	"mellium.im/xmlstream.Inner",
	"mellium.im/xmlstream.InnerElement",
	"mellium.im/xmlstream.Wrap",
)

// requestBody is the body of an HTTP request, which
// http.MaxBytesReader bounds.
const requestBody = "(net/http.Request).Body"

// operatorInput is what the one who runs the program gives it: its
// arguments and flags, its standard input. It is user input only when
// the configuration says the operator is untrusted; the files it names
// are followed as any file read from a tainted path is.
var operatorInput = names.NewSet(
	"os.Args",
	"os.Stdin",
	"flag.Arg",
	"flag.Args",
	"flag.String",
	"flag.StringVar",
	"flag.TextVar",
	"(*flag.FlagSet).Arg",
	"(*flag.FlagSet).Args",
	"(*flag.FlagSet).String",
	"(*flag.FlagSet).StringVar",
	"(*flag.FlagSet).TextVar",
)

// flagVarSetters write a flag's value into the variable their first
// argument points to; the flag's name is their second.
var flagVarSetters = names.NewSet(
	"flag.StringVar", "flag.TextVar", "(*flag.FlagSet).StringVar", "(*flag.FlagSet).TextVar",
)

// bufferRead is where a function reads from and what it fills: the
// indexes of its reader and its buffer among its arguments.
type bufferRead struct{ reader, buffer int }

// bufferReads fill a byte slice with what a reader holds. Every method
// Read(p []byte) (int, error), io.Reader's contract, does too.
var bufferReads = names.NewTable(map[string]bufferRead{
	"io.ReadFull":    {0, 1},
	"io.ReadAtLeast": {0, 1},
})

// accessors are the call sources that read the same input each time
// they are called on the same value: a form value, a bot context's text.
// Reading a stream (a websocket message, a request body) is not one.
var accessors = names.NewSet(
	"(*net/http.Request).FormValue",
	"(*net/http.Request).PostFormValue",
	"(*net/http.Request).PathValue",
	"(*net/http.Request).Cookie",
	"(*net/http.Request).Referer",
	"(*net/http.Request).UserAgent",
	"(*github.com/gin-gonic/gin.Context).Query",
	"(*github.com/gin-gonic/gin.Context).DefaultQuery",
	"(*github.com/gin-gonic/gin.Context).PostForm",
	"(*github.com/gin-gonic/gin.Context).Param",
	"(*github.com/gin-gonic/gin.Context).GetHeader",
	"(github.com/labstack/echo/v4.Context).QueryParam",
	"(github.com/labstack/echo/v4.Context).FormValue",
	"(github.com/labstack/echo/v4.Context).Param",
	"github.com/go-chi/chi/v5.URLParam",
	"(*github.com/gofiber/fiber/v2.Ctx).Query",
	"(*github.com/gofiber/fiber/v2.Ctx).Params",
	"(*github.com/gofiber/fiber/v2.Ctx).FormValue",
	"(github.com/bwmarrin/discordgo.ApplicationCommandInteractionDataOption).StringValue",
	"(github.com/diamondburned/arikawa/v3/discord.CommandInteractionOption).String",
	"(*github.com/go-telegram-bot-api/telegram-bot-api/v5.Message).CommandArguments",
	"(gopkg.in/telebot.v3.Context).Text",
	"(gopkg.in/telebot.v3.Context).Data",
	"(gopkg.in/telebot.v3.Context).Args",
	"(gopkg.in/telebot.v4.Context).Text",
	"(gopkg.in/telebot.v4.Context).Data",
	"(gopkg.in/telebot.v4.Context).Args",
	"(*connectrpc.com/connect.Request).Header",
)

// sourceCall returns the label of a call that the table says reads user
// input.
func sourceCall(fn *types.Func, call *ssa.Call) *label {
	if !userInput.Has(fn) {
		return nil
	}
	return &label{source: call.Pos(), what: describeCall(fn, call)}
}

// configuredSource reports whether a call reads user input by the
// project's configuration: a source it names, or, when it says the
// operator is untrusted, a call that reads what the operator gives.
func (s *state) configuredSource(fn *types.Func) bool {
	cfg := s.engine.cfg
	return cfg.Sources.Has(fn) || cfg.OperatorUntrusted && operatorInput.Has(fn)
}

// sourceField returns the label of a load of a field that the table says
// holds user input, at addr. A request body that the function bounded
// with http.MaxBytesReader is bounded.
func sourceField(addr ssa.Value, boundedBody bool) *label {
	fa, ok := addr.(*ssa.FieldAddr)
	if !ok {
		return nil
	}
	name, ok := names.Field(fa.X.Type(), fa.Field)
	if !ok || !userInput.Contains(name) {
		return nil
	}
	return &label{source: fa.Pos(), what: describeField(fa, fa.X, name.Member), bounded: boundedBody && name == bodyField}
}

// bodyField is the body of an HTTP request.
var bodyField = names.MustParse(requestBody)

// sourceLoad returns the taint of what load reads, when where it reads
// from says: load is a load through a pointer (*ssa.UnOp), or a field of
// a struct value (*ssa.Field). A field that the configuration names as a
// sanitizer's holds nothing to follow (ok, with no taint). A field that
// it names as a source holds user input, and so does, with an untrusted
// operator, a package variable that holds what the operator gives. A
// source field that the function read before holds what the earlier read
// did (repeatedRead); one of the table's, read for the first time, is
// user input when it is a field of a struct value, and sourceField's to
// label when it is read through a pointer. Otherwise ok is false.
func (s *state) sourceLoad(load ssa.Instruction) (t taint, ok bool) {
	cfg := s.engine.cfg
	var x ssa.Value
	var field int
	var at ssa.Instruction // where the field is selected
	switch load := load.(type) {
	case *ssa.UnOp:
		switch addr := load.X.(type) {
		case *ssa.FieldAddr:
			x, field, at = addr.X, addr.Field, addr
		case *ssa.Global:
			obj, _ := addr.Object().(*types.Var)
			if obj == nil || !cfg.OperatorUntrusted {
				return nil, false
			}
			what, ok := s.engine.packageSources().flagVars[obj]
			if operatorInput.HasVar(obj) {
				what, ok = obj.Pkg().Name()+"."+obj.Name(), true
			}
			if !ok {
				return nil, false
			}
			return taint{{source: position(load), what: what}}, true
		default:
			return nil, false
		}
	case *ssa.Field:
		x, field, at = load.X, load.Field, load
	default:
		return nil, false
	}
	name, ok := names.Field(x.Type(), field)
	if !ok {
		return nil, false
	}
	_, isValue := load.(*ssa.Field)
	switch {
	case cfg.Sanitizers.Contains(name):
		return nil, true
	case cfg.Sources.Contains(name) || userInput.Contains(name):
		what := describeField(at, x, name.Member)
		if t, ok := s.repeatedRead(load, what); ok {
			return t, true
		}
		if isValue || !userInput.Contains(name) {
			return taint{{source: at.Pos(), what: what}}, true
		}
	}
	return nil, false
}

// readAgain returns, for a call of an accessor that an earlier call in
// the function made already, what the earlier call read, as it holds
// here: c.Text() after if len(c.Text()) > 4000 { return ... } is
// bounded.
func (s *state) readAgain(fn *types.Func, call *ssa.Call) (taint, bool) {
	if !accessors.Has(fn) {
		return nil, false
	}
	return s.repeatedRead(call, describeCall(fn, call))
}

// repeatedRead returns, for a read of user input, the taint of an earlier
// read of the same input in the function as it holds at this one: m.Content
// read again after a length check or a moderation verdict on the first
// read is checked too, and is the same input in messages. Two reads are
// the same when the source spells them alike (the same field, or accessor
// and constant argument, of the same variable) and the earlier dominates
// the later; the nearest such earlier read carries every check before it.
func (s *state) repeatedRead(read ssa.Instruction, what string) (taint, bool) {
	var nearest ssa.Instruction
	for _, r := range s.engine.packageSources().readsOf(s.engine.cfg, s.fn)[what] {
		if r != read && dominates(r, read) && (nearest == nil || dominates(nearest, r)) {
			nearest = r
		}
	}
	if nearest == nil {
		return nil, false
	}
	return s.use(nearest.(ssa.Value), read.Block()), true
}

// dominates reports whether a runs before b on every way to b.
func dominates(a, b ssa.Instruction) bool {
	if a.Block() != b.Block() {
		return a.Block().Dominates(b.Block())
	}
	for _, instr := range a.Block().Instrs {
		switch instr {
		case a:
			return true
		case b:
			return false
		}
	}
	return false
}

// readsOf indexes the reads of user input in fn that a later read may
// repeat, by how the source spells them: loads of source fields, and
// calls of accessors.
func (ps *packageSources) readsOf(cfg *config.Config, fn *ssa.Function) map[string][]ssa.Instruction {
	if reads, ok := ps.reads[fn]; ok {
		return reads
	}
	reads := make(map[string][]ssa.Instruction)
	source := func(x ssa.Value, field int) (names.Name, bool) {
		name, ok := names.Field(x.Type(), field)
		return name, ok && (userInput.Contains(name) || cfg.Sources.Contains(name)) && !cfg.Sanitizers.Contains(name)
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			switch in := instr.(type) {
			case *ssa.UnOp:
				if fa, ok := in.X.(*ssa.FieldAddr); ok && in.Op == token.MUL {
					if name, ok := source(fa.X, fa.Field); ok {
						what := describeField(fa, fa.X, name.Member)
						reads[what] = append(reads[what], in)
					}
				}
			case *ssa.Field:
				if name, ok := source(in.X, in.Field); ok {
					what := describeField(in, in.X, name.Member)
					reads[what] = append(reads[what], in)
				}
			case *ssa.Call:
				fn := in.Common().Method
				if callee := in.Common().StaticCallee(); callee != nil {
					fn, _ = callee.Object().(*types.Func)
				}
				if fn != nil && accessors.Has(fn) {
					what := describeCall(fn, in)
					reads[what] = append(reads[what], in)
				}
			}
		}
	}
	if ps.reads == nil {
		ps.reads = make(map[*ssa.Function]map[string][]ssa.Instruction)
	}
	ps.reads[fn] = reads
	return reads
}

// position returns where an instruction is in the source; an implicit
// load of a package variable has no position of its own, and takes the
// first of the instructions that use it.
func position(instr ssa.Instruction) token.Pos {
	if pos := instr.Pos(); pos.IsValid() {
		return pos
	}
	if v, ok := instr.(ssa.Value); ok {
		for _, ref := range *v.Referrers() {
			if pos := ref.Pos(); pos.IsValid() {
				return pos
			}
		}
	}
	return instr.Parent().Pos()
}

// storeField records what is stored into a field that the configuration
// names as a prompt (it is sent to a model) or as a sink.
func (s *state) storeField(store *ssa.Store) {
	cfg := s.engine.cfg
	fa, ok := store.Addr.(*ssa.FieldAddr)
	if !ok || len(cfg.Prompts) == 0 && len(cfg.Sinks) == 0 {
		return
	}
	name, ok := names.Field(fa.X.Type(), fa.Field)
	if !ok {
		return
	}
	field := name.Type + "." + name.Member
	if cfg.Sinks.Contains(name) {
		s.sink(store, ConfiguredSink(field), []ssa.Value{store.Val})
	}
	if !cfg.Prompts.Contains(name) {
		return
	}
	var flows []Flow
	for _, l := range s.use(store.Val, store.Block()) {
		if l.output || l.scalar {
			continue // the model's own output, or a number: not text from a user
		}
		flows = append(flows, Flow{
			At: store.Pos(), Endpoint: "model", Through: field,
			Source: l.source, What: l.what,
			System: l.system, SystemPos: l.systemPos,
			Allowlisted: l.allowlisted, Bounded: l.bounded || l.allowlisted,
		})
	}
	s.wrapped[store] = flows
}

// readInto fills the buffer of a read with what its reader holds:
// r.Body.Read(buf), io.ReadFull(r.Body, buf). One read into a buffer of
// a constant size, outside any loop, is bounded by that size.
func (s *state) readInto(fn *types.Func, call *ssa.Call) {
	common := call.Common()
	args := common.Args
	if common.IsInvoke() {
		args = append([]ssa.Value{common.Value}, args...)
	}
	read, ok := bufferReads.Func(fn)
	if !ok && isReadMethod(fn) {
		read, ok = bufferRead{0, 1}, true
	}
	if !ok || read.reader >= len(args) || read.buffer >= len(args) {
		return
	}
	t := s.use(args[read.reader], call.Block())
	if len(t) == 0 {
		return
	}
	buf := root(args[read.buffer])
	if constantSize(buf) && !inLoop(call.Block()) {
		t = t.with(func(l *label) { l.bounded = true })
	}
	s.setMemory(buf, t)
}

// isReadMethod reports whether fn is io.Reader's Read, on any type.
func isReadMethod(fn *types.Func) bool {
	sig := fn.Signature()
	if fn.Name() != "Read" || sig.Recv() == nil || sig.Params().Len() != 1 || sig.Results().Len() != 2 {
		return false
	}
	p, ok := sig.Params().At(0).Type().Underlying().(*types.Slice)
	if !ok || !types.Identical(p.Elem().Underlying(), types.Typ[types.Byte]) {
		return false
	}
	n, ok := sig.Results().At(0).Type().Underlying().(*types.Basic)
	return ok && n.Kind() == types.Int && types.Identical(sig.Results().At(1).Type(), types.Universe.Lookup("error").Type())
}

// constantSize reports whether a buffer has a size fixed in the source:
// make([]byte, 4096), or an array.
func constantSize(buf ssa.Value) bool {
	switch b := buf.(type) {
	case *ssa.MakeSlice:
		_, ok := b.Len.(*ssa.Const)
		return ok
	case *ssa.Alloc:
		_, ok := b.Type().Underlying().(*types.Pointer).Elem().Underlying().(*types.Array)
		return ok
	}
	return false
}

// inLoop reports whether a block can run more than once in a call of its
// function.
func inLoop(b *ssa.BasicBlock) bool {
	seen := make(map[*ssa.BasicBlock]bool)
	work := append([]*ssa.BasicBlock(nil), b.Succs...)
	for len(work) > 0 {
		next := work[len(work)-1]
		work = work[:len(work)-1]
		if next == b {
			return true
		}
		if !seen[next] {
			seen[next] = true
			work = append(work, next.Succs...)
		}
	}
	return false
}

// packageSources is what the engine learns of a package's sources once:
// the RPC servers its types may implement, the package variables that
// hold flag values, and the reads of each function.
type packageSources struct {
	servers  []server
	flagVars map[*types.Var]string
	// reads are the reads of user input of each function, by how the
	// source spells them (see repeatedRead).
	reads map[*ssa.Function]map[string][]ssa.Instruction
}

func (e *engine) packageSources() *packageSources {
	if e.sources != nil {
		return e.sources
	}
	e.sources = &packageSources{servers: generatedServers(e.pass.Pkg)}
	if e.cfg.OperatorUntrusted {
		e.sources.flagVars = flagVars(e.pass.Files, e.pass.TypesInfo)
	}
	return e.sources
}

// flagVars finds the package variables that hold flag values: var p =
// flag.String("prompt", ...), and flag.StringVar(&p, "prompt", ...)
// anywhere in the package. Each is named by its flag: "the -prompt flag".
func flagVars(files []*ast.File, info *types.Info) map[*types.Var]string {
	vars := make(map[*types.Var]string)
	global := func(e ast.Expr) *types.Var {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return nil
		}
		v, ok := info.ObjectOf(id).(*types.Var)
		if !ok || v.Pkg() == nil || v.Parent() != v.Pkg().Scope() {
			return nil
		}
		return v
	}
	for _, f := range files {
		for _, decl := range f.Decls {
			switch decl := decl.(type) {
			case *ast.GenDecl:
				for _, spec := range decl.Specs {
					vs, ok := spec.(*ast.ValueSpec)
					if !ok || len(vs.Names) != len(vs.Values) {
						continue
					}
					for i, value := range vs.Values {
						call, ok := ast.Unparen(value).(*ast.CallExpr)
						if ok && len(call.Args) > 0 && operatorInput.Has(calleeOf(info, call)) {
							if v := global(vs.Names[i]); v != nil {
								vars[v] = flagName(info, call.Args[0], v.Name())
							}
						}
					}
				}
			case *ast.FuncDecl:
				if decl.Body == nil {
					continue
				}
				ast.Inspect(decl.Body, func(n ast.Node) bool {
					call, ok := n.(*ast.CallExpr)
					if !ok || len(call.Args) < 2 || !flagVarSetters.Has(calleeOf(info, call)) {
						return true
					}
					if addr, ok := ast.Unparen(call.Args[0]).(*ast.UnaryExpr); ok && addr.Op == token.AND {
						if v := global(addr.X); v != nil {
							vars[v] = flagName(info, call.Args[1], v.Name())
						}
					}
					return true
				})
			}
		}
	}
	return vars
}

// flagName names a flag for messages, by its name when it is a constant.
func flagName(info *types.Info, name ast.Expr, variable string) string {
	if tv, ok := info.Types[name]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
		return "the -" + constant.StringVal(tv.Value) + " flag"
	}
	return "the flag in " + variable
}

// calleeOf returns the function or method a call calls, or nil.
func calleeOf(info *types.Info, call *ast.CallExpr) *types.Func {
	var id *ast.Ident
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		id = fun
	case *ast.SelectorExpr:
		id = fun.Sel
	default:
		return nil
	}
	fn, _ := info.Uses[id].(*types.Func)
	return fn
}

// describeField names a field that is read at v, a field or its
// address, as the source spells it: m.Content, update.Message.Text,
// c.Message().Text; or, where the syntax does not say, by the type of x
// that holds it.
func describeField(v ssa.Instruction, x ssa.Value, field string) string {
	pos := v.Pos() // the selector's Sel, when it is explicit
	if syntax := v.Parent().Syntax(); syntax != nil && pos.IsValid() {
		var found *ast.SelectorExpr
		ast.Inspect(syntax, func(n ast.Node) bool {
			if found != nil || n == nil || pos < n.Pos() || pos >= n.End() {
				return false
			}
			if sel, ok := n.(*ast.SelectorExpr); ok && sel.Sel.Pos() == pos {
				found = sel
			}
			return true
		})
		if found != nil {
			return types.ExprString(found)
		}
	}
	return name(x) + "." + field
}

// isRequestField reports whether addr is the address of the named field of
// a net/http Request.
func isRequestField(addr ssa.Value, field string) bool {
	fa, ok := addr.(*ssa.FieldAddr)
	if !ok {
		return false
	}
	name, ok := names.Field(fa.X.Type(), fa.Field)
	return ok && name == names.Name{Pkg: "net/http", Type: "Request", Member: field}
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
	switch v := v.(type) {
	case *ssa.Parameter:
		return v.Name()
	case *ssa.UnOp:
		// A parameter a closure captures lives in a variable of its
		// own, which go/ssa names after it (a range-over-func loop's
		// body captures the variables it uses).
		if alloc, ok := v.X.(*ssa.Alloc); ok && v.Op == token.MUL && token.IsIdentifier(alloc.Comment) {
			return alloc.Comment
		}
	}
	return typeName(v.Type())
}

// usesPromptField reports whether the package reads or writes a field
// that the configuration names as a prompt, so that a package that sends
// nothing to a model through a client library may still do it through
// such a field. Any field of the same package and name counts: it is
// only a reason to look closer.
func usesPromptField(pass *analysis.Pass, cfg *config.Config) bool {
	if len(cfg.Prompts) == 0 {
		return false
	}
	for _, obj := range pass.TypesInfo.Uses {
		if v, ok := obj.(*types.Var); ok && v.IsField() && v.Pkg() != nil {
			for n := range cfg.Prompts {
				if n.Type != "" && n.Pkg == v.Pkg().Path() && n.Member == v.Name() {
					return true
				}
			}
		}
	}
	return false
}

// handlerParams marks as user input the parameters of fn whose types a
// library hands its handlers what a user sent through
// (inputParamTypes), when fn is a handler: a function of the program
// that the package does not call itself. A helper the handler gives the
// parameter to is followed from the handler, and the input is reported
// once, where the handler reads it.
func (s *state) handlerParams() {
	for _, p := range s.fn.Params {
		what, ok := inputParam(p.Type())
		if !ok || dependency(s.engine.pass) || s.engine.calledHere(s.fn) {
			continue
		}
		s.values[p] = join(s.values[p], taint{{source: p.Pos(), what: what + " " + p.Name()}})
	}
}

// calledHere reports whether the package calls fn by name: a function
// that only a library calls, through an interface or a function value,
// is a handler.
func (e *engine) calledHere(fn *ssa.Function) bool {
	if e.called == nil {
		e.called = make(map[*ssa.Function]bool)
		for _, f := range e.fns {
			for _, b := range f.Blocks {
				for _, instr := range b.Instrs {
					if call, ok := instr.(ssa.CallInstruction); ok {
						if callee := call.Common().StaticCallee(); callee != nil {
							e.called[callee] = true
						}
					}
				}
			}
		}
	}
	return e.called[fn]
}

// inputParam reports whether t is one of inputParamTypes, and what it is
// called in messages.
func inputParam(t types.Type) (string, bool) {
	n, ok := names.Type(t)
	if !ok {
		return "", false
	}
	return inputParamTypes.Lookup(n)
}

// isInputParam reports whether t is one of inputParamTypes: a handler
// that passes the stream itself on to the next handler (middleware) hands
// it over, and what the next one reads is followed there.
func isInputParam(t types.Type) bool {
	_, ok := inputParam(t)
	return ok
}

// takesInputParams reports whether a function of the package, not of a
// library, takes a parameter of one of inputParamTypes: found in the type
// information, without SSA.
func takesInputParams(pass *analysis.Pass) bool {
	if dependency(pass) {
		return false
	}
	for _, obj := range pass.TypesInfo.Defs {
		if v, ok := obj.(*types.Var); ok && !v.IsField() && isInputParam(v.Type()) {
			return true
		}
	}
	return false
}
