package v3

import (
	"context"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
	"github.com/openai/openai-go/v3/realtime"
)

func mintWithoutHeader(ctx context.Context) {
	c := openai.NewClient()
	c.Realtime.ClientSecrets.New(ctx, realtime.ClientSecretNewParams{}) // want `^realtime client secret is minted without the OpenAI-Safety-Identifier header: pass option.WithHeader\("OpenAI-Safety-Identifier", hashedUserID\)`
}

func mintWithCallHeader(ctx context.Context, userHash string) {
	c := openai.NewClient()
	c.Realtime.ClientSecrets.New(ctx, realtime.ClientSecretNewParams{}, option.WithHeader("OpenAI-Safety-Identifier", userHash))
}

func mintWithClientHeader(ctx context.Context, userHash string) {
	c := openai.NewClient(option.WithHeader("OpenAI-Safety-Identifier", userHash))
	c.Realtime.ClientSecrets.New(ctx, realtime.ClientSecretNewParams{})
}

func mintWithServiceHeader(ctx context.Context, userHash string) {
	svc := realtime.NewClientSecretService(option.WithHeader("openai-safety-identifier", userHash))
	svc.New(ctx, realtime.ClientSecretNewParams{})
}

func mintWithConstantHeader(ctx context.Context) {
	c := openai.NewClient()
	c.Realtime.ClientSecrets.New(ctx, realtime.ClientSecretNewParams{}, option.WithHeader("OpenAI-Safety-Identifier", "web")) // want `minted with a constant OpenAI-Safety-Identifier header`
}

func mintFromUnknownClient(ctx context.Context, c *openai.Client) {
	c.Realtime.ClientSecrets.New(ctx, realtime.ClientSecretNewParams{})
}

func mintWithOtherHeader(ctx context.Context) {
	c := openai.NewClient(option.WithHeader("X-Tenant", "a"))
	c.Realtime.ClientSecrets.New(ctx, realtime.ClientSecretNewParams{}) // want `minted without the OpenAI-Safety-Identifier header`
}

var (
	plainClient  = openai.NewClient()
	headerClient = openai.NewClient(option.WithHeader("OpenAI-Safety-Identifier", sessionHash()))
	swappedOut   = openai.NewClient()
	// SharedClient is exported: another package may replace it.
	SharedClient = openai.NewClient()
)

func sessionHash() string { return "computed per process" }

func mintFromPackageClients(ctx context.Context) {
	plainClient.Realtime.ClientSecrets.New(ctx, realtime.ClientSecretNewParams{}) // want `minted without the OpenAI-Safety-Identifier header`
	headerClient.Realtime.ClientSecrets.New(ctx, realtime.ClientSecretNewParams{})
	swappedOut.Realtime.ClientSecrets.New(ctx, realtime.ClientSecretNewParams{})
	SharedClient.Realtime.ClientSecrets.New(ctx, realtime.ClientSecretNewParams{})
}

func swap(c openai.Client) { swappedOut = c }
