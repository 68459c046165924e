package agent

import "github.com/openai/openai-go/v3/responses"

func responsesParams() responses.ResponseNewParams {
	return responses.ResponseNewParams{Model: "gpt-4o"}
}
