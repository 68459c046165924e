package openaiapi

import (
	"go/types"
	"slices"
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

// messageConstructors make a chat message of a role from its text.
var messageConstructors = map[funcKey]Role{
	{"", "SystemMessage"}:    SystemRole,
	{"", "DeveloperMessage"}: SystemRole,
	{"", "UserMessage"}:      UserRole,
	{"", "AssistantMessage"}: UserRole,
}

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
	if fn.Pkg() == nil || !IsClientPackage(fn.Pkg().Path()) || fn.Signature().Recv() != nil {
		return 0, false
	}
	role, ok := messageConstructors[funcKey{subpackage(fn.Pkg().Path()), fn.Name()}]
	return role, ok
}

// PromptField reports whether a field of a client library's struct carries
// prompt text, and of which role by default.
func PromptField(st *types.Struct, field *types.Var) (Role, bool) {
	role, ok := promptFields[fieldTag(st, field)]
	return role, ok
}

// RoleField reports whether a field of a client library's message struct
// holds the message's role (go-openai's ChatCompletionMessage.Role).
func RoleField(st *types.Struct, field *types.Var) bool {
	return fieldTag(st, field) == "role"
}

// SystemRoleName reports whether a role field's value makes a message
// authoritative.
func SystemRoleName(role string) bool { return systemRoles[role] }

// verdictField is the JSON tag of a moderation result's verdict.
const verdictField = "flagged"

// IsVerdictField reports whether a field of a client library's struct is a
// moderation result's verdict (Flagged).
func IsVerdictField(st *types.Struct, field *types.Var) bool {
	return fieldTag(st, field) == verdictField
}

// settingFields of a request configure it and identify the user; they
// never reach the model as prompt text, so what is stored in them does not
// either.
var settingFields = map[string]bool{
	FieldSafetyIdentifier: true, FieldUser: true, "model": true, "metadata": true,
	"prompt_cache_key": true, "service_tier": true,
	FieldMaxCompletionTokens: true, FieldMaxOutputTokens: true, FieldMaxTokens: true,
}

// SettingField reports whether a field of a client library's struct
// configures the request rather than carrying prompt text.
func SettingField(st *types.Struct, field *types.Var) bool {
	return settingFields[fieldTag(st, field)]
}

// OutputBoundField reports whether a field of a client library's struct is
// an output token bound.
func OutputBoundField(st *types.Struct, field *types.Var) bool {
	return slices.Contains(OutputBoundFields, fieldTag(st, field))
}

// fieldTag returns the JSON name of a field of a client library's struct,
// or "" for any other field.
func fieldTag(st *types.Struct, field *types.Var) string {
	if field.Pkg() == nil || !IsClientPackage(field.Pkg().Path()) {
		return ""
	}
	for i := range st.NumFields() {
		if st.Field(i) == field {
			name, _ := jsonTag(st.Tag(i))
			return name
		}
	}
	return ""
}
