// Package databases holds outputsink cases of SQL libraries other than
// database/sql: model output as query text, beside the same output passed
// as a query parameter.
package databases

import (
	"context"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
	"github.com/openai/openai-go/v3"
	"gorm.io/gorm"
)

type store struct {
	client openai.Client
	pool   *pgxpool.Pool
	conn   *pgx.Conn
	db     *sqlx.DB
	orm    *gorm.DB
}

// filter asks the model for a WHERE clause.
func (s *store) filter(ctx context.Context, question string) string {
	resp, err := s.client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(question)},
	})
	if err != nil {
		return ""
	}
	return resp.Choices[0].Message.Content
}

func (s *store) pgxPool(ctx context.Context) {
	where := s.filter(ctx, "orders of last week")
	s.pool.Query(ctx, "SELECT id FROM orders WHERE "+where) // want `reaches SQL query text unreviewed`
}

func (s *store) pgxPoolParameter(ctx context.Context) {
	where := s.filter(ctx, "orders of last week")
	s.pool.Query(ctx, "SELECT id FROM orders WHERE note = $1", where)
}

func (s *store) pgxConn(ctx context.Context) {
	where := s.filter(ctx, "orders of last week")
	s.conn.Exec(ctx, "DELETE FROM orders WHERE "+where) // want `reaches SQL query text unreviewed`
}

func (s *store) pgxConnParameter(ctx context.Context) {
	where := s.filter(ctx, "orders of last week")
	s.conn.Exec(ctx, "DELETE FROM orders WHERE note = $1", where)
}

func (s *store) pgxTx(ctx context.Context) error {
	where := s.filter(ctx, "orders of last week")
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(ctx)
	tx.QueryRow(ctx, "SELECT count(*) FROM orders WHERE "+where) // want `reaches SQL query text unreviewed`
	return tx.Commit(ctx)
}

func (s *store) pgxTxParameter(ctx context.Context) error {
	where := s.filter(ctx, "orders of last week")
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(ctx)
	tx.QueryRow(ctx, "SELECT count(*) FROM orders WHERE note = $1", where)
	return tx.Commit(ctx)
}

func (s *store) sqlxSelect(ctx context.Context) {
	where := s.filter(ctx, "orders of last week")
	var ids []int
	s.db.SelectContext(ctx, &ids, "SELECT id FROM orders WHERE "+where) // want `reaches SQL query text unreviewed`
}

func (s *store) sqlxSelectParameter(ctx context.Context) {
	where := s.filter(ctx, "orders of last week")
	var ids []int
	s.db.SelectContext(ctx, &ids, "SELECT id FROM orders WHERE note = ?", where)
}

func (s *store) sqlxQueryx(ctx context.Context) {
	where := s.filter(ctx, "orders of last week")
	s.db.Queryx("SELECT id FROM orders WHERE " + where) // want `reaches SQL query text unreviewed`
}

func (s *store) sqlxQueryxParameter(ctx context.Context) {
	where := s.filter(ctx, "orders of last week")
	s.db.Queryx("SELECT id FROM orders WHERE note = ?", where)
}

// sqlxEmbedded calls a method of the *sql.DB that a *sqlx.DB embeds.
func (s *store) sqlxEmbedded(ctx context.Context) {
	where := s.filter(ctx, "orders of last week")
	s.db.QueryContext(ctx, "SELECT id FROM orders WHERE "+where) // want `reaches SQL query text unreviewed`
}

func (s *store) sqlxEmbeddedParameter(ctx context.Context) {
	where := s.filter(ctx, "orders of last week")
	s.db.QueryContext(ctx, "SELECT id FROM orders WHERE note = ?", where)
}

func (s *store) gormRaw(ctx context.Context) {
	where := s.filter(ctx, "orders of last week")
	var ids []int
	s.orm.Raw("SELECT id FROM orders WHERE " + where).Scan(&ids) // want `reaches SQL query text unreviewed`
}

func (s *store) gormRawParameter(ctx context.Context) {
	where := s.filter(ctx, "orders of last week")
	var ids []int
	s.orm.Raw("SELECT id FROM orders WHERE note = ?", where).Scan(&ids)
}

func (s *store) gormExec(ctx context.Context) {
	where := s.filter(ctx, "orders of last week")
	s.orm.Exec("DELETE FROM orders WHERE " + where) // want `reaches SQL query text unreviewed`
}

func (s *store) gormExecParameter(ctx context.Context) {
	where := s.filter(ctx, "orders of last week")
	s.orm.Exec("DELETE FROM orders WHERE note = ?", where)
}
