package openaiapi

import "github.com/openaivet/openaivet/internal/names"

// azOpenAI is Azure's SDK, github.com/Azure/azure-sdk-for-go/sdk/ai/azopenai:
// a Client whose methods take options structs without JSON tags (the
// library marshals them itself), so the adapter names their wire fields;
// each message's role is its type.
var azOpenAI = &Client{
	Name: "Azure OpenAI",
	path: "github.com/Azure/azure-sdk-for-go/sdk/ai/azopenai",
	Doc: ClientDoc{
		Summary: "Azure's SDK for Azure OpenAI and OpenAI (azopenai)",
		Reads: []string{
			"requests of the Client's GetChatCompletions(Stream), GetCompletions(Stream) and GetImageGenerations, with their options' MaxTokens, MaxCompletionTokens and User",
			"messages made as ChatRequestSystemMessage, ChatRequestDeveloperMessage and ChatRequestUserMessage, and the model output a request returns",
			"the base URL given to NewClientForOpenAI: a client pointed at another provider's compatible API is not OpenAI's",
			"keys given to azcore.NewKeyCredential in a package that uses the SDK: Azure keys (32 hex digits, or the 84 characters Azure issues today) and OpenAI's",
		},
		Gaps: []string{
			"a client made in another package, and the endpoint of one that a caller gives: a client of NewClientForOpenAI pointed at another provider there is checked as OpenAI's",
		},
	},
	endpoints: names.NewRelativeTable(map[string]Endpoint{
		"(Client).GetChatCompletions":       {"chat completion", TextGeneration},
		"(Client).GetChatCompletionsStream": {"chat completion", TextGeneration},
		"(Client).GetCompletions":           {"completion", TextGeneration},
		"(Client).GetCompletionsStream":     {"completion", TextGeneration},
		"(Client).GetImageGenerations":      {"image generation", ImageGeneration},
	}),
	// No version has safety_identifier: user is the identifier its
	// requests can send.
	identified: names.NewRelativeTable(map[string]Identification{
		"(Client).GetChatCompletions":       ByUserOnly,
		"(Client).GetChatCompletionsStream": ByUserOnly,
		"(Client).GetImageGenerations":      ByUserOnly,
	}),
	senders: []namePattern{{exact: "Client"}},
	// NewClientForOpenAI takes the base URL of OpenAI's API, or of
	// another provider's compatible one; the other constructors, an Azure
	// OpenAI resource's endpoint.
	endpointArguments: names.NewRelativeTable(map[string]int{"NewClientForOpenAI": 0}),
	// The key of NewClientWithKeyCredential is Azure's; the one of
	// NewClientForOpenAI, OpenAI's.
	credentialMakers: names.NewTable(map[string]KeyArgument{
		"github.com/Azure/azure-sdk-for-go/sdk/azcore.NewKeyCredential": {Index: 0, EnvVar: "AZURE_OPENAI_API_KEY", Azure: true},
	}),

	fieldTags: names.NewRelativeTable(map[string]string{
		"(ChatCompletionsOptions).Messages":                  FieldMessages,
		"(ChatCompletionsOptions).MaxTokens":                 FieldMaxTokens,
		"(ChatCompletionsOptions).MaxCompletionTokens":       FieldMaxCompletionTokens,
		"(ChatCompletionsOptions).User":                      FieldUser,
		"(ChatCompletionsOptions).DeploymentName":            FieldModel,
		"(ChatCompletionsStreamOptions).Messages":            FieldMessages,
		"(ChatCompletionsStreamOptions).MaxTokens":           FieldMaxTokens,
		"(ChatCompletionsStreamOptions).MaxCompletionTokens": FieldMaxCompletionTokens,
		"(ChatCompletionsStreamOptions).User":                FieldUser,
		"(ChatCompletionsStreamOptions).DeploymentName":      FieldModel,
		"(CompletionsOptions).Prompt":                        FieldPrompt,
		"(CompletionsOptions).MaxTokens":                     FieldMaxTokens,
		"(CompletionsOptions).User":                          FieldUser,
		"(CompletionsOptions).DeploymentName":                FieldModel,
		"(CompletionsStreamOptions).Prompt":                  FieldPrompt,
		"(CompletionsStreamOptions).MaxTokens":               FieldMaxTokens,
		"(CompletionsStreamOptions).User":                    FieldUser,
		"(CompletionsStreamOptions).DeploymentName":          FieldModel,
		"(ImageGenerationOptions).Prompt":                    FieldPrompt,
		"(ImageGenerationOptions).User":                      FieldUser,
		"(ImageGenerationOptions).DeploymentName":            FieldModel,
		"(ChatRequestSystemMessage).Content":                 contentField,
		"(ChatRequestDeveloperMessage).Content":              contentField,
		"(ChatRequestUserMessage).Content":                   contentField,
	}),
	systemMessageTypes: names.NewRelativeTable(map[string]bool{
		"ChatRequestSystemMessage":    true,
		"ChatRequestDeveloperMessage": true,
	}),
}
