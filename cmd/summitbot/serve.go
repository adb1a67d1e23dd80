package main

import (
	"context"
	"errors"
	"io"
)

// runServe runs the Discord bot over the gateway.
func runServe(ctx context.Context, args []string, getenv func(string) string, stdout io.Writer) error {
	return errors.New("serve: not built yet")
}
