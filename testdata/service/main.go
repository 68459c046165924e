// Command service is a sample support service split into packages: api
// reads requests, llm talks to the model, store keeps tickets. openaivet's
// end-to-end tests check the findings listed in expected.txt.
package main

import (
	"database/sql"
	"log"
	"net/http"

	"example.com/service/api"
	"example.com/service/llm"
	"example.com/service/store"
	"github.com/openai/openai-go/v3"
)

func main() {
	db, err := sql.Open("postgres", "")
	if err != nil {
		log.Fatal(err)
	}
	h := api.New(llm.New(openai.NewClient()), store.New(db))
	log.Fatal(http.ListenAndServe("localhost:8080", h))
}
