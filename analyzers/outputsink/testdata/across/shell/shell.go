// Package shell runs commands for the rest of the program. It never talks
// to a model: what it runs is for its callers to vouch for.
package shell

import (
	"context"
	"database/sql"
	"os"
	"os/exec"
)

// Run runs a command line in a shell.
func Run(ctx context.Context, line string) error {
	return exec.CommandContext(ctx, "sh", "-c", line).Run()
}

// Count runs a query the caller writes.
func Count(ctx context.Context, db *sql.DB, query string) (n int, err error) {
	err = db.QueryRowContext(ctx, query).Scan(&n)
	return n, err
}

// Save writes a file: a path helper, of which programs have many, is no
// reason to analyze a package.
func Save(name string, data []byte) error { return os.WriteFile(name, data, 0o600) }
