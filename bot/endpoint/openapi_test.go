package endpoint

import (
	"bytes"
	"context"
	"net/http"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/gorillamux"
)

// specPaths are where Discord's OpenAPI description may be: the fake
// Discord's copy, or the shared one beside the repository.
var specPaths = []string{
	"../../internal/discordfake/testdata/openapi.json",
	"../../../shared/discord/openapi.json",
}

// discordAPI validates requests against Discord's OpenAPI description with
// kin-openapi. Loading the 1 MB description takes a while, so the tests
// share one, loaded on first use.
type discordAPI struct {
	once   sync.Once
	router routers.Router
	err    error
}

// spec is the test binary's one validator (read-only after loading).
var spec discordAPI

func (a *discordAPI) load(t testing.TB) routers.Router {
	t.Helper()
	a.once.Do(func() {
		var data []byte
		for _, p := range specPaths {
			if data, a.err = os.ReadFile(p); a.err == nil {
				break
			}
		}
		if a.err != nil {
			return
		}
		loader := openapi3.NewLoader()
		doc, err := loader.LoadFromData(data)
		if err != nil {
			a.err = err
			return
		}
		doc.Servers = openapi3.Servers{{URL: "https://discord.com/api/v10"}}
		a.router, a.err = gorillamux.NewRouter(doc)
	})
	if a.err != nil {
		t.Fatalf("loading Discord's OpenAPI description: %v", a.err)
	}
	return a.router
}

// validateRequest checks a request to Discord (path under /api/v9 or
// /api/v10, on any host) against the description.
func validateRequest(t testing.TB, method, path string, header http.Header, body []byte) error {
	t.Helper()
	router := spec.load(t)
	path = strings.Replace(path, "/api/v9/", "/api/v10/", 1)
	req, err := http.NewRequest(method, "https://discord.com"+path, bytes.NewReader(body))
	if err != nil {
		return err
	}
	for k, v := range header {
		req.Header[k] = v
	}
	if req.Header.Get("Content-Type") == "" && len(body) > 0 {
		req.Header.Set("Content-Type", "application/json")
	}
	route, params, err := router.FindRoute(req)
	if err != nil {
		return err
	}
	return openapi3filter.ValidateRequest(context.Background(), &openapi3filter.RequestValidationInput{
		Request:    req,
		PathParams: params,
		Route:      route,
		Options:    &openapi3filter.Options{AuthenticationFunc: openapi3filter.NoopAuthenticationFunc},
	})
}

// validateCallback checks an interaction response body as Discord would
// check it at POST /interactions/{id}/{token}/callback.
func validateCallback(t testing.TB, body []byte) {
	t.Helper()
	if err := validateRequest(t, http.MethodPost, "/api/v10/interactions/787053080478613555/tok/callback", nil, body); err != nil {
		t.Errorf("response body %s is not a valid interaction callback: %v", body, err)
	}
}

func TestValidatorRejectsBadCallbacks(t *testing.T) {
	for _, body := range []string{
		`{"type":4,"data":{"content":5}}`,
		`{"type":4,"data":{"embeds":[{"title":"` + strings.Repeat("x", 300) + `"}]}}`,
		`{"type":42}`,
	} {
		if err := validateRequest(t, http.MethodPost, "/api/v10/interactions/1/tok/callback", nil, []byte(body)); err == nil {
			t.Errorf("validate(%.60s) = nil; want an error", body)
		}
	}
}
