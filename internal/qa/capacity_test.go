package qa

import "testing"

// TestCapacityOf: a number after a noun of capacity and "for" or "of"
// says what a place can take, not how many it took.
func TestCapacityOf(t *testing.T) {
	for text, want := range map[string]bool{
		"The town hall opened as a refuge, with room for about 250 people.": true,
		"The new arena has a capacity of 12,000.":                           true,
		"About 250 people spent the night in the town hall.":                false,
		"The council paid for 250 camp beds.":                               false,
		"The hall has a floor space of 600 square metres.":                  false, // a size, not what it can take
	} {
		s := numberRE.FindStringIndex(text)
		if s == nil {
			t.Fatalf("%q: no number", text)
		}
		if got := capacityOf(text, span{s[0], s[1]}); got != want {
			t.Errorf("capacityOf(%q) = %v; want %v", text, got, want)
		}
	}
}

// TestCapacityAsking: a question asks what a place can take by a verb of
// holding or by a noun of capacity, one list with capacityOf's nouns, not
// by a verb of what it took.
func TestCapacityAsking(t *testing.T) {
	for w, want := range map[string]bool{"room": true, "capacity": true, "space": true, "hold": true, "seats": true, "can": true, "took": false, "housed": false} {
		if capacityAsking[w] != want {
			t.Errorf("capacityAsking[%q] = %v; want %v", w, !want, want)
		}
	}
}
