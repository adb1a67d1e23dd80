package deliver

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Defaults for a Policy's zero fields: Discord advises retrying a 5xx after
// a pause; three retries, after 0.5 s, 1 s and 2 s, bound the wait at 3.5 s.
const (
	DefaultRetries = 3
	DefaultWait    = 500 * time.Millisecond
	// maxWait bounds one wait, even one a Retry-After header asks for.
	maxWait = time.Minute
)

// retries is how many times a request is retried.
func (p Policy) retries() int {
	if p.Retries > 0 {
		return p.Retries
	}
	return DefaultRetries
}

// Do calls send until it succeeds, fails in a way a retry cannot mend, or
// has been retried p.Retries times: a 5xx from Discord or a network error is
// retried after a wait that doubles from p.Wait, a rate limit (429) after the
// time Discord asks for. It gives up, returning the last error, rather than
// wait past ctx's deadline (for an interaction, the token's lifetime).
func (p Policy) Do(ctx context.Context, send func(context.Context) error) error {
	wait := p.Wait
	if wait <= 0 {
		wait = DefaultWait
	}
	sleep := p.Sleep
	if sleep == nil {
		sleep = sleepCtx
	}
	for try := 0; ; try++ {
		err := send(ctx)
		if err == nil {
			return nil
		}
		again, asked := Retryable(err)
		if !again || try == p.retries() || ctx.Err() != nil {
			if try > 0 {
				return fmt.Errorf("after %d tries: %w", try+1, err)
			}
			return err
		}
		d := wait
		if asked > 0 {
			d = min(asked, maxWait)
		}
		if dl, ok := ctx.Deadline(); ok && time.Until(dl) < d {
			return fmt.Errorf("after %d tries, no time left to retry: %w", try+1, err)
		}
		if serr := sleep(ctx, d); serr != nil {
			return fmt.Errorf("after %d tries: %w", try+1, err)
		}
		wait *= 2
	}
}

// Retryable reports whether a request that failed with err may succeed if
// sent again (a 5xx, a rate limit, a network error; not a 4xx, nor a
// cancelled context), and how long Discord asked to wait first (0: not
// said).
func Retryable(err error) (bool, time.Duration) {
	if err == nil || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return false, 0
	}
	if rl, ok := errors.AsType[*discordgo.RateLimitError](err); ok && rl.RateLimit != nil && rl.TooManyRequests != nil {
		return true, rl.RetryAfter
	}
	if re, ok := errors.AsType[*discordgo.RESTError](err); ok {
		if re.Response == nil {
			return false, 0
		}
		code := re.Response.StatusCode
		return code >= 500 || code == http.StatusTooManyRequests, retryAfter(re.Response.Header)
	}
	if _, ok := errors.AsType[*url.Error](err); ok {
		return true, 0
	}
	if _, ok := errors.AsType[net.Error](err); ok {
		return true, 0
	}
	return false, 0
}

// retryAfter is the wait a Retry-After header asks for, in seconds
// (fractions allowed, as Discord sends them); 0 when absent or unreadable.
func retryAfter(h http.Header) time.Duration {
	secs, err := strconv.ParseFloat(h.Get("Retry-After"), 64)
	if err != nil || secs <= 0 {
		return 0
	}
	return time.Duration(secs * float64(time.Second))
}

// sleepCtx waits d, or until ctx is done.
func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
