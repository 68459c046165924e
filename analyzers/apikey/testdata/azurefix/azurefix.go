// Package azurefix gives Azure's SDK one Azure key, which the fix reads
// from the environment.
package azurefix

import (
	"github.com/Azure/azure-sdk-for-go/sdk/ai/azopenai"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
)

func newClient(endpoint string) (*azopenai.Client, error) {
	cred := azcore.NewKeyCredential("@@azurehex-10@@") // want `Azure key in source`
	return azopenai.NewClientWithKeyCredential(endpoint, cred, nil)
}
