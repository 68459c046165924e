package openaiapi

import "github.com/openaivet/openaivet/internal/names"

// goOpenAI is the community client github.com/sashabaranov/go-openai: one
// Client whose methods take request structs, made from a ClientConfig;
// messages carry their role as a string field.
var goOpenAI = &Client{
	Name: "go-openai",
	path: "github.com/sashabaranov/go-openai",
	Doc: ClientDoc{
		Summary: "the community client, every version",
		Reads: []string{
			"requests of the Client's methods: CreateChatCompletion(Stream), CreateCompletion(Stream), CreateResponse(Stream), CreateRun, CreateThreadAndRun, CreateImage, CreateEditImage, CreateVariImage, Moderations",
			"each wire field of the request struct by its JSON tag, wherever the program sets it, as for openai-go; User where a version has no SafetyIdentifier",
			"ClientConfig.BaseURL (a client pointed at another provider), and the keys given to NewClient, DefaultConfig and DefaultAzureConfig (an Azure key there too)",
			"messages and their Role field, and the model output a request returns",
		},
		Gaps: []string{
			"forks of the library under other import paths",
		},
	},
	endpoints: names.NewRelativeTable(map[string]Endpoint{
		"(Client).CreateChatCompletion":       {"chat completion", TextGeneration},
		"(Client).CreateChatCompletionStream": {"chat completion", TextGeneration},
		"(Client).CreateCompletion":           {"completion", TextGeneration},
		"(Client).CreateCompletionStream":     {"completion", TextGeneration},
		"(Client).CreateResponse":             {"response", TextGeneration},
		"(Client).CreateResponseStream":       {"response", TextGeneration},
		"(Client).CreateRun":                  {"assistants run", TextGeneration},
		"(Client).CreateThreadAndRun":         {"assistants run", TextGeneration},
		"(Client).CreateImage":                {"image generation", ImageGeneration},
		"(Client).CreateEditImage":            {"image edit", ImageGeneration},
		"(Client).CreateVariImage":            {"image variation", ImageGeneration},
		"(Client).Moderations":                {"moderation", Moderation},
	}),
	// v1.40 and earlier have no safety_identifier; no version has it for
	// images (see Identification).
	identified: names.NewRelativeTable(map[string]Identification{
		"(Client).CreateChatCompletion":       BySafetyIdentifier,
		"(Client).CreateChatCompletionStream": BySafetyIdentifier,
		"(Client).CreateResponse":             BySafetyIdentifier,
		"(Client).CreateResponseStream":       BySafetyIdentifier,
		"(Client).CreateImage":                ByUserOnly,
		"(Client).CreateEditImage":            ByUserOnly,
	}),
	senders: []namePattern{{exact: "Client"}},

	configConstructor:  names.Name{Member: "NewClientWithConfig"},
	configBaseURLField: "BaseURL",
	keyTakers: names.NewRelativeTable(map[string]KeyArgument{
		"NewClient":          {Index: 0, EnvVar: "OPENAI_API_KEY"},
		"DefaultConfig":      {Index: 0, EnvVar: "OPENAI_API_KEY"},
		"DefaultAzureConfig": {Index: 0, EnvVar: "AZURE_OPENAI_API_KEY", Azure: true},
	}),
}
