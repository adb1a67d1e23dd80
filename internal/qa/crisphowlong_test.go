package qa

import "testing"

// TestDurationOfAskedVerb: a "how long" question whose verb the passage
// gives the duration right after ("will last six months", "has been shut
// for six months") is answered by the duration alone: the subject and the
// verb before it only say the question back. A negated verb ("will not
// last") or a duration a word qualifies ("longer than planned", "at
// most", "or longer", "per section", "each winter") keeps the phrase it
// stands in.
func TestDurationOfAskedVerb(t *testing.T) {
	for _, c := range []struct {
		text, q, want string
		not           []string
	}{
		{"The closure of the 2-kilometre tunnel will last six months from May.", "how long will the closure last", "six months", []string{"closure", "tunnel"}},
		{"The 2019 walkout by Harwick bus drivers lasted five weeks and ended with a pay deal.", "how long did the harwick walkout last", "five weeks", []string{"walkout", "ended"}},
		{"The Harwick road tunnel has been shut for six months after a roof collapse.", "how long has the harwick tunnel been shut", "six months", []string{"tunnel", "collapse"}},
		{"The repairs to the Harwick road tunnel took nine weeks, the council said.", "how long did the harwick tunnel repairs take", "nine weeks", []string{"repairs", "council"}},
		// a negated verb or a qualified duration keeps its phrase
		{"The closure of the 2-kilometre tunnel will not last six months, the council said.", "how long will the closure last", "not last six months", nil},
		{"The closure of the 2-kilometre tunnel won't last six months, the council said.", "how long will the closure last", "won't last six months", nil},
		{"The closure of the 2-kilometre tunnel cannot last six months, the council said.", "how long will the closure last", "cannot last six months", nil},
		{"The repairs to the Harwick road tunnel took nine weeks longer than planned, the council said.", "how long did the harwick tunnel repairs take", "nine weeks longer than planned", nil},
		{"The repairs to the Harwick road tunnel took nine weeks more than the first repairs, the council said.", "how long did the harwick tunnel repairs take", "nine weeks more than", nil},
		{"The closure of the 2-kilometre tunnel will last six months at most, the council said.", "how long will the closure last", "six months at most", nil},
		{"The closure of the 2-kilometre tunnel will last six months per section, the council said.", "how long will the closure last", "six months per section", nil},
		{"The closure of the 2-kilometre tunnel will last six months or longer, the council said.", "how long will the closure last", "six months or longer", nil},
		{"The Harwick road tunnel has been shut for six months each winter since 2010.", "how long has the harwick tunnel been shut", "six months each winter", nil},
	} {
		wantShort(t, c.text, c.q, c.want, c.not...)
	}
}

// TestDurationEndsBeforeADash: a dash or a no-break space after a duration
// ends it like a comma; the first character is read whole, not as its
// first byte (final re-read 24A F10: "six months—until May" read as a
// span cut inside a word).
func TestDurationEndsBeforeADash(t *testing.T) {
	for _, rest := range []string{"—until May", "\u00a0, the council said", ", the council said"} {
		if !durationEnds(rest) {
			t.Errorf("durationEnds(%q) = false; want true", rest)
		}
	}
	for _, rest := range []string{"er than planned", "é"} {
		if durationEnds(rest) {
			t.Errorf("durationEnds(%q) = true; want false (a word goes on)", rest)
		}
	}
}
