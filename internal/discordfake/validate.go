package discordfake

import (
	"bytes"
	"context"
	_ "embed"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"sync"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/gorillamux"
)

// openAPI is Discord's own OpenAPI description of its v10 HTTP API
// (testdata/LICENSE: MIT, Discord).
//
//go:embed testdata/openapi.json
var openAPI []byte

// Validator checks requests against Discord's OpenAPI description. It is
// immutable once built and safe for concurrent use.
type Validator struct {
	router routers.Router
}

// NewValidator loads the embedded OpenAPI description. Loading takes a
// moment; share one Validator (Default does) rather than building many.
func NewValidator() (*Validator, error) {
	loader := openapi3.NewLoader()
	doc, err := loader.LoadFromData(openAPI)
	if err != nil {
		return nil, fmt.Errorf("discordfake: load openapi: %w", err)
	}
	doc.Servers = openapi3.Servers{{URL: "https://discord.com/api/v10"}}
	router, err := gorillamux.NewRouter(doc)
	if err != nil {
		return nil, fmt.Errorf("discordfake: openapi router: %w", err)
	}
	return &Validator{router: router}, nil
}

// Default returns the shared Validator, built on first use.
var Default = sync.OnceValues(NewValidator)

// apiVersion matches the version prefix of a Discord API path; discordgo
// v0.29.0 calls v9, the description documents v10.
var apiVersion = regexp.MustCompile(`^(.*?)/api/v\d+/`)

// ValidateRequest checks one request as Discord would receive it: route,
// path and query parameters and JSON body. The request may be addressed to
// any host and any API version; its body is read and put back, so the
// request can still be served after validation.
func (v *Validator) ValidateRequest(ctx context.Context, r *http.Request) error {
	var body []byte
	if r.Body != nil {
		var err error
		if body, err = io.ReadAll(r.Body); err != nil {
			return fmt.Errorf("discordfake: read body: %w", err)
		}
		r.Body.Close()
		r.Body = io.NopCloser(bytes.NewReader(body))
	}
	m := apiVersion.FindStringSubmatchIndex(r.URL.Path)
	if m == nil {
		return fmt.Errorf("discordfake: %s %s: not a Discord API path", r.Method, r.URL.Path)
	}
	u := url.URL{Scheme: "https", Host: "discord.com", Path: "/api/v10/" + r.URL.Path[m[1]:], RawQuery: r.URL.RawQuery}
	if r.URL.RawPath != "" {
		u.RawPath = "/api/v10/" + r.URL.RawPath[len(r.URL.Path[:m[1]]):]
	}
	req, err := http.NewRequestWithContext(ctx, r.Method, u.String(), bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("discordfake: %w", err)
	}
	req.Header = r.Header.Clone()
	if len(body) > 0 && req.Header.Get("Content-Type") == "" {
		req.Header.Set("Content-Type", "application/json")
	}
	return v.validate(ctx, req)
}

func (v *Validator) validate(ctx context.Context, req *http.Request) error {
	route, params, err := v.router.FindRoute(req)
	if err != nil {
		return fmt.Errorf("discordfake: %s %s: no such route in Discord's API: %w", req.Method, req.URL.Path, err)
	}
	in := &openapi3filter.RequestValidationInput{
		Request:    req,
		PathParams: params,
		Route:      route,
		Options: &openapi3filter.Options{
			AuthenticationFunc: openapi3filter.NoopAuthenticationFunc,
			MultiError:         true,
		},
	}
	if err := openapi3filter.ValidateRequest(ctx, in); err != nil {
		return fmt.Errorf("discordfake: %s %s: %w", req.Method, req.URL.Path, err)
	}
	return nil
}

// ValidateCallback checks an interaction response body (what a bot sends to
// POST /interactions/{id}/{token}/callback, or returns from an HTTP
// interactions endpoint) against Discord's schema.
func (v *Validator) ValidateCallback(ctx context.Context, body []byte) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost,
		"https://discord.com/api/v10/interactions/1/token/callback", bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("discordfake: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	return v.validate(ctx, req)
}

// ValidateCallback checks an interaction response body against Discord's
// schema with the Default validator.
func ValidateCallback(body []byte) error {
	v, err := Default()
	if err != nil {
		return err
	}
	return v.ValidateCallback(context.Background(), body)
}

// ValidateRequest checks a captured request against Discord's API
// description with the Default validator (see Validator.ValidateRequest).
func ValidateRequest(r *http.Request) error {
	v, err := Default()
	if err != nil {
		return err
	}
	return v.ValidateRequest(r.Context(), r)
}
