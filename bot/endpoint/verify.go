package endpoint

import (
	"bytes"
	"crypto/ed25519"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Header names of Discord's request signature.
const (
	HeaderSignature = "X-Signature-Ed25519"
	HeaderTimestamp = "X-Signature-Timestamp"
)

// errStale is a signed timestamp too far from now (a replay, or a bad clock).
var errStale = errors.New("timestamp out of range")

// errBadSignature is a missing or wrong signature.
var errBadSignature = errors.New("bad signature")

// verify checks that body was signed by key together with the request's
// timestamp, and that the timestamp is within maxSkew of now. It uses
// discordgo.VerifyInteraction for the signature; r.Body is replaced by body.
func verify(r *http.Request, body []byte, key ed25519.PublicKey, now time.Time, maxSkew time.Duration) error {
	ts := r.Header.Get(HeaderTimestamp)
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return fmt.Errorf("verify: timestamp %w", errBadSignature)
	}
	// Compare in seconds, against bounds that cannot overflow.
	lo, hi := now.Add(-maxSkew).Unix(), now.Add(maxSkew).Unix()
	if sec < lo || sec > hi {
		return fmt.Errorf("verify: %w", errStale)
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	if !discordgo.VerifyInteraction(r, key) {
		return fmt.Errorf("verify: %w", errBadSignature)
	}
	return nil
}
