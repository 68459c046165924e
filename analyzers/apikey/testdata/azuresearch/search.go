// Package search makes an Azure key credential in a package that does not
// use Azure OpenAI: the key is another Azure service's.
package search

import "github.com/Azure/azure-sdk-for-go/sdk/azcore"

var credential = azcore.NewKeyCredential("@@azurehex-9@@")
