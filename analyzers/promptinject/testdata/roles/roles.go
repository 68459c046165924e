// Package roles holds promptinject cases for the ways real code gives a
// message its role: union literals, role arguments and fields, roles the
// client chooses, and whole requests decoded from the client.
package roles

import (
	"encoding/json"
	"net/http"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/responses"
	goopenai "github.com/sashabaranov/go-openai"
)

type server struct {
	client openai.Client
	g      *goopenai.Client
}

func (s *server) systemUnion(w http.ResponseWriter, r *http.Request) {
	s.client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{ // want `user input from r.FormValue\("persona"\) reaches the system prompt`
		Model: openai.ChatModelGPT4o,
		Messages: []openai.ChatCompletionMessageParamUnion{
			{OfSystem: &openai.ChatCompletionSystemMessageParam{
				Content: openai.ChatCompletionSystemMessageParamContentUnion{OfString: openai.String("You are " + r.FormValue("persona"))},
			}},
		},
	})
}

// Its negative twin: the same input in a user message built the same way.
func (s *server) userUnion(w http.ResponseWriter, r *http.Request) {
	s.client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{
		Model: openai.ChatModelGPT4o,
		Messages: []openai.ChatCompletionMessageParamUnion{
			{OfSystem: &openai.ChatCompletionSystemMessageParam{
				Content: openai.ChatCompletionSystemMessageParamContentUnion{OfString: openai.String("You are a support agent.")},
			}},
			{OfUser: &openai.ChatCompletionUserMessageParam{
				Content: openai.ChatCompletionUserMessageParamContentUnion{OfString: openai.String(r.FormValue("persona"))},
			}},
		},
	})
}

func (s *server) developerUnion(w http.ResponseWriter, r *http.Request) {
	dev := openai.ChatCompletionDeveloperMessageParam{
		Content: openai.ChatCompletionDeveloperMessageParamContentUnion{OfString: openai.String("Answer in " + r.FormValue("lang"))},
	}
	msgs := []openai.ChatCompletionMessageParamUnion{{OfDeveloper: &dev}}
	s.client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, Messages: msgs}) // want `user input from r.FormValue\("lang"\) reaches the system prompt`
}

// Its negative twin: an assistant message, which the model does not obey.
func (s *server) assistantUnion(w http.ResponseWriter, r *http.Request) {
	prev := openai.ChatCompletionAssistantMessageParam{
		Content: openai.ChatCompletionAssistantMessageParamContentUnion{OfString: openai.String(r.FormValue("previous"))},
	}
	msgs := []openai.ChatCompletionMessageParamUnion{{OfAssistant: &prev}}
	s.client.Chat.Completions.New(r.Context(), openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, Messages: msgs})
}

func (s *server) goOpenAIHistory(w http.ResponseWriter, r *http.Request) {
	var notes []string
	json.NewDecoder(r.Body).Decode(&notes)
	var msgs []goopenai.ChatCompletionMessage
	for _, n := range notes {
		msgs = append(msgs, goopenai.ChatCompletionMessage{Role: goopenai.ChatMessageRoleSystem, Content: n})
	}
	s.g.CreateChatCompletion(r.Context(), goopenai.ChatCompletionRequest{Model: goopenai.GPT4o, Messages: msgs}) // want `user input from r.Body reaches the system prompt`
}

// Its negative twin: the same loop, with user messages.
func (s *server) goOpenAIUserHistory(w http.ResponseWriter, r *http.Request) {
	var notes []string
	json.NewDecoder(r.Body).Decode(&notes)
	msgs := []goopenai.ChatCompletionMessage{{Role: goopenai.ChatMessageRoleSystem, Content: "Summarize the notes."}}
	for _, n := range notes {
		msgs = append(msgs, goopenai.ChatCompletionMessage{Role: goopenai.ChatMessageRoleUser, Content: n})
	}
	s.g.CreateChatCompletion(r.Context(), goopenai.ChatCompletionRequest{Model: goopenai.GPT4o, Messages: msgs})
}

func (s *server) responsesRoleArgument(w http.ResponseWriter, r *http.Request) {
	input := responses.ResponseInputParam{
		responses.ResponseInputItemParamOfMessage("Reply as "+r.FormValue("persona"), responses.EasyInputMessageRoleSystem),
	}
	s.client.Responses.New(r.Context(), responses.ResponseNewParams{ // want `user input from r.FormValue\("persona"\) reaches the system prompt`
		Model: openai.ChatModelGPT4o,
		Input: responses.ResponseNewParamsInputUnion{OfInputItemList: input},
	})
}

// Its negative twin: a user item.
func (s *server) responsesUserArgument(w http.ResponseWriter, r *http.Request) {
	input := responses.ResponseInputParam{
		responses.ResponseInputItemParamOfMessage("Reply as a pirate.", responses.EasyInputMessageRoleDeveloper),
		responses.ResponseInputItemParamOfMessage(r.FormValue("q"), responses.EasyInputMessageRoleUser),
	}
	s.client.Responses.New(r.Context(), responses.ResponseNewParams{
		Model: openai.ChatModelGPT4o,
		Input: responses.ResponseNewParamsInputUnion{OfInputItemList: input},
	})
}

func (s *server) responsesRoleField(w http.ResponseWriter, r *http.Request) {
	item := responses.ResponseInputItemUnionParam{OfMessage: &responses.EasyInputMessageParam{
		Role:    "developer",
		Content: responses.EasyInputMessageContentUnionParam{OfString: openai.String(r.FormValue("style"))},
	}}
	s.client.Responses.New(r.Context(), responses.ResponseNewParams{ // want `user input from r.FormValue\("style"\) reaches the system prompt`
		Model: openai.ChatModelGPT4o,
		Input: responses.ResponseNewParamsInputUnion{OfInputItemList: responses.ResponseInputParam{item}},
	})
}

// Its negative twin: the role field says user.
func (s *server) responsesUserRoleField(w http.ResponseWriter, r *http.Request) {
	item := responses.ResponseInputItemUnionParam{OfMessage: &responses.EasyInputMessageParam{
		Role:    responses.EasyInputMessageRoleUser,
		Content: responses.EasyInputMessageContentUnionParam{OfString: openai.String(r.FormValue("style"))},
	}}
	s.client.Responses.New(r.Context(), responses.ResponseNewParams{
		Model: openai.ChatModelGPT4o,
		Input: responses.ResponseNewParamsInputUnion{OfInputItemList: responses.ResponseInputParam{item}},
	})
}

type turn struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

// The client sends the whole history, roles included: it can write a
// system message of its own.
func (s *server) clientChosenRoles(w http.ResponseWriter, r *http.Request) {
	var history []turn
	json.NewDecoder(r.Body).Decode(&history)
	var msgs []goopenai.ChatCompletionMessage
	for _, t := range history {
		msgs = append(msgs, goopenai.ChatCompletionMessage{Role: t.Role, Content: t.Content})
	}
	s.g.CreateChatCompletion(r.Context(), goopenai.ChatCompletionRequest{Model: goopenai.GPT4o, Messages: msgs}) // want `user input from r.Body reaches the system prompt`
}

// Its negative twin: the roles are checked against the ones a client may
// send.
func (s *server) clientRolesChecked(w http.ResponseWriter, r *http.Request) {
	var history []turn
	json.NewDecoder(r.Body).Decode(&history)
	msgs := []goopenai.ChatCompletionMessage{{Role: goopenai.ChatMessageRoleSystem, Content: "Be brief."}}
	for _, t := range history {
		role := t.Role
		switch role {
		case goopenai.ChatMessageRoleUser, goopenai.ChatMessageRoleAssistant:
		default:
			continue
		}
		msgs = append(msgs, goopenai.ChatCompletionMessage{Role: role, Content: t.Content})
	}
	s.g.CreateChatCompletion(r.Context(), goopenai.ChatCompletionRequest{Model: goopenai.GPT4o, Messages: msgs})
}

func (s *server) responsesClientRoles(w http.ResponseWriter, r *http.Request) {
	var history []turn
	json.NewDecoder(r.Body).Decode(&history)
	var input responses.ResponseInputParam
	for _, t := range history {
		input = append(input, responses.ResponseInputItemParamOfMessage(t.Content, responses.EasyInputMessageRole(t.Role)))
	}
	s.client.Responses.New(r.Context(), responses.ResponseNewParams{ // want `user input from r.Body reaches the system prompt`
		Model: openai.ChatModelGPT4o,
		Input: responses.ResponseNewParamsInputUnion{OfInputItemList: input},
	})
}

type question struct {
	Text string `json:"text"`
}

// Its negative twin: the client sends its words only, and the server
// writes the request around them.
func (s *server) notAProxy(w http.ResponseWriter, r *http.Request) {
	var q question
	if err := json.NewDecoder(r.Body).Decode(&q); err != nil {
		return
	}
	s.g.CreateChatCompletion(r.Context(), goopenai.ChatCompletionRequest{
		Model: goopenai.GPT4o,
		Messages: []goopenai.ChatCompletionMessage{
			{Role: goopenai.ChatMessageRoleSystem, Content: "Be brief."},
			{Role: goopenai.ChatMessageRoleUser, Content: q.Text},
		},
	})
}

// roleOf maps the role names a client sends onto go-openai's, the
// system's among them: the client chooses a system message.
func roleOf(name string) string {
	switch name {
	case "system":
		return goopenai.ChatMessageRoleSystem
	case "assistant":
		return goopenai.ChatMessageRoleAssistant
	}
	return goopenai.ChatMessageRoleUser
}

func (s *server) mappedRole(w http.ResponseWriter, r *http.Request) {
	msgs := []goopenai.ChatCompletionMessage{{Role: roleOf(r.FormValue("as")), Content: r.FormValue("q")}}
	s.g.CreateChatCompletion(r.Context(), goopenai.ChatCompletionRequest{Model: goopenai.GPT4o, Messages: msgs}) // want `user input from r.FormValue\("as"\) reaches the system prompt`
}

// Its negative twins: a helper that maps onto the user's and the
// assistant's roles alone, and the first helper given a fixed name.
func speakerRole(name string) string {
	if name == "assistant" {
		return goopenai.ChatMessageRoleAssistant
	}
	return goopenai.ChatMessageRoleUser
}

func (s *server) mappedSpeaker(w http.ResponseWriter, r *http.Request) {
	msgs := []goopenai.ChatCompletionMessage{
		{Role: goopenai.ChatMessageRoleSystem, Content: "Be brief."},
		{Role: speakerRole(r.FormValue("as")), Content: r.FormValue("q")},
	}
	s.g.CreateChatCompletion(r.Context(), goopenai.ChatCompletionRequest{Model: goopenai.GPT4o, Messages: msgs})
}

func (s *server) mappedFixed(w http.ResponseWriter, r *http.Request) {
	msgs := []goopenai.ChatCompletionMessage{{Role: roleOf("user"), Content: r.FormValue("q")}}
	s.g.CreateChatCompletion(r.Context(), goopenai.ChatCompletionRequest{Model: goopenai.GPT4o, Messages: msgs})
}
