package rawhttp

import (
	"bytes"
	"encoding/json"
	"net/http"
	"os"
)

func embed(w http.ResponseWriter, r *http.Request) {
	body, _ := json.Marshal(map[string]any{"model": "text-embedding-3-small", "input": r.FormValue("q")})
	http.Post(os.Getenv("OPENAI_BASE_URL")+"/embeddings", "application/json", bytes.NewReader(body)) // want `^user input from r.FormValue\("q"\) reaches the prompt with no length limit`
}

// Ollama's own embeddings API shares the path's end but takes its text
// as prompt, not input: it is not OpenAI's.
func embedOllama(w http.ResponseWriter, r *http.Request) {
	body, _ := json.Marshal(map[string]any{"model": "nomic-embed-text", "prompt": r.FormValue("q")})
	http.Post(os.Getenv("OLLAMA_URL")+"/api/embeddings", "application/json", bytes.NewReader(body))
}
