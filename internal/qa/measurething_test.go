package qa

import (
	"slices"
	"testing"
)

// TestModifiesAskedThing: a figure joined to a unit of the dimension
// asked ("45-metre") measures the thing asked about where the noun it
// modifies, within a few words and no mark, is a word of the question's
// subject before any phrase modifying it; not a word of that phrase ("the
// lake behind the dam"), not a figure standing apart ("within 60
// centimetres of the top of the dam"), nor one of another dimension
// ("45-tonne") or past a comma.
func TestModifiesAskedThing(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Dam\n---\nThe dam held.\n")
	for _, c := range []struct {
		question, text string
		want           bool
	}{
		{"how tall is the harrow dam", "Engineers said the 45-metre concrete dam was sound.", true},
		{"how tall is the harrow dam", "Engineers said the 45-metre dam was sound.", true},
		{"how tall is the harrow dam", "Water rose to within 60 centimetres of the top of the dam.", false},
		{"how tall is the harrow dam", "Engineers said the 45-tonne concrete dam was sound.", false},
		{"how tall is the harrow dam", "A 45-metre crane, dam side, was moved.", false}, // a mark ends the phrase (final read FH11)
		{"how tall is the harrow dam", "They raised a 45-metre tower, dam engineers said.", false},
		{"how long is the lake behind the harrow dam", "Engineers said the 45-metre concrete dam was sound.", false},
		{"how long is the lake behind the harrow dam", "It holds back a 26-kilometre lake.", true},
		{"how big is the harrow dam", "Engineers said the 45-metre concrete dam was sound.", false}, // no unit of size is searched
		{"how tall is the harrow tower", "They built a 30-storey tower by the river.", true},        // a unit before its noun is singular (FH3)
		{"how tall is the harrow tower", "They built a 30-story tower by the river.", true},         // "stories": a singular in -y (FK5)
		{"how tall is the harrow tower", "A 90-inch tower stood by the river.", true},               // "inches": the "-es" arm
	} {
		q := e.analyse(c.question)
		if got := e.modifiesAskedThing(&q, c.text, askedUnitSet(&q)); got != c.want {
			t.Errorf("%s / %q: modifiesAskedThing = %v; want %v", c.question, c.text, got, c.want)
		}
	}
}

// TestModifiesAskedThingNear: the noun a figure's unit modifies may be
// one GloVe puts near the question's ("vessel" for "ship"), as a report
// names the thing again in other words (final read FH5).
func TestModifiesAskedThingNear(t *testing.T) {
	const text = "The 190-metre vessel ran aground near the port on Sunday."
	e := engineOfText(t, "---\nid: t\nheadline: Ship aground\n---\n"+text+"\n\nThe ship was carrying grain.\n")
	q := e.analyse("how long is the cargo ship")
	if !e.modifiesAskedThing(&q, text, askedUnitSet(&q)) {
		t.Errorf("modifiesAskedThing(%q) = false; want the vessel's length for the ship's", text)
	}
	if q := e.analyse("how long is the harbour wall"); e.modifiesAskedThing(&q, text, askedUnitSet(&q)) {
		t.Errorf("modifiesAskedThing(%q) = true for a wall; want false", text)
	}
}

// TestAskedUnits: the search is given the units of a physical measure
// asked ("how tall", "how long is X" of a thing with extent), none for a
// size, an age or a duration.
func TestAskedUnits(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Dam\n---\nThe dam held.\n")
	for _, c := range []struct {
		question, unit string
		want           bool
	}{
		{"how tall is the dam", "metres", true},
		{"how long is the bridge", "metres", true},
		{"how heavy is the crane", "tonnes", true},
		{"how long did the strike last", "metres", false},
		{"how big is the town", "people", false},
		{"how old is the dam", "year-old", false},
	} {
		q := e.analyse(c.question)
		if got := slices.Contains(askedUnits(&q), c.unit); got != c.want {
			t.Errorf("%s: askedUnits holds %s %v; want %v", c.question, c.unit, got, c.want)
		}
	}
}

// TestMeasuredThingFirst: a figure that modifies the thing asked about
// ("the 45-metre concrete dam") goes first over a passage matching the
// question better whose figure measures something else near it; the
// article names the dam once and then speaks of "the dam".
func TestMeasuredThingFirst(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Harrow dam gates opened\n---\n"+
		"The water authority opened the gates of the Harrow dam on Tuesday.\n"+
		"Water in the reservoir rose to within 60 centimetres of the top of the Harrow dam.\n"+
		"Residents downstream were told to leave.\n"+
		"Engineers said the 45-metre concrete dam was sound.\n")
	wantTop(t, e, "how tall is the harrow dam", "45-metre concrete dam", false)
}

// TestQueryCarriesUnits: the search for a physical measure asks for
// passages holding its units too ("the 229-metre vessel" for "how long
// is the ship", where "vessel" is no word of the question), and for no
// other question.
func TestQueryCarriesUnits(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Ship\n---\nThe 229-metre vessel ran aground.\nThe ship was refloated.\n")
	metres := e.analyze("metres")[0].Term
	for _, c := range []struct {
		question string
		want     bool
	}{
		{"how long is the ship", true},
		{"how tall is the ship", true},
		{"how long did the ship stay stuck", false},
		{"how big is the ship", false},
	} {
		q := e.analyse(c.question)
		if got := slices.Contains(e.query(&q).Terms, metres); got != c.want {
			t.Errorf("%s: query holds %q %v; want %v", c.question, metres, got, c.want)
		}
	}
}

// TestArticleNamesAll: a passage that speaks of "the dam" answers for the
// Harrow dam only in an article that names Harrow somewhere.
func TestArticleNamesAll(t *testing.T) {
	e := engineOfText(t,
		"---\nid: h\nheadline: Harrow dam gates opened\n---\nThe gates of the Harrow dam were opened.\nThe 45-metre dam held.\n",
		"---\nid: o\nheadline: Another dam\n---\nThe 50-metre dam upstream held.\n")
	q := e.analyse("how tall is the harrow dam")
	for _, c := range []struct {
		id   string
		want bool
	}{{"h", true}, {"o", false}} {
		if got := e.articleNamesAll(&q, e.c.Article(c.id)); got != c.want {
			t.Errorf("article %s: articleNamesAll = %v; want %v", c.id, got, c.want)
		}
	}
}
