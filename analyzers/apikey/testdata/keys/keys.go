// Package keys holds apikey cases. The test writes a generated key where
// testdata says @@FORMAT-SEED@@, so that no key is kept in the repository.
package keys

import (
	"log"
	"net/http"
	"os"
	"strings"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
	goopenai "github.com/sashabaranov/go-openai"
)

const projectKey = "@@proj-1@@" // want `^OpenAI project key in source \(sk-proj-…, sha256 [0-9a-f]{8}\): revoke it; use the environment$`

var serviceKey = "@@svcacct-2@@" // want `^OpenAI service-account key in source \(sk-svcacct-…, sha256 [0-9a-f]{8}\)`

var adminKey = `@@admin-3@@` // want `^OpenAI admin key in source \(sk-admin-…, sha256`

type config struct{ Key string }

var cfg = config{Key: "@@user-4@@"} // want `^OpenAI user key in source \(sk-…, sha256`

var split = "@@proj-5:a@@" + // want `^OpenAI project key in source`
	"@@proj-5:b@@"

var twoKeys = "primary=@@proj-20@@ backup=@@proj-21@@" // want `\(and 1 more keys in this string\)$`

// Different keys that the fixes would all read from OPENAI_API_KEY: none
// is fixed. The admin key and the Azure key, alone in their variables,
// are.
func clients() {
	openai.NewClient(option.WithAPIKey("@@proj-6@@"))                           // want `use OPENAI_API_KEY$`
	openai.NewClient(option.WithMaxRetries(2), option.WithAPIKey("@@proj-7@@")) // want `OpenAI project key`
	opts := []option.RequestOption{option.WithAPIKey("@@shaped-8@@")}           // want `^OpenAI user key in source \(sk-…, sha256`
	openai.NewClient(opts...)
	openai.NewClient(option.WithAdminAPIKey("@@admin-9@@"))                          // want `use OPENAI_ADMIN_KEY`
	goopenai.NewClient("@@shaped-10@@")                                              // want `OpenAI user key`
	goopenai.DefaultConfig("@@user-11@@")                                            // want `OpenAI user key`
	goopenai.DefaultAzureConfig("@@shaped-12@@", "https://example.openai.azure.com") // want `use AZURE_OPENAI_API_KEY`
	// Reported where the constant is declared, not again here.
	openai.NewClient(option.WithAPIKey(projectKey))
}

func headers(req *http.Request) {
	req.Header.Set("Authorization", "Bearer @@shaped-13@@")    // want `OpenAI user key`
	req.Header.Add("authorization", "Bearer "+"@@shaped-14@@") // want `OpenAI user key`
	os.Setenv("OPENAI_API_KEY", "@@shaped-15@@")               // want `OpenAI user key`
	req.Header.Set("X-Request-Id", "@@shaped-16@@")            // key-shaped, but not where a key is taken
	req.Header.Set("Authorization", "Bearer "+os.Getenv("TOKEN"))
}

func notKeys(req *http.Request, input string) {
	openai.NewClient(option.WithAPIKey("sk-..."))
	openai.NewClient(option.WithAPIKey("sk-xxxx"))
	openai.NewClient(option.WithAPIKey("sk-your-key-here"))
	openai.NewClient(option.WithAPIKey("YOUR_API_KEY"))
	openai.NewClient(option.WithAPIKey("sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"))
	goopenai.NewClient("${OPENAI_API_KEY}")
	openai.NewClient(option.WithAPIKey(os.Getenv("OPENAI_API_KEY")))
	if !strings.HasPrefix(input, "sk-") {
		log.Print("an OpenAI key starts with sk-")
	}
	log.Printf("task-@@shaped-17@@ finished")
	var sessionToken = "@@shaped-18@@" // key-shaped, but nothing takes it as a key
	_ = sessionToken
}
