package openaiapi

import (
	"go/types"

	"github.com/openaivet/openaivet/internal/names"
)

// openAIGo is github.com/openai/openai-go, in any major version: services
// whose methods take a params struct, optional fields of type
// param.Opt[T], and request options of package option.
var openAIGo = &Client{
	Name:      "openai-go",
	path:      "github.com/openai/openai-go",
	versioned: true,
	Doc: ClientDoc{
		Summary: "the official client, v1, v2 and v3 (and v0 previews)",
		Reads: []string{
			"requests of the services' methods that take a params struct: chat completions, responses, completions, assistants runs, images, embeddings, moderations, Realtime client secrets",
			"each wire field by its JSON tag, wherever the program sets it: the literal, later assignments, builder and setter functions, wrappers that send the params they are given, fields, maps and slices that keep params, option.WithJSONSet and SetExtraFields",
			"request and client options: headers (OpenAI-Safety-Identifier), option.WithBaseURL (a client pointed at another provider), option.WithAPIKey and azure.WithAPIKey (an Azure key)",
			"prompts built with openai.SystemMessage, DeveloperMessage, UserMessage and the Responses API's input items, and the model output a request returns",
			"clients and services behind the program's own interfaces, method values and retry helpers",
		},
		Gaps: []string{
			"requests sent through the client's generic client.Post or client.Execute on a path",
		},
	},
	endpoints: names.NewRelativeTable(map[string]Endpoint{
		"(ChatCompletionService).New":              {"chat completion", TextGeneration},
		"(ChatCompletionService).NewStreaming":     {"chat completion", TextGeneration},
		"(CompletionService).New":                  {"completion", TextGeneration},
		"(CompletionService).NewStreaming":         {"completion", TextGeneration},
		"(BetaThreadRunService).New":               {"assistants run", TextGeneration},
		"(BetaThreadRunService).NewStreaming":      {"assistants run", TextGeneration},
		"(BetaThreadService).NewAndRun":            {"assistants run", TextGeneration},
		"(BetaThreadService).NewAndRunStreaming":   {"assistants run", TextGeneration},
		"(BetaResponseService).New":                {"response", TextGeneration},
		"(BetaResponseService).NewStreaming":       {"response", TextGeneration},
		"(responses.ResponseService).New":          {"response", TextGeneration},
		"(responses.ResponseService).NewStreaming": {"response", TextGeneration},
		"(ImageService).Generate":                  {"image generation", ImageGeneration},
		"(ImageService).GenerateStreaming":         {"image generation", ImageGeneration},
		"(ImageService).Edit":                      {"image edit", ImageGeneration},
		"(ImageService).EditStreaming":             {"image edit", ImageGeneration},
		"(ImageService).NewVariation":              {"image variation", ImageGeneration},
		"(realtime.ClientSecretService).New":       {"realtime client secret", RealtimeClientSecret},
		"(ModerationService).New":                  {"moderation", Moderation},
		"(EmbeddingService).New":                   {"embedding", Embeddings},
	}),
	// v1.11 and earlier have no safety_identifier: user is the identifier
	// there (see Identification).
	identified: names.NewRelativeTable(map[string]Identification{
		"(ChatCompletionService).New":              BySafetyIdentifier,
		"(ChatCompletionService).NewStreaming":     BySafetyIdentifier,
		"(responses.ResponseService).New":          BySafetyIdentifier,
		"(responses.ResponseService).NewStreaming": BySafetyIdentifier,
		"(BetaResponseService).New":                BySafetyIdentifier,
		"(BetaResponseService).NewStreaming":       BySafetyIdentifier,
		"(ImageService).Generate":                  BySafetyIdentifier,
		"(ImageService).GenerateStreaming":         BySafetyIdentifier,
		"(ImageService).Edit":                      BySafetyIdentifier,
		"(ImageService).EditStreaming":             BySafetyIdentifier,
	}),
	senders: []namePattern{{suffix: "Service"}},

	constructors:        names.NewRelativeTable(map[string]bool{"NewClient": true}),
	constructorPatterns: []namePattern{{prefix: "New", suffix: "Service"}},
	jsonFieldOptions:    names.NewRelativeTable(map[string]bool{"option.WithJSONSet": true}),
	headerOptions:       names.NewRelativeTable(map[string]bool{"option.WithHeader": true, "option.WithHeaderAdd": true}),
	baseURLOptions:      names.NewRelativeTable(map[string]bool{"option.WithBaseURL": true}),
	keyTakers: names.NewRelativeTable(map[string]KeyArgument{
		"option.WithAPIKey":      {Index: 0, EnvVar: "OPENAI_API_KEY", ClientReadsEnv: true},
		"option.WithAdminAPIKey": {Index: 0, EnvVar: "OPENAI_ADMIN_KEY"},
		"azure.WithAPIKey":       {Index: 0, EnvVar: "AZURE_OPENAI_API_KEY", Azure: true},
	}),

	optionalType: names.Name{Pkg: "packages/param", Member: "Opt"},
	optionalConstructors: names.NewRelativeTable(map[string]bool{
		"String":                true,
		"Int":                   true,
		"Float":                 true,
		"Bool":                  true,
		"Opt":                   true,
		"packages/param.NewOpt": true,
	}),
	optionalConstructorFor: map[types.BasicKind]string{
		types.Int64:   "Int",
		types.String:  "String",
		types.Float64: "Float",
		types.Bool:    "Bool",
	},
	extraFieldsMethod: "SetExtraFields",

	messageConstructors: names.NewRelativeTable(map[string]Role{
		"SystemMessage":    SystemRole,
		"DeveloperMessage": SystemRole,
		"UserMessage":      UserRole,
		"AssistantMessage": UserRole,
	}),
	roleArguments: names.NewRelativeTable(map[string]int{
		"responses.ResponseInputItemParamOfMessage":      1,
		"responses.ResponseInputItemParamOfInputMessage": 1,
		"BetaResponseInputItemParamOfMessage":            1,
		"BetaResponseInputItemParamOfInputMessage":       1,
	}),
	systemRoleTypes: names.NewRelativeTable(map[string]bool{
		"shared/constant.System":    true,
		"shared/constant.Developer": true,
	}),
	fixedRolePackage: "shared/constant",
}
