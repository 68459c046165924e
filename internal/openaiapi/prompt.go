package openaiapi

import (
	"go/types"
	"slices"

	"github.com/openaivet/openaivet/internal/names"
)

// Role is how the model treats a piece of a prompt.
type Role int

const (
	// UserRole text is what a user says: the model weighs it as such.
	UserRole Role = iota + 1
	// SystemRole text (system and developer messages, instructions) is
	// what the application says: the model treats it as authoritative.
	SystemRole
)

// roleField is the JSON tag of a message's role, and contentField that of
// its text.
const (
	roleField    = "role"
	contentField = "content"
)

// promptFields carry prompt text, by JSON tag, in a request or message.
// The variables of a Responses prompt template fill in a prompt the
// application wrote: the model takes them as the developer's words.
var promptFields = map[string]Role{
	FieldInstructions: SystemRole,
	"variables":       SystemRole,
	FieldMessages:     UserRole,
	FieldInput:        UserRole,
	FieldPrompt:       UserRole,
	"content":         UserRole,
}

// systemRoles are the values of a message's role field that make it
// authoritative.
var systemRoles = map[string]bool{"system": true, "developer": true}

// MessageConstructor reports whether fn, a function of a client library,
// makes a chat message from its argument, and of which role.
func MessageConstructor(fn *types.Func) (Role, bool) {
	c, key, ok := relativeName(fn)
	if !ok || fn.Signature().Recv() != nil {
		return 0, false
	}
	return c.messageConstructors.Lookup(key)
}

// MessageRoleArgument reports whether fn, a function of a client library,
// makes a message whose role is its argument number index
// (responses.ResponseInputItemParamOfMessage(text, role)).
func MessageRoleArgument(fn *types.Func) (index int, ok bool) {
	c, key, ok := relativeName(fn)
	if !ok || fn.Signature().Recv() != nil {
		return 0, false
	}
	return c.roleArguments.Lookup(key)
}

// PromptField reports whether a field of a client library's struct carries
// prompt text, and of which role by default. The content of a message
// that is a system or developer message by its type is system text.
func PromptField(st *types.Struct, field *types.Var) (Role, bool) {
	if programMessage(st) {
		return UserRole, fieldTagOf(st, field) == contentField
	}
	tag := fieldTag(st, field)
	if tag == contentField && systemMessage(st) {
		return SystemRole, true
	}
	role, ok := promptFields[tag]
	return role, ok
}

// PromptKey reports whether a key of a map that a program marshals as a
// request or a message carries prompt text, and of which role by default;
// a message's content is system text where its RoleKey says so.
func PromptKey(key string) (Role, bool) {
	role, ok := promptFields[key]
	return role, ok
}

// RoleKey is the key of a message's role in a map the program marshals.
const RoleKey = roleField

// RoleField reports whether a field of a client library's message struct
// holds the message's role (go-openai's ChatCompletionMessage.Role). User
// input stored there chooses the role: the user can make the message a
// system one (a history whose roles the client sends).
func RoleField(st *types.Struct, field *types.Var) bool {
	if programMessage(st) {
		return fieldTagOf(st, field) == roleField
	}
	return fieldTag(st, field) == roleField
}

// programMessage reports whether a struct of the program's is a chat
// message written for a request the program sends itself: its JSON tags
// name a role and a content.
func programMessage(st *types.Struct) bool {
	if st.NumFields() == 0 || st.Field(0).Pkg() == nil || IsClientPackage(st.Field(0).Pkg().Path()) {
		return false
	}
	role, content := false, false
	for i := range st.NumFields() {
		switch name, _ := jsonTag(st.Tag(i)); name {
		case roleField:
			role = true
		case contentField:
			content = true
		}
	}
	return role && content
}

// fieldTagOf returns the JSON name of a field of any struct.
func fieldTagOf(st *types.Struct, field *types.Var) string {
	for i := range st.NumFields() {
		if st.Field(i) == field {
			name, _ := jsonTag(st.Tag(i))
			return name
		}
	}
	return ""
}

// systemMessage reports whether a client library's message struct is a
// system or developer message by the type of its role field, or by its
// own type (azopenai's ChatRequestSystemMessage).
func systemMessage(st *types.Struct) bool {
	for i := range st.NumFields() {
		if name, _ := jsonTag(st.Tag(i)); name == roleField {
			c, key, ok := libraryType(st.Field(i).Type())
			return ok && c.systemRoleTypes[key]
		}
	}
	if st.NumFields() == 0 || st.Field(0).Pkg() == nil {
		return false
	}
	c, _, ok := ClientOf(st.Field(0).Pkg().Path())
	if !ok || len(c.systemMessageTypes) == 0 {
		return false
	}
	named := declaredAs(st)
	if named == nil {
		return false
	}
	_, key, ok := relativeType(named)
	return ok && c.systemMessageTypes[key]
}

// libraryType returns the name, relative to its library's root, of a
// named type of a client library; not of a pointer to one.
func libraryType(t types.Type) (*Client, names.Name, bool) {
	if _, ok := types.Unalias(t).(*types.Named); !ok {
		return nil, names.Name{}, false
	}
	return relativeType(t)
}

// ChoosesRole reports whether input written whole into a value of type t,
// as a JSON body decoded into it, can make itself a system or developer
// message: t holds, at any depth, a client library's message whose role
// field can hold a system role (go-openai's ChatCompletionMessage, a
// union with a system member), or a request's instructions. A proxy that
// decodes a whole request from its client, or a history with the roles
// the client sends, lets the client write the system prompt.
func ChoosesRole(t types.Type) bool {
	seen := make(map[types.Type]bool)
	var holds func(t types.Type) bool
	holds = func(t types.Type) bool {
		t = types.Unalias(t)
		if seen[t] {
			return false
		}
		seen[t] = true
		switch u := t.Underlying().(type) {
		case *types.Pointer:
			return holds(u.Elem())
		case *types.Slice:
			return holds(u.Elem())
		case *types.Array:
			return holds(u.Elem())
		case *types.Map:
			return holds(u.Elem())
		case *types.Struct:
			for i := range u.NumFields() {
				f := u.Field(i)
				if !f.Exported() {
					continue // encoding/json writes exported fields only
				}
				switch fieldTag(u, f) {
				case FieldInstructions:
					return true
				case roleField:
					if c, key, ok := libraryType(f.Type()); !ok || key.Pkg != c.fixedRolePackage || c.systemRoleTypes[key] {
						return true
					}
					continue
				}
				if holds(f.Type()) {
					return true
				}
			}
		}
		return false
	}
	return holds(t)
}

// SystemRoleName reports whether a role field's value makes a message
// authoritative.
func SystemRoleName(role string) bool { return systemRoles[role] }

// verdictField is the JSON tag of a moderation result's verdict.
const verdictField = "flagged"

// IsVerdictField reports whether a field of a client library's struct is a
// moderation result's verdict (Flagged), or a field of the program's own
// that the JSON of one decodes into (`json:"flagged"`): taint reads it as
// a verdict only where it was decoded from a moderation response.
func IsVerdictField(st *types.Struct, field *types.Var) bool {
	return fieldTag(st, field) == verdictField || fieldTagOf(st, field) == verdictField
}

// settingFields of a request configure it and identify the user; they
// never reach the model as prompt text, so what is stored in them does not
// either.
var settingFields = map[string]bool{
	FieldSafetyIdentifier: true, FieldUser: true, FieldModel: true, "metadata": true,
	"prompt_cache_key": true, "service_tier": true,
	FieldMaxCompletionTokens: true, FieldMaxOutputTokens: true, FieldMaxTokens: true,
}

// SettingField reports whether a field of a client library's struct
// configures the request rather than carrying prompt text.
func SettingField(st *types.Struct, field *types.Var) bool {
	return settingFields[fieldTag(st, field)]
}

// BodySettingField reports whether a field of a program's struct, one that
// a request sends as its body, configures the request by its JSON tag, as
// SettingField says of a client library's.
func BodySettingField(st *types.Struct, field *types.Var) bool {
	return settingFields[fieldTagOf(st, field)]
}

// OutputBoundField reports whether a field of a client library's struct is
// an output token bound.
func OutputBoundField(st *types.Struct, field *types.Var) bool {
	return slices.Contains(OutputBoundFields, fieldTag(st, field))
}

// fieldTag returns the wire name of a field of a client library's struct
// (see wireTag); "" for any other field.
func fieldTag(st *types.Struct, field *types.Var) string {
	if field.Pkg() == nil || !IsClientPackage(field.Pkg().Path()) {
		return ""
	}
	for i := range st.NumFields() {
		if st.Field(i) == field {
			return wireTag(st, i)
		}
	}
	return ""
}
