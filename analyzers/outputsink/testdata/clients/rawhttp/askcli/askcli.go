// Package askcli runs what another package's client brings back.
package askcli

import (
	"os/exec"

	"example.com/outputsink/clients/rawhttp/askapi"
)

func run() error {
	out, err := askapi.Ask(askapi.Request{Model: "gpt-4o-mini", Messages: []askapi.Message{{Role: "user", Content: "Name one shell command."}}, MaxTokens: 50})
	if err != nil {
		return err
	}
	return exec.Command("sh", "-c", out.Choices[0].Message.Content).Run() // want `reaches command execution unreviewed`
}

// What a service that is no model's returns is not model output.
func runStatus() error {
	out, err := askapi.Status(askapi.Request{Model: "gpt-4o-mini", Messages: []askapi.Message{{Role: "user", Content: "next"}}, MaxTokens: 50})
	if err != nil {
		return err
	}
	return exec.Command("sh", "-c", out.Choices[0].Message.Content).Run()
}
