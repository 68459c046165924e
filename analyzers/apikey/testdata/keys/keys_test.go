package keys

import "testing"

func TestClient(t *testing.T) {
	key := "@@proj-19@@" // want `OpenAI project key`
	_ = key
}
