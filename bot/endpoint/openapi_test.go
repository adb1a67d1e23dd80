package endpoint

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/summitbot/summitbot/internal/discordfake"
)

// validateCallback checks an interaction response body as Discord would
// check it at POST /interactions/{id}/{token}/callback, with the fake
// Discord's validator (kin-openapi over Discord's OpenAPI description).
func validateCallback(t testing.TB, body []byte) {
	t.Helper()
	if err := discordfake.ValidateCallback(body); err != nil {
		t.Errorf("response body %s is not a valid interaction callback: %v", body, err)
	}
}

func TestValidatorRejectsBadCallbacks(t *testing.T) {
	for _, body := range []string{
		`{"type":4,"data":{"content":5}}`,
		`{"type":4,"data":{"embeds":[{"title":"` + strings.Repeat("x", 300) + `"}]}}`,
		`{"type":42}`,
	} {
		if err := discordfake.ValidateCallback([]byte(body)); err == nil {
			t.Errorf("ValidateCallback(%.60s) = nil; want an error", body)
		}
	}
	r := httptest.NewRequest(http.MethodPatch, "/api/v9/webhooks/100/tok/messages/@original", strings.NewReader(`{"content":5}`))
	r.Header.Set("Content-Type", "application/json")
	if err := discordfake.ValidateRequest(r); err == nil {
		t.Errorf("ValidateRequest(PATCH @original content 5) = nil; want an error")
	}
}
