package qa

import "testing"

// TestDurationOfAskedVerb: a "how long" question whose verb the passage
// gives the duration right after ("will last six months", "has been shut
// for six months") is answered by the duration alone: the subject and the
// verb before it only say the question back. Another verb before the
// duration keeps the phrase it stands in.
func TestDurationOfAskedVerb(t *testing.T) {
	for _, c := range []struct {
		text, q, want string
		not           []string
	}{
		{"The closure of the 2-kilometre tunnel will last six months from May.", "how long will the closure last", "six months", []string{"closure", "tunnel"}},
		{"The 2019 walkout by Harwick bus drivers lasted five weeks and ended with a pay deal.", "how long did the harwick walkout last", "five weeks", []string{"walkout", "ended"}},
		{"The Harwick road tunnel has been shut for six months after a roof collapse.", "how long has the harwick tunnel been shut", "six months", []string{"tunnel", "collapse"}},
		{"The repairs to the Harwick road tunnel took nine weeks, the council said.", "how long did the harwick tunnel repairs take", "nine weeks", []string{"repairs", "council"}},
	} {
		wantShort(t, c.text, c.q, c.want, c.not...)
	}
}
