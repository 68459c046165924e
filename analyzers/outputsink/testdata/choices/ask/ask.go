// Package ask asks the operator what to do with a command.
package ask

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

// Choice is what the operator chose.
type Choice int

const (
	Cancel Choice = iota
	Run
	Edit
)

// Command asks on the terminal, and returns Run only on a yes.
func Command(command string) Choice {
	fmt.Printf("Run %q? [y/e/N] ", command)
	answer, _ := bufio.NewReader(os.Stdin).ReadString('\n')
	switch strings.TrimSpace(answer) {
	case "y", "yes":
		return Run
	case "e":
		return Edit
	}
	return Cancel
}

// Default returns Run unless the operator typed n: an empty answer runs
// the command too.
func Default(command string) Choice {
	fmt.Printf("Run %q? [Y/n] ", command)
	answer, _ := bufio.NewReader(os.Stdin).ReadString('\n')
	choice := Run
	if strings.TrimSpace(answer) == "n" {
		choice = Cancel
	}
	return choice
}

// Mode is how a command runs.
type Mode string

const (
	Dry  Mode = "dry"
	Live Mode = "live"
)

// ModeOf asks whether to run a command for real, and returns Live only
// on a yes.
func ModeOf(command string) Mode {
	fmt.Printf("Run %q for real? [y/N] ", command)
	var answer string
	fmt.Scanln(&answer)
	mode := Dry
	if answer == "y" {
		mode = Live
	}
	return mode
}
