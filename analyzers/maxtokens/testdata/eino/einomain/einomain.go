// Package einomain wires the service with a model its own package makes,
// naming nothing of eino's itself.
package einomain

import (
	"context"

	"example.com/maxtokens/eino/einomodels"
	"example.com/maxtokens/eino/einosvc"
)

func wire(ctx context.Context) error {
	m, err := einomodels.Chat(ctx)
	if err != nil {
		return err
	}
	einosvc.New(m) // want `no output token limit.*\(at einosvc/einosvc.go:16, through this model\)`
	bounded, err := einomodels.BoundedChat(ctx)
	if err != nil {
		return err
	}
	einosvc.New(bounded)
	return nil
}
