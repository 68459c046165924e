package openaiapi

import "github.com/openaivet/openaivet/internal/names"

// genkit is Firebase Genkit for Go with its OpenAI plugin
// (plugins/compat_oai/openai): genkit.Generate takes the prompt, the
// model and its config as options. A call is OpenAI's where an option
// picks an OpenAI model; the config is openai-go's params (or a map of
// them), so its fields are the wire's.
var genkit = &Client{
	Name: "Firebase Genkit",
	path: "github.com/firebase/genkit/go",
	Doc: ClientDoc{
		Summary: "Firebase Genkit for Go with its OpenAI plugin (plugins/compat_oai/openai)",
		Reads: []string{
			"genkit.Generate, GenerateText, GenerateData and GenerateStream with ai.WithModelName(\"openai/...\") (or a name every value of which begins with that prefix: \"openai/\" + name, fmt.Sprintf(\"openai/%s\", name), or one a helper, an unexported field or variable, or a parameter the package's calls give holds), or ai.WithModel of a model the plugin's Model or DefineModel makes, or with no model option, of a *genkit.Genkit that genkit.Init made with genkit.WithDefaultModel(\"openai/...\"), here or in the package that gives it to a flow's or a service's constructor",
			"options gathered in a slice and passed with \"...\", where the function or a helper of its package builds the slice (a literal, append, a helper's returns), and an option that a helper of the package makes or a variable holds",
			"ai.WithConfig of openai-go's ChatCompletionNewParams (or a map of its fields): MaxCompletionTokens, SafetyIdentifier",
			"option.WithBaseURL in the Opts of the OpenAI plugin that genkit.Init is given: its instance's \"openai/\" models then serve another provider's API",
			"ai.WithSystem, ai.WithPrompt and messages made with ai.NewSystemTextMessage and ai.NewUserTextMessage, and the model output a call returns",
			"prompts defined with genkit.DefinePrompt or DefineDataPrompt, run with Execute or ExecuteStream: the model the run's options choose, else the definition's, else its instance's default; the definition's config, unless the run gives one, which replaces it; the definition's messages, and the input of ai.WithInput (or a data prompt's) in the system prompt where the definition's system text reads those variables ({{name}})",
		},
		Gaps: []string{
			"calls that pass on options their caller gives with \"...\", or whose *genkit.Genkit comes from another package's variable",
			"prompts in .prompt files or looked up with genkit.LookupPrompt, prompts defined in another package, and flows",
			"a model name that an exported field or a function of another package holds, and one chosen at run time among providers (from the request or the configuration), which is not taken for OpenAI's: the request is not checked",
		},
	},
	promptCalls: names.NewRelativeTable(map[string]promptCall{
		"genkit.Generate":       {Endpoint: chatCompletion, prompt: 2, byOption: true, instance: 1},
		"genkit.GenerateText":   {Endpoint: chatCompletion, prompt: 2, byOption: true, instance: 1},
		"genkit.GenerateData":   {Endpoint: chatCompletion, prompt: 2, byOption: true, instance: 1},
		"genkit.GenerateStream": {Endpoint: chatCompletion, prompt: 2, byOption: true, instance: 1},
		// A defined prompt's run: its options, or a DataPrompt's input.
		"(ai.Prompt).Execute":           {Endpoint: chatCompletion, prompt: 1, byOption: true, defined: true},
		"(ai.Prompt).ExecuteStream":     {Endpoint: chatCompletion, prompt: 1, byOption: true, defined: true},
		"(ai.DataPrompt).Execute":       {Endpoint: chatCompletion, prompt: 1, byOption: true, defined: true, input: true},
		"(ai.DataPrompt).ExecuteStream": {Endpoint: chatCompletion, prompt: 1, byOption: true, defined: true, input: true},
	}),
	promptDefiners: names.NewRelativeTable(map[string]int{
		"genkit.DefinePrompt":     0,
		"genkit.DefineDataPrompt": 0,
	}),
	templateInputs:      names.NewRelativeTable(map[string]bool{"ai.WithInput": true}),
	pluginOptions:       names.NewRelativeTable(map[string]string{"plugins/compat_oai/openai.OpenAI": "Opts"}),
	modelNameOptions:    names.NewRelativeTable(map[string]string{"ai.WithModelName": "openai/"}),
	defaultModelOptions: names.NewRelativeTable(map[string]string{"genkit.WithDefaultModel": "openai/"}),
	modelOptions:        names.NewRelativeTable(map[string]bool{"ai.WithModel": true}),
	modelMakers: names.NewRelativeTable(map[string]bool{
		"(plugins/compat_oai/openai.OpenAI).Model":       true,
		"(plugins/compat_oai/openai.OpenAI).DefineModel": true,
	}),
	configOptions: names.NewRelativeTable(map[string]bool{"ai.WithConfig": true}),
	configSpelling: map[string]string{
		FieldMaxCompletionTokens: "MaxCompletionTokens in ai.WithConfig(&openai.ChatCompletionNewParams{...})",
		FieldMaxTokens:           "MaxTokens in ai.WithConfig(&openai.ChatCompletionNewParams{...})",
		FieldSafetyIdentifier:    "SafetyIdentifier in ai.WithConfig(&openai.ChatCompletionNewParams{...})",
		FieldUser:                "User in ai.WithConfig(&openai.ChatCompletionNewParams{...})",
	},
	messageConstructors: names.NewRelativeTable(map[string]Role{
		"ai.WithSystem":           SystemRole,
		"ai.WithPrompt":           UserRole,
		"ai.NewSystemTextMessage": SystemRole,
		"ai.NewUserTextMessage":   UserRole,
	}),
}
