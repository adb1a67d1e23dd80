package qa

import "testing"

// TestPlaceDescriptionNumber: placeDescription keeps an apposition that
// opens with a number, in figures or in words ("Kessby, two kilometres
// …"), whose test it reads from the engine's memo (holdsNumber), and no
// apposition opening on a word that is none, asked once and again.
func TestPlaceDescriptionNumber(t *testing.T) {
	const head = "---\nid: t\nheadline: Ferry\n---\n"
	e := engineOfText(t, head+"The pier was shut.\n")
	q := e.analyse("where is kessby")
	for _, c := range []struct{ text, want string }{
		{"The ferry left Kessby, two kilometres north of Brennport, at dawn.", "two kilometres north of Brennport"},
		{"The ferry left Kessby, 12 kilometres north of Brennport, at dawn.", "12 kilometres north of Brennport"},
		{"The ferry left Kessby, twenty-five kilometres from Brennport.", "twenty-five kilometres from Brennport"},
		{"The ferry left Kessby, often quiet in winter, at dawn.", ""},
		{"The ferry left Kessby, tonight’s crossing delayed — café shut.", ""},
		{"", ""},
	} {
		for round := range 2 {
			d := e.placeDescription(&q, c.text)
			if got := c.text[d.start:d.end]; got != c.want {
				t.Errorf("round %d: placeDescription(%q) = %q; want %q", round, c.text, got, c.want)
			}
		}
	}
}
