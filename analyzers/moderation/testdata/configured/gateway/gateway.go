// Package gateway sends prompts to a model through a company proxy,
// without the OpenAI client: only the configuration says it prompts.
package gateway

import (
	"context"
	"net/http"
	"net/url"
)

type Client struct{ base string }

// Complete sends prompt to the model behind the proxy.
func (c *Client) Complete(ctx context.Context, prompt string) (*http.Response, error) {
	return http.PostForm(c.base+"/complete", url.Values{"prompt": {prompt}})
}

// Describe names the model; it sends nothing.
func (c *Client) Describe(ctx context.Context, name string) string { return name }
