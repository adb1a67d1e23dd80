package bot

import (
	"fmt"
	"testing"
	"time"
)

// TestCooldownSweep: users whose questions have left the window are
// forgotten once there are many, so memory stays bounded.
func TestCooldownSweep(t *testing.T) {
	c := newCooldown(1, time.Minute)
	t0 := time.Unix(0, 0)
	for i := 0; i <= 10000; i++ {
		c.allow(fmt.Sprint("user", i), t0)
	}
	c.allow("late", t0.Add(2*time.Minute))
	if got := len(c.recent); got != 1 {
		t.Errorf("users remembered after the window = %d; want 1", got)
	}
	if ok, _ := c.allow("late", t0.Add(2*time.Minute)); ok {
		t.Errorf("allow(late) twice in a window = true; want false")
	}
}
