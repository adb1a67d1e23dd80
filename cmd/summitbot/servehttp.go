package main

import (
	"context"
	"errors"
	"io"
)

// runServeHTTP runs the Discord HTTP interactions endpoint.
func runServeHTTP(ctx context.Context, args []string, getenv func(string) string, stdout io.Writer) error {
	return errors.New("serve-http: not built yet")
}
