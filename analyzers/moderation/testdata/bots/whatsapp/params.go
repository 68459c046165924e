package whatsapp

import "github.com/openai/openai-go/v3"

func chat(q string) openai.ChatCompletionNewParams {
	return openai.ChatCompletionNewParams{Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(q)}}
}

func moderate(q string) openai.ModerationNewParams {
	return openai.ModerationNewParams{Input: openai.ModerationNewParamsInputUnion{OfString: openai.String(q)}}
}
