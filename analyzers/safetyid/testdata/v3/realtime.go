package v3

import (
	"context"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
	"github.com/openai/openai-go/v3/realtime"
)

func mintWithoutHeader(ctx context.Context) {
	c := openai.NewClient()
	c.Realtime.ClientSecrets.New(ctx, realtime.ClientSecretNewParams{}) // want `^realtime client secret is minted without the OpenAI-Safety-Identifier header: pass option.WithHeader`
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
	c.Realtime.ClientSecrets.New(ctx, realtime.ClientSecretNewParams{}, option.WithHeader("OpenAI-Safety-Identifier", "web")) // want `minted with a constant OpenAI-Safety-Identifier`
}

// A client that comes in as a parameter serves the caller's other users
// too: only a header on the call names this one.
func mintFromParameterClient(ctx context.Context, c *openai.Client) {
	c.Realtime.ClientSecrets.New(ctx, realtime.ClientSecretNewParams{}) // want `^realtime client secret is minted without the OpenAI-Safety-Identifier header on the call: set it per call`
}

// Its negative twin: the header is on the call.
func mintFromParameterClientWithCallHeader(ctx context.Context, c *openai.Client, userHash string) {
	c.Realtime.ClientSecrets.New(ctx, realtime.ClientSecretNewParams{}, option.WithHeader("OpenAI-Safety-Identifier", userHash))
}

// A service given as a parameter is shared the same way.
func mintFromParameterService(ctx context.Context, svc *realtime.ClientSecretService) {
	svc.New(ctx, realtime.ClientSecretNewParams{}) // want `minted without the OpenAI-Safety-Identifier header on the call`
}

// Options the caller passes may carry the header: nothing to say.
func mintWithCallerOptions(ctx context.Context, c *openai.Client, opts ...option.RequestOption) {
	c.Realtime.ClientSecrets.New(ctx, realtime.ClientSecretNewParams{}, opts...)
}

// A constant header on the call is one value for every user.
func mintFromParameterClientWithConstantHeader(ctx context.Context, c *openai.Client) {
	c.Realtime.ClientSecrets.New(ctx, realtime.ClientSecretNewParams{}, option.WithHeader("OpenAI-Safety-Identifier", "web")) // want `minted with a constant OpenAI-Safety-Identifier`
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

// A package-level client serves every user: its header, computed once,
// is the same for all of them.
func mintFromPackageClients(ctx context.Context) {
	plainClient.Realtime.ClientSecrets.New(ctx, realtime.ClientSecretNewParams{})  // want `minted without the OpenAI-Safety-Identifier header`
	headerClient.Realtime.ClientSecrets.New(ctx, realtime.ClientSecretNewParams{}) // want `minted without the OpenAI-Safety-Identifier header on the call: set it per call`
	swappedOut.Realtime.ClientSecrets.New(ctx, realtime.ClientSecretNewParams{})   // want `minted without the OpenAI-Safety-Identifier header on the call`
	SharedClient.Realtime.ClientSecrets.New(ctx, realtime.ClientSecretNewParams{}) // want `minted without the OpenAI-Safety-Identifier header on the call`
}

// Their negative twins: the header is on each call.
func mintFromPackageClientsWithCallHeader(ctx context.Context, userHash string) {
	headerClient.Realtime.ClientSecrets.New(ctx, realtime.ClientSecretNewParams{}, option.WithHeader("OpenAI-Safety-Identifier", userHash))
	SharedClient.Realtime.ClientSecrets.New(ctx, realtime.ClientSecretNewParams{}, option.WithHeader("OpenAI-Safety-Identifier", userHash))
}

func swap(c openai.Client) { swappedOut = c }
