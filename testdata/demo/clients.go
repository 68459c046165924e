package main

import (
	"log"
	"net/http"

	"example.com/chatdemo/agent"
	"example.com/chatdemo/rawapi"
)

// handleOtherClients serves the endpoints that call OpenAI through
// langchaingo, and with a request written by hand.
func handleOtherClients() {
	http.HandleFunc("POST /complete", rawapi.Complete)
	a, err := agent.New()
	if err != nil {
		log.Fatal(err)
	}
	http.HandleFunc("POST /ask", a.Ask)
}
