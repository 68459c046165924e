// Package billing explains invoices through the model it is given: a
// layer between the invoice pages and the model, both wired in main.
package billing

import "context"

// Model is what the explainer needs of the assistant.
type Model interface {
	Reply(ctx context.Context, userHash, message string) (string, error)
}

type Explainer struct{ model Model }

func New(m Model) *Explainer { return &Explainer{model: m} }

// Explain passes the customer's question on to the model.
func (e *Explainer) Explain(ctx context.Context, userHash, question string) (string, error) {
	return e.model.Reply(ctx, userHash, "A question about an invoice: "+question)
}
