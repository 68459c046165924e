// Command service is a sample support service split into packages: api
// reads requests, llm talks to the model, store keeps tickets, support is a
// chat desk that knows the model only as an interface, wired here; routes
// mounts FAQ pages that know it as another; the invoice pages ask a
// billing service that asks the model.
// openaivet's end-to-end tests check the findings listed in expected.txt.
package main

import (
	"database/sql"
	"log"
	"net/http"

	"example.com/service/api"
	"example.com/service/billing"
	"example.com/service/invoices"
	"example.com/service/llm"
	"example.com/service/routes"
	"example.com/service/store"
	"example.com/service/support"
	"github.com/openai/openai-go/v3"
)

func main() {
	db, err := sql.Open("postgres", "")
	if err != nil {
		log.Fatal(err)
	}
	assistant := llm.New(openai.NewClient())
	mux := http.NewServeMux()
	mux.Handle("/", api.New(assistant, store.New(db)))
	desk := support.New(assistant)
	mux.Handle("/chat", desk)
	mux.Handle("/chat/safe", desk)
	mux.Handle("/faq", routes.FAQ(assistant))
	mux.Handle("/invoices", invoices.New(billing.New(assistant)))
	log.Fatal(http.ListenAndServe("localhost:8080", mux))
}
