package qa

import "testing"

// TestPushedThingPurpose: the "to" after the object of a verb whose
// commonest sense is of moving or touching ("pushed sandbags to protect
// the school") opens what the thing was moved for, the answer to "why";
// objinf.txt does not read it as the object's infinitive for a frame on a
// rarer sense of the verb ("pushed the council to act"). Verbs whose
// commonest sense takes an object and an infinitive still open none.
func TestPushedThingPurpose(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Volunteers pushed sandbags to protect the village school.", "to protect the village school"},
		{"The crews pushed the barriers to hold back the water.", "to hold back the water"},
		{"Two tugs propelled the barge to clear the harbour mouth.", "to clear the harbour mouth"},
		{"The new signals allowed the buses to pass the square.", ""},
		{"Officials urged the ferries to stay in port.", ""},
	} {
		got := ""
		if r, ok := reasonIn(tc.text, KindWhy, len(tc.text)); ok {
			got = tc.text[r.start:r.end]
		}
		if got != tc.want {
			t.Errorf("reasonIn(%q) = %q; want %q", tc.text, got, tc.want)
		}
	}
}
