package deliver

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

func status(code int, header ...string) error {
	h := http.Header{}
	for i := 0; i+1 < len(header); i += 2 {
		h.Set(header[i], header[i+1])
	}
	return fmt.Errorf("edit original: %w", &discordgo.RESTError{Response: &http.Response{StatusCode: code, Header: h}})
}

// TestDo: what is retried, how often, after which waits.
func TestDo(t *testing.T) {
	netErr := &url.Error{Op: "Patch", URL: "https://discord.com/api", Err: errors.New("connection reset by peer")}
	rateLimited := &discordgo.RateLimitError{RateLimit: &discordgo.RateLimit{TooManyRequests: &discordgo.TooManyRequests{RetryAfter: 3 * time.Second}}}
	tests := []struct {
		name      string
		errs      []error // what each try returns; past the end, nil
		wantTries int
		wantWaits []time.Duration
		wantErr   bool
	}{
		{"ok at once", nil, 1, nil, false},
		{"500 once", []error{status(500)}, 2, []time.Duration{500 * time.Millisecond}, false},
		{"503 then 500", []error{status(503), status(500)}, 3, []time.Duration{500 * time.Millisecond, time.Second}, false},
		{"500 always", []error{status(500), status(500), status(500), status(500), status(500)}, 4,
			[]time.Duration{500 * time.Millisecond, time.Second, 2 * time.Second}, true},
		{"network error", []error{netErr}, 2, []time.Duration{500 * time.Millisecond}, false},
		{"503 asking for a wait", []error{status(503, "Retry-After", "1.5")}, 2, []time.Duration{1500 * time.Millisecond}, false},
		{"429 from discordgo", []error{rateLimited}, 2, []time.Duration{3 * time.Second}, false},
		{"400 is not retried", []error{status(400)}, 1, nil, true},
		{"404 is not retried", []error{status(404)}, 1, nil, true},
		{"a plain error is not retried", []error{errors.New("deliver: response type 9 has no data")}, 1, nil, true},
		{"a cancelled context is not retried", []error{fmt.Errorf("x: %w", context.Canceled)}, 1, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var waits []time.Duration
			p := Policy{Sleep: func(ctx context.Context, d time.Duration) error { waits = append(waits, d); return nil }}
			tries := 0
			err := p.Do(context.Background(), func(context.Context) error {
				tries++
				if tries <= len(tt.errs) {
					return tt.errs[tries-1]
				}
				return nil
			})
			if (err != nil) != tt.wantErr || tries != tt.wantTries || !slices.Equal(waits, tt.wantWaits) {
				t.Errorf("Do = %v after %d tries, waits %v; want error %v after %d tries, waits %v", err, tries, waits, tt.wantErr, tt.wantTries, tt.wantWaits)
			}
		})
	}
}

// TestDoWithinDeadline: no wait runs past the context's deadline (for an
// interaction, its token's lifetime).
func TestDoWithinDeadline(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 700*time.Millisecond)
	defer cancel()
	var waits []time.Duration
	p := Policy{Sleep: func(ctx context.Context, d time.Duration) error { waits = append(waits, d); return nil }}
	tries := 0
	err := p.Do(ctx, func(context.Context) error { tries++; return status(500) })
	if err == nil || tries != 2 || !slices.Equal(waits, []time.Duration{500 * time.Millisecond}) {
		t.Errorf("Do = %v after %d tries, waits %v; want an error after 2 tries and one wait of 0.5 s", err, tries, waits)
	}
}

// TestDeliverRetries: a 500 on the edit does not lose the answer.
func TestDeliverRetries(t *testing.T) {
	rec := &recorder{fail: map[Step]error{Edit: status(500)}, once: true}
	d, _ := Deferral(&discordgo.Interaction{Type: discordgo.InteractionApplicationCommand}, false)
	final := &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: &discordgo.InteractionResponseData{Content: "answer"}}
	p := Policy{Sleep: func(context.Context, time.Duration) error { return nil }}
	if err := p.Deliver(context.Background(), rec, &discordgo.Interaction{}, d, final); err != nil || !slices.Equal(rec.steps, []Step{Edit, Edit}) {
		t.Errorf("Deliver sent %v, %v; want the edit twice and no error", rec.steps, err)
	}
}
