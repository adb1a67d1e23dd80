package qa

import (
	"strings"
	"testing"
)

// TestReasonPredicate: a reason clause too long for a short answer that
// has a subject of its own is cut to its predicate, from its finite verb
// (end focus); a subject set off by a mark, a verb-like word after an
// article, or a predicate still too long gives none.
func TestReasonPredicate(t *testing.T) {
	for _, tc := range []struct{ text, reason, want string }{
		{"The council shut the quay at dawn after the water in the old harbour basin rose to within a metre of the top of the wall.",
			"after the water in the old harbour basin rose to within a metre of the top of the wall",
			"rose to within a metre of the top of the wall"},
		{"The fund will pay for extra pumps so it could keep the lower town dry through a long wet winter.",
			"so it could keep the lower town dry through a long wet winter",
			"could keep the lower town dry through a long wet winter"},
		{"The road closed because the hundred workers on the site, all of them tired, stopped to rest for the night at the camp.",
			"because the hundred workers on the site, all of them tired, stopped to rest for the night at the camp", ""},
		{"The road closed because the crew working on the bridge deck above the river had to stop and wait for the concrete to set fully.",
			"because the crew working on the bridge deck above the river had to stop and wait for the concrete to set fully",
			"had to stop and wait for the concrete to set fully"},
		{"The road closed because the crew stopped work on the old bridge deck above the river and waited for the concrete to set fully.",
			"because the crew stopped work on the old bridge deck above the river and waited for the concrete to set fully", ""},
		{"The dam failed because the company that built the dam had ignored repeated warnings from engineers about the cracks.",
			"because the company that built the dam had ignored repeated warnings from engineers about the cracks", ""},
		{"She took office after the rival candidate he had beaten in May won a court case over the count.",
			"after the rival candidate he had beaten in May won a court case over the count", ""},
		{"The gates were opened after the lake behind it rose to within a metre of the top of the wall.",
			"after the lake behind it rose to within a metre of the top of the wall",
			"rose to within a metre of the top of the wall"},
	} {
		i := strings.Index(tc.text, tc.reason)
		got := ""
		if p, ok := reasonPredicate(tc.text, span{i, i + len(tc.reason)}); ok {
			got = tc.text[p.start:p.end]
		}
		if got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.reason, got, tc.want)
		}
	}
}

// TestReasonEnd: a comma that closes a subordinate clause fronted in a
// reason ("because if the wall gives way, …") ends no reason: the main
// clause after it does; a comma after a reason with no fronted clause, or
// before no clause, does.
func TestReasonEnd(t *testing.T) {
	for _, tc := range []struct{ s, want string }{
		{" the crews know that when the tide turns, it turns fast, the harbour master said.", " the crews know that when the tide turns, it turns fast"},
		{" if the wall gives way, the lower town floods; the council says so.", " if the wall gives way, the lower town floods"},
		{" the wall gave way, the council said.", " the wall gave way"},
		{" the ferry can sail while the bridge is shut, the council said.", " the ferry can sail while the bridge is shut"},
		{" the ferry can sail, while the bridge stays shut.", " the ferry can sail"},
		{" if the wall, the quay and the road, all of them old", " if the wall"},
	} {
		if got := tc.s[:reasonEnd(tc.s)]; got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.s, got, tc.want)
		}
	}
}

// TestThingPurpose: "to" and a verb after a noun of a thing with extent
// opens the purpose the thing serves; after an abstract noun that takes an
// infinitive of its own ("a plan to") or before "be" it opens none.
func TestThingPurpose(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"the crews stacked sandbags to protect the lower town", true},
		{"the council built barriers to hold back the river", true},
		{"the council has a plan to hold back the river", false},
		{"the council built barriers to be finished by May", false},
		{"the storm is forcing the county to delay the repairs", false},
		{"the storm forced the city's temporary flood barriers to close early", false},
		{"officials told the old harbour ferries to sail again", false},
		{"the storm forced closures and crews built barriers to hold back the river", true},
		{"the new signals allowed the buses to pass the square", false},
		{"engineers expected the bridge to reopen in spring", false},
		{"residents asked the council to act on the flooding", false},
		{"the wind persuaded the ferries to stay in port", false},
		{"fire crews stacked sandbags to protect the lower town", true},
		{"crews used the old ferries to carry the stranded drivers", true},
		{"the crews moved the lorries to clear the high street", true},
		{"police cleared the barriers to let the fire engines pass", true},
		{"the wardens lead small boats to rescue stranded families", true},
		{"coach drivers stack sandbags to protect the lower town", true},
		{"press crews stack sandbags to protect the lower town", true},
		// review11's probes
		{"fire crews stack sandbags to protect the lower town", true},
		{"the crews lead boats to rescue residents", true},
		{"police cleared barriers to let ambulances pass", true},
		{"soldiers carried sandbags to protect the lower town", true},
		{"crews moved the buses to clear the road", true},
		// review12's probes: a noun modifier that is mostly a verb
		{"officials told the fire engines to leave the square", false},
		{"the storm forced the fire engines to turn back", false},
		{"the mayor ordered the rescue boats to return", false},
		{"the storm forced the old fire engines to turn back", false},
		// a plural that is a verb's form too, the object of the verb
		{"the crews used trucks to clear the flooded tunnel", true},
		{"volunteers drove trucks to carry the sandbags", true},
		{"the harbour's trucks to carry the nets stood idle", true},
		{"officials told trucks to leave the square", false},
		{"the crew trucks to carry the nets", false}, // after a noun, its verb
		{"trucks to carry the nets", false},
	} {
		i := strings.Index(tc.text, " to ") + 1
		if got := thingPurpose(tc.text, i); got != tc.want {
			t.Errorf("%q: got %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestPassiveObjectInfinitive: after the passive of a verb that takes an
// object and an infinitive ("were allowed to", "was expected to"), "to"
// opens what the object was let or expected to do, no purpose; after
// another verb in the past it opens one.
func TestPassiveObjectInfinitive(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"the buses were allowed to pass the square", false},
		{"the bridge was expected to reopen in spring", false},
		{"the ferries were persuaded to stay in port", false},
		{"crews worked to clear the road before dawn", true},
		{"volunteers gathered to fill sandbags by the church", true},
		{"the residents were entitled to a new flat", false},
		{"a public meeting was held to discuss the new ferry timetable", true},
		{"the bylaw was passed to protect the harbour moorings", true},
		{"the lane was cleared to let the fire engines through", true},
		{"the pumps were moved to protect the old library", true},
		{"the reservoir level was reduced to ease pressure on the weir", true},
		// review11's probes
		{"a meeting was held to discuss the flooding", true},
		{"the law was passed to protect tenants", true},
		{"the road was cleared to let ambulances through", true},
		{"the sandbags were moved to protect the school", true},
		{"the water level was reduced to ease pressure on the dam", true},
	} {
		i := strings.Index(tc.text, " to ") + 1
		if got := reasonCue(tc.text, tc.text, i, "to"); got != tc.want {
			t.Errorf("reasonCue(%q, to) = %v; want %v", tc.text, got, tc.want)
		}
	}
}
