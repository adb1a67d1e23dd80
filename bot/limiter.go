package bot

import (
	"sync"
	"time"
)

// cooldown allows each user at most n questions in any window; a zero n or
// window allows everything.
type cooldown struct {
	n      int
	window time.Duration

	mu        sync.Mutex
	recent    map[string][]time.Time // per user, the times of questions within the window
	lastSweep time.Time
}

func newCooldown(n int, window time.Duration) *cooldown {
	return &cooldown{n: n, window: window, recent: make(map[string][]time.Time)}
}

// allow records a question by user at now, unless the user has asked n within
// the window; then it reports how long until the next is allowed.
func (c *cooldown) allow(user string, now time.Time) (bool, time.Duration) {
	if c.n <= 0 || c.window <= 0 {
		return true, 0
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.recent) > 10000 && now.Sub(c.lastSweep) >= c.window {
		// at most once a window: more than 10 000 users inside one window
		// would otherwise make every question walk them all
		c.sweep(now)
		c.lastSweep = now
	}
	times := c.prune(c.recent[user], now)
	if len(times) >= c.n {
		c.recent[user] = times
		return false, times[0].Add(c.window).Sub(now)
	}
	c.recent[user] = append(times, now)
	return true, 0
}

// prune drops times that have left the window.
func (c *cooldown) prune(times []time.Time, now time.Time) []time.Time {
	i := 0
	for i < len(times) && !times[i].After(now.Add(-c.window)) {
		i++
	}
	return times[i:]
}

// sweep forgets users with no question in the window, bounding memory.
func (c *cooldown) sweep(now time.Time) {
	for u, times := range c.recent {
		if len(c.prune(times, now)) == 0 {
			delete(c.recent, u)
		}
	}
}

// gate bounds concurrent work; a full gate turns work away at once rather
// than queueing it past Discord's deadline.
type gate chan struct{}

func (g gate) enter() bool {
	select {
	case g <- struct{}{}:
		return true
	default:
		return false
	}
}

func (g gate) leave() { <-g }
