package endpoint

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"testing"
)

// FuzzInteraction throws arbitrary bodies at /interactions, both signed with
// the application's key and as they come, and checks that the handler never
// panics and answers only with the statuses the protocol allows.
func FuzzInteraction(f *testing.F) {
	for _, seed := range []string{rfcPing, askBody, dmAskBody, autocompleteBody, buttonBody, moreBody,
		`{"id":"1","token":"t","type":5}`, `{"type":2,"data":null}`, `[]`, `null`, ``} {
		f.Add([]byte(seed), true)
		f.Add([]byte(seed), false)
	}
	key := testKey(f)
	s := newTestServer(f, echo, Options{})
	f.Fuzz(func(t *testing.T, body []byte, sign bool) {
		var r *http.Request
		if sign {
			r = signedRequest(key, rfcTimestamp, string(body))
		} else {
			r = httptest.NewRequest(http.MethodPost, "/interactions", bytes.NewReader(body))
			r.Header.Set("Content-Type", "application/json")
		}
		w := do(s, r)
		switch {
		case !sign && w.Code != http.StatusUnauthorized:
			t.Fatalf("unsigned %q = %d; want 401", body, w.Code)
		case w.Code >= 500:
			t.Fatalf("signed %q = %d; want no 5xx", body, w.Code)
		case w.Code != http.StatusOK && w.Code != http.StatusBadRequest && w.Code != http.StatusRequestEntityTooLarge && w.Code != http.StatusUnauthorized:
			t.Fatalf("%q = %d; want 200, 400, 401 or 413", body, w.Code)
		}
	})
}
