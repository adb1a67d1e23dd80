package qa

import "testing"

// TestLeadingPart: a headline or standfirst over a dozen words is said
// first by its words up to a comma, dash, colon or semicolon within its
// first dozen, unless a subordinate clause opens it; else its first dozen.
func TestLeadingPart(t *testing.T) {
	for in, want := range map[string]string{
		"Valdane Canal blockage holding up €410 million of goods a day, analysts estimate":           "Valdane Canal blockage holding up €410 million of goods a day",
		"As the Tillard valley digs out, scientists warn 'once a century' floods are coming faster":  "As the Tillard valley digs out, scientists warn 'once a century' floods",
		"Keldhaven dockers walk out in strike over pay and robot cranes that will replace them soon": "Keldhaven dockers walk out in strike over pay and robot cranes",
		"Council backs tram line": "Council backs tram line",
		"Keldhaven Dockers Walk Out In Strike Over Pay And Robot Cranes That Will Replace Them": "Keldhaven Dockers Walk Out In Strike Over Pay And Robot Cranes", // title case: "That" waits all the same
	} {
		if got := leadingPart(in); got != want {
			t.Errorf("leadingPart(%q) = %q; want %q", in, got, want)
		}
	}
}
