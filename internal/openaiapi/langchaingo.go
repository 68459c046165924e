package openaiapi

import "github.com/openaivet/openaivet/internal/names"

// chatCompletion is the endpoint a langchaingo OpenAI model sends every
// prompt to.
var chatCompletion = Endpoint{"chat completion", TextGeneration}

// langChainGo is github.com/tmc/langchaingo with its OpenAI model
// (llms/openai): a request is a prompt given to the model, with call
// options instead of a params struct. A call through llms.Model is one
// where the package makes the model it calls with llms/openai.New.
var langChainGo = &Client{
	Name: "langchaingo",
	path: "github.com/tmc/langchaingo",
	Doc: ClientDoc{
		Summary: "the OpenAI model of langchaingo (llms/openai)",
		Reads: []string{
			"GenerateContent and Call of the model, and llms.GenerateFromSinglePrompt, on an *openai.LLM or on an llms.Model made with openai.New (in the function, a field, a package variable, a helper, a function of another package that returns it, or the callers of the function it is a parameter of, in this package or another)",
			"llms.WithMaxTokens and openai.WithMaxCompletionTokens as the output token bound; openai.WithBaseURL (a model pointed at another provider) and openai.WithToken",
			"messages made with llms.TextParts or an llms.MessageContent literal, their role, and the model output a call returns",
			"chains.Run, chains.Call and chains.Predict of a chain that chains.NewLLMChain, chains.NewConversation, the question-answering and summarization chains (NewRetrievalQAFromLLM, NewConversationalRetrievalQAFromLLM, the Load* functions), NewLLMMathChain, NewSQLDatabaseChain or NewAPIChain make over such a model, or a chain made over such a chain (NewRetrievalQA, NewStuffDocuments, NewMapRerankDocuments), or of an agent's executor (agents.NewExecutor of agents.NewOneShotAgent, NewConversationalAgent or NewOpenAIFunctionsAgent, or agents.Initialize), bounded by chains.WithMaxTokens on the call (the options given to NewLLMChain do not reach the model)",
		},
		Gaps: []string{
			"an llms.Model that a caller in another package gives an exported function or constructor is checked as OpenAI's, and reported at the calls that give it an OpenAI model; a model the constructor's callers keep in a map, or give through a setter, is not followed",
			"chains over more than one model or chain (NewConversationalRetrievalQA, NewRefineDocuments, NewMapReduceDocuments, NewConstitutional, sequential chains), and what an agent's tools do with the model's choices",
			"the per-user identifier: langchaingo's requests have no field for it, so safetyid does not check them",
		},
	},
	constructors:   names.NewRelativeTable(map[string]bool{"llms/openai.New": true}),
	baseURLOptions: names.NewRelativeTable(map[string]bool{"llms/openai.WithBaseURL": true}),
	keyTakers: names.NewRelativeTable(map[string]KeyArgument{
		"llms/openai.WithToken": {Index: 0, EnvVar: "OPENAI_API_KEY", ClientReadsEnv: true},
	}),

	promptCalls: names.NewRelativeTable(map[string]promptCall{
		"(llms/openai.LLM).GenerateContent": {Endpoint: chatCompletion, prompt: 1, model: -1},
		"(llms/openai.LLM).Call":            {Endpoint: chatCompletion, prompt: 1, model: -1},
		"(llms.Model).GenerateContent":      {Endpoint: chatCompletion, prompt: 1, model: -1},
		"(llms.Model).Call":                 {Endpoint: chatCompletion, prompt: 1, model: -1},
		"llms.GenerateFromSinglePrompt":     {Endpoint: chatCompletion, prompt: 2, model: 1},
		// A chain's call options are its own kind: the bound is
		// chains.WithMaxTokens there. The options given to
		// chains.NewLLMChain are not passed to the model.
		"chains.Run":     {Endpoint: chatCompletion, prompt: 2, model: 1, optionFor: chainBound},
		"chains.Call":    {Endpoint: chatCompletion, prompt: 2, model: 1, optionFor: chainBound},
		"chains.Predict": {Endpoint: chatCompletion, prompt: 2, model: 1, optionFor: chainBound},
	}),
	// Agents run their model through chains, and their executor passes
	// the call's options on to it.
	modelWrappers: names.NewRelativeTable(map[string]modelWrapper{
		"chains.NewLLMChain":             {arg: 0},
		"chains.NewConversation":         {arg: 0},
		"agents.NewExecutor":             {arg: 0},
		"agents.Initialize":              {arg: 0},
		"agents.NewOneShotAgent":         {arg: 0},
		"agents.NewConversationalAgent":  {arg: 0},
		"agents.NewOpenAIFunctionsAgent": {arg: 0},
		// Chains over one model, or over one chain, that pass the
		// call's options on to it.
		"chains.NewRetrievalQAFromLLM":               {arg: 0},
		"chains.NewRetrievalQA":                      {arg: 0},
		"chains.NewConversationalRetrievalQAFromLLM": {arg: 0},
		"chains.NewStuffDocuments":                   {arg: 0},
		"chains.NewMapRerankDocuments":               {arg: 0},
		"chains.NewLLMMathChain":                     {arg: 0},
		"chains.NewSQLDatabaseChain":                 {arg: 0},
		"chains.NewAPIChain":                         {arg: 0},
		"chains.LoadStuffQA":                         {arg: 0},
		"chains.LoadRefineQA":                        {arg: 0},
		"chains.LoadMapReduceQA":                     {arg: 0},
		"chains.LoadMapRerankQA":                     {arg: 0},
		"chains.LoadCondenseQuestionGenerator":       {arg: 0},
		"chains.LoadStuffSummarization":              {arg: 0},
		"chains.LoadRefineSummarization":             {arg: 0},
		"chains.LoadMapReduceSummarization":          {arg: 0},
	}),
	modelTypes: names.NewRelativeTable(map[string]bool{"llms/openai.LLM": true}),
	// The model sends its bound as max_completion_tokens, unless told
	// to use the legacy field: a bound either way.
	fieldOptions: names.NewRelativeTable(map[string]string{
		"llms.WithMaxTokens":                  FieldMaxCompletionTokens,
		"llms/openai.WithMaxCompletionTokens": FieldMaxCompletionTokens,
		"chains.WithMaxTokens":                FieldMaxCompletionTokens,
	}),
	optionFor: map[string]names.Name{
		FieldMaxCompletionTokens: {Pkg: "llms", Member: "WithMaxTokens"},
	},
	opaqueOptions: names.NewRelativeTable(map[string]bool{"llms.WithOptions": true}),

	roleArguments: names.NewRelativeTable(map[string]int{"llms.TextParts": 0}),
	fieldTags: names.NewRelativeTable(map[string]string{
		"(llms.MessageContent).Role":  roleField,
		"(llms.MessageContent).Parts": contentField,
	}),
}

// chainBound is the option that bounds a chain's output.
var chainBound = map[string]names.Name{FieldMaxCompletionTokens: {Pkg: "chains", Member: "WithMaxTokens"}}
