package qa

import "testing"

// TestWithUnitSizeInPeople checks that a size ("how big") is measured by
// a count of people under any noun for a person, and not by a count of
// things, a sum, or a length.
func TestWithUnitSizeInPeople(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"The delegation of more than 40 diplomats arrived on Friday.", true},
		{"About 1,200 firefighters — some from abroad — joined the effort.", true},
		{"Some 60 nurses, most of them volunteers, stayed on.", true},
		{"A crowd of 300 people gathered at the gate.", true}, // a size unit already
		{"The firm sent 12 trucks to the site.", false},
		{"The council set aside £5 million for repairs.", false},
		{"The road runs for 30 kilometres along the coast.", false},
		{"They counted 40", false},
		{"Só 7 cafés abriram.", false},
	}
	for _, c := range cases {
		m := numberRE.FindStringIndex(c.text)
		if m == nil {
			t.Fatalf("no number in %q", c.text)
		}
		if got := withUnit(c.text, span{m[0], m[1]}, "size"); got != c.want {
			t.Errorf("withUnit(%q, size) = %v; want %v", c.text, got, c.want)
		}
	}
}
