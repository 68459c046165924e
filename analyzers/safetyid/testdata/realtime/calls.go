package realtime

import (
	"context"
	"net/http"
	"os"
	"strings"
)

// A backend that posts a WebRTC call's SDP offer itself opens the
// session: the request's headers carry the identifier.
func call(ctx context.Context, offer string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.openai.com/v1/realtime/calls?model=gpt-realtime", strings.NewReader(offer)) // want `^realtime call is opened without the OpenAI-Safety-Identifier header: set it in the request's headers$`
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+os.Getenv("OPENAI_API_KEY"))
	req.Header.Set("Content-Type", "application/sdp")
	return http.DefaultClient.Do(req)
}

func callIdentified(ctx context.Context, offer, userHash string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.openai.com/v1/realtime/calls", strings.NewReader(offer))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+os.Getenv("OPENAI_API_KEY"))
	req.Header.Set("OpenAI-Safety-Identifier", userHash)
	return http.DefaultClient.Do(req)
}

func callOneForAll(offer string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodPost, "https://api.openai.com/v1/realtime/calls", strings.NewReader(offer)) // want `realtime call is opened with a constant OpenAI-Safety-Identifier`
	if err != nil {
		return nil, err
	}
	req.Header.Add("OpenAI-Safety-Identifier", "backend")
	return http.DefaultClient.Do(req)
}

// A request another function finishes may get the header there.
func callFinished(offer string, finish func(*http.Request)) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodPost, "https://api.openai.com/v1/realtime/calls", strings.NewReader(offer))
	if err != nil {
		return nil, err
	}
	finish(req)
	return http.DefaultClient.Do(req)
}

// http.Post sets no header of the program's.
func mint(session string) (*http.Response, error) {
	return http.Post("https://api.openai.com/v1/realtime/client_secrets", "application/json", strings.NewReader(session)) // want `^realtime client secret is minted without the OpenAI-Safety-Identifier header: set it in the request's headers`
}

func mintIdentified(ctx context.Context, session, userHash string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.openai.com/v1/realtime/client_secrets", strings.NewReader(session))
	if err != nil {
		return nil, err
	}
	req.Header.Set("OpenAI-Safety-Identifier", userHash)
	return http.DefaultClient.Do(req)
}

// The beta API's paths: an offer posted to /realtime, a secret minted by
// /realtime/sessions.
func betaCall(offer, key string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodPost, "https://api.openai.com/v1/realtime?model=gpt-4o-realtime-preview", strings.NewReader(offer)) // want `^realtime call is opened without the OpenAI-Safety-Identifier header`
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+key)
	return http.DefaultClient.Do(req)
}

func betaMint(ctx context.Context, session, userHash string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.openai.com/v1/realtime/sessions", strings.NewReader(session))
	if err != nil {
		return nil, err
	}
	req.Header.Set("OpenAI-Safety-Identifier", userHash)
	return http.DefaultClient.Do(req)
}

func betaMintAnonymous(session string) (*http.Response, error) {
	return http.Post("https://api.openai.com/v1/realtime/sessions", "application/json", strings.NewReader(session)) // want `^realtime client secret is minted without the OpenAI-Safety-Identifier header`
}
