// Package azure gives Azure OpenAI keys where Azure's SDK, go-openai and
// openai-go take them: an Azure key has no prefix, so only the place that
// takes it tells it from a checksum. The keys differ and would all be
// read from AZURE_OPENAI_API_KEY, so none is fixed.
package azure

import (
	"os"

	"github.com/Azure/azure-sdk-for-go/sdk/ai/azopenai"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/azure"
	"github.com/openai/openai-go/v3/option"
	goopenai "github.com/sashabaranov/go-openai"
)

const endpoint = "https://example.openai.azure.com"

func hexKey() (*azopenai.Client, error) {
	return azopenai.NewClientWithKeyCredential(endpoint, azcore.NewKeyCredential("@@azurehex-1@@"), nil) // want `Azure key in source \(…, sha256 [0-9a-f]{8}\): revoke it; use AZURE_OPENAI_API_KEY`
}

func todaysKey() (*azopenai.Client, error) {
	cred := azcore.NewKeyCredential("@@azure-2@@") // want `Azure key in source`
	return azopenai.NewClientWithKeyCredential(endpoint, cred, nil)
}

// An OpenAI key given to Azure's SDK for OpenAI's endpoint.
func openAIKey() (*azopenai.Client, error) {
	return azopenai.NewClientForOpenAI("https://api.openai.com/v1", azcore.NewKeyCredential("@@proj-3@@"), nil) // want `OpenAI project key in source`
}

func fromEnvironment() (*azopenai.Client, error) {
	return azopenai.NewClientWithKeyCredential(endpoint, azcore.NewKeyCredential(os.Getenv("AZURE_OPENAI_API_KEY")), nil)
}

func placeholder() (*azopenai.Client, error) {
	return azopenai.NewClientWithKeyCredential(endpoint, azcore.NewKeyCredential("00000000000000000000000000000000"), nil)
}

func goOpenAIHexKey() *goopenai.Client {
	return goopenai.NewClientWithConfig(goopenai.DefaultAzureConfig("@@azurehex-4@@", endpoint)) // want `Azure key in source`
}

func openAIGoHexKey() openai.Client {
	return openai.NewClient(azure.WithEndpoint(endpoint, "2024-10-21"), azure.WithAPIKey("@@azurehex-5@@")) // want `Azure key in source`
}

// A hex value anywhere else is a checksum or an ID, not a key.
const checksum = "@@azurehex-6@@"

func deployment() string { return "@@azurehex-7@@" }

// OpenAI's key option takes no hex value for a key.
func notOpenAIKey() openai.Client {
	return openai.NewClient(option.WithAPIKey("@@azurehex-8@@"))
}
