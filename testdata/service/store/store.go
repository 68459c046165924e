// Package store keeps support tickets.
package store

import (
	"context"
	"database/sql"
)

type Store struct{ db *sql.DB }

func New(db *sql.DB) *Store { return &Store{db: db} }

// Run runs a query of the caller's choosing.
func (s *Store) Run(ctx context.Context, query string) error {
	_, err := s.db.ExecContext(ctx, query)
	return err
}

// Save stores a ticket's summary as a parameter.
func (s *Store) Save(ctx context.Context, summary string) error {
	_, err := s.db.ExecContext(ctx, "INSERT INTO tickets (summary) VALUES ($1)", summary)
	return err
}
