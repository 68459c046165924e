package openaiapi

import "github.com/openaivet/openaivet/internal/names"

// eino is CloudWeGo's eino with its OpenAI chat model
// (github.com/cloudwego/eino-ext/components/model/openai): like
// langchaingo's, a request is a prompt given to the model, with call
// options; the model's config sets fields for every request. Its messages
// and interfaces are eino's own (corePath), whose names are relative to
// that module.
var eino = &Client{
	Name:     "eino",
	path:     "github.com/cloudwego/eino-ext/components/model/openai",
	corePath: "github.com/cloudwego/eino",
	Doc: ClientDoc{
		Summary: "CloudWeGo eino's OpenAI chat model (eino-ext components/model/openai)",
		Reads: []string{
			"Generate and Stream of the *openai.ChatModel, and of eino's model interfaces (model.BaseChatModel, model.ToolCallingChatModel, and model.ChatModel of older versions) where the model is made with openai.NewChatModel (here, by a function of another package that returns it, or by the callers of the function it is a parameter of, in this package or another)",
			"the ChatModelConfig the model is made from (MaxTokens, MaxCompletionTokens, User, BaseURL), model.WithMaxTokens, openai.WithMaxCompletionTokens and openai.WithExtraFields on the call",
			"the version in use: an option it lacks is neither asked for nor added by a fix; where eino-ext's model has no options of its own (early 2025), model.WithMaxTokens is the bound a fix adds and the config's User the per-user identifier",
			"messages made with schema.SystemMessage and schema.UserMessage or a schema.Message literal, their role, and the model output a call returns",
			"chat templates made with prompt.FromMessages (FString, GoTemplate or Jinja2 syntax) and filled in with Format: the values their system messages read ({role}, {{.role}}) are in the system prompt, the others in the user's part",
			"Generate and Stream of a ReAct agent (flow/agent/react.NewAgent) whose config's ToolCallingModel is such a model, and Run and Query of an ADK runner (adk.NewRunner) of an adk.NewChatModelAgent over one, with model options passed in the agent's options (react.WithChatModelOptions, agent.WithComposeOptions with compose.WithChatModelOption, adk.WithChatModelOptions)",
			"Invoke and Stream of a graph, chain or workflow (compose) compiled with one such model (AppendChatModel, AddChatModelNode), with model options passed in compose.WithChatModelOption",
		},
		Gaps: []string{
			"a graph or chain of more than one chat model, one built outside the function that compiles it, and agents other than the ReAct agent and the ADK's ChatModelAgent",
			"an agent's system prompt (the ADK's Instruction, a ReAct agent's MessageModifier), and the output of an ADK run (its events)",
			"a chat template in a graph or chain (AppendChatTemplate), filled in with the values Invoke gives, and system texts of a template that are not constants",
		},
	},
	configConstructor:  names.Name{Member: "NewChatModel"},
	configBaseURLField: "BaseURL",

	promptCalls: names.NewRelativeTable(map[string]promptCall{
		"(ChatModel).Generate":                      {Endpoint: chatCompletion, prompt: 1, model: -1},
		"(ChatModel).Stream":                        {Endpoint: chatCompletion, prompt: 1, model: -1},
		"(components/model.BaseChatModel).Generate": {Endpoint: chatCompletion, prompt: 1, model: -1},
		"(components/model.BaseChatModel).Stream":   {Endpoint: chatCompletion, prompt: 1, model: -1},
		// Older eino (v0.3.19, say) declares them on ChatModel itself.
		"(components/model.ChatModel).Generate": {Endpoint: chatCompletion, prompt: 1, model: -1},
		"(components/model.ChatModel).Stream":   {Endpoint: chatCompletion, prompt: 1, model: -1},
		// Agents take options of their own kind, which pass model
		// options on to the model.
		"(flow/agent/react.Agent).Generate": {Endpoint: chatCompletion, prompt: 1, model: -1, optionWrapper: reactModelOptions},
		"(flow/agent/react.Agent).Stream":   {Endpoint: chatCompletion, prompt: 1, model: -1, optionWrapper: reactModelOptions},
		"(adk.Runner).Run":                  {Endpoint: chatCompletion, prompt: 1, model: -1, optionWrapper: adkModelOptions},
		"(adk.Runner).Query":                {Endpoint: chatCompletion, prompt: 1, model: -1, optionWrapper: adkModelOptions},
		// A graph or chain compiled with the model runs it.
		"(compose.Runnable).Invoke": {Endpoint: chatCompletion, prompt: 1, model: -1, optionWrapper: composeModelOptions},
		"(compose.Runnable).Stream": {Endpoint: chatCompletion, prompt: 1, model: -1, optionWrapper: composeModelOptions},
	}),
	modelWrappers: names.NewRelativeTable(map[string]modelWrapper{
		"flow/agent/react.NewAgent":  {arg: 1, fields: []string{"ToolCallingModel", "Model"}},
		"adk.NewChatModelAgent":      {arg: 1, fields: []string{"Model"}},
		"adk.NewRunner":              {arg: 1, fields: []string{"Agent"}},
		"(compose.Chain).Compile":    {arg: -1},
		"(compose.Graph).Compile":    {arg: -1},
		"(compose.Workflow).Compile": {arg: -1},
	}),
	modelAdders: names.NewRelativeTable(map[string]int{
		"(compose.Chain).AppendChatModel":     0,
		"(compose.graph).AddChatModelNode":    1,
		"(compose.Workflow).AddChatModelNode": 1,
	}),
	nestedOptions: names.NewRelativeTable(map[string]bool{
		"flow/agent.WithComposeOptions":         true,
		"compose.WithChatModelOption":           true,
		"flow/agent/react.WithChatModelOptions": true,
		"adk.WithChatModelOptions":              true,
	}),
	modelTypes: names.NewRelativeTable(map[string]bool{"ChatModel": true}),
	fieldOptions: names.NewRelativeTable(map[string]string{
		"components/model.WithMaxTokens": FieldMaxTokens,
		"WithMaxCompletionTokens":        FieldMaxCompletionTokens,
	}),
	jsonMapOptions: names.NewRelativeTable(map[string]bool{"WithExtraFields": true}),
	// Older versions (eino-ext of early 2025) have no options of their
	// own: the core's WithMaxTokens is the bound there.
	optionFor: map[string]names.Name{
		FieldMaxCompletionTokens: {Member: "WithMaxCompletionTokens"},
		FieldMaxTokens:           {Pkg: "components/model", Member: "WithMaxTokens"},
	},

	messageConstructors: names.NewRelativeTable(map[string]Role{
		"schema.SystemMessage": SystemRole,
		"schema.UserMessage":   UserRole,
	}),
	// A chat template made with prompt.FromMessages keeps each message's
	// role when Format fills it in.
	templateFillers: names.NewRelativeTable(map[string]int{
		"(components/prompt.DefaultChatTemplate).Format": 1,
		"(components/prompt.ChatTemplate).Format":        1,
	}),
	templateMakers: names.NewRelativeTable(map[string]int{"components/prompt.FromMessages": 0}),
	// schema.FString, schema.GoTemplate and schema.Jinja2; Jinja2's
	// expressions are read as Handlebars' are.
	templateSyntaxes: map[int64]templateSyntax{0: fStringVariables, 1: goTemplateVariables, 2: templateVariables},
}

// The options of eino's agents that pass model options on to the model.
var (
	reactModelOptions   = &optionWrapper{fn: names.Name{Pkg: "flow/agent/react", Member: "WithChatModelOptions"}}
	composeModelOptions = &optionWrapper{fn: names.Name{Pkg: "compose", Member: "WithChatModelOption"}}
	adkModelOptions     = &optionWrapper{
		fn:   names.Name{Pkg: "adk", Member: "WithChatModelOptions"},
		elem: names.Name{Pkg: "components/model", Member: "Option"},
	}
)
