package qa

import (
	"strings"
	"testing"
)

// TestOtherDimension: a figure said of another dimension (a length for
// "how deep") does not answer; one of the dimension asked, or with no
// word of any, does.
func TestOtherDimension(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Lake\n---\nThe Morrow Reservoir, built in 1960, is 12 kilometres long and holds the town's water.\n")
	wantDeclined(t, e, "how deep is the morrow reservoir")
	wantTop(t, e, "how long is the morrow reservoir", "12 kilometres long", true)
	e = engineOfText(t, "---\nid: t\nheadline: Lake\n---\nThe Morrow Reservoir, built in 1960, is 40 metres deep and holds the town's water.\n")
	wantTop(t, e, "how deep is the morrow reservoir", "40 metres deep", true)
	for _, c := range []struct {
		asked, text string
		want        bool
	}{
		{"deep", "the lake is 12 kilometres long", true},
		{"deep", "the lake is 12 kilometres wide", true},
		{"high", "the tower is 90 metres tall", false},
		{"deep", "at a depth of 38 kilometres", false},
		{"deep", "over a length of 38 kilometres", true},
		{"wide", "the road is 12 metres in width", false},
		{"wide", "the road is 12 metres in length", true},
		{"far", "about 14 kilometres south of the port", false},
	} {
		s := numberRE.FindStringIndex(c.text)
		if got := otherDimension(c.asked, c.text, span{s[0], s[1]}); got != c.want {
			t.Errorf("otherDimension(%q, %q) = %v, want %v", c.asked, c.text, got, c.want)
		}
	}
}

// TestSumIsMoney: "how much did they spend" asks for a sum of money; a
// quantity of the thing bought does not give it, a sum does.
func TestSumIsMoney(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Spill\n---\nWorkers from the port authority laid 800 metres of sandbags along the quay overnight.\n")
	wantDeclined(t, e, "how much did the port authority spend on the sandbags")
	e = engineOfText(t, "---\nid: t\nheadline: Spill\n---\nWorkers from the port authority laid 800 metres of sandbags along the quay overnight.\nThe port authority spent $90,000 on the sandbags.\n")
	wantTop(t, e, "how much did the port authority spend on the sandbags", "$90,000", true)
}

// TestNamesThing: a name the articles write after "the" whose last word
// is a thing's noun ("the Harlow Bridge") names no person asked for by
// name; a person's name ending in such a word ("Mary Stone") still does.
func TestNamesThing(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Bridge shut\n---\nHarlow Bridge shut after inspectors find cracks in its supports.\nThe Harlow Bridge carries 30,000 cars a day.\n")
	wantDeclined(t, e, "whats the name of the inspector who found the cracks")
	e = engineOfText(t, "---\nid: t\nheadline: Bridge shut\n---\nHarlow Bridge shut after inspector Mary Stone found cracks in its supports.\nThe Harlow Bridge carries 30,000 cars a day.\n")
	wantShorts(t, e, []askedShort{{"whats the name of the inspector who found the cracks", "Mary Stone"}})
	if !e.namesThing("Harlow Bridge") || e.namesThing("Mary Stone") {
		t.Errorf("namesThing: want Harlow Bridge a thing, Mary Stone none")
	}
	// a person's name inside a longer name after "the", or the start of
	// a longer word, is no thing's
	e = engineOfText(t, "---\nid: t\nheadline: Bridge shut\n---\nInspector John Bell found the cracks.\nThe John Bell Memorial Trust paid for the study.\nThe John Bellamy report came later.\n")
	if e.namesThing("John Bell") {
		t.Errorf("namesThing(John Bell) = true; the articles write no \"the John Bell\" of its own")
	}
}

// TestOnlyChatTimeMatched: a passage that matches a question only on the
// asker's "tonight" speaks of nothing asked; one that matches what is
// asked about answers.
func TestOnlyChatTimeMatched(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Council vote\n---\n\"Tonight we made history,\" council leader Ruth Adeyemi said.\nThe council will vote on the budget tonight.\n")
	wantDeclined(t, e, "whos winning the football tonight")
	wantTop(t, e, "what will the council vote on tonight", "The council will vote on the budget tonight.", true)
	e = engineOfText(t, "---\nid: t\nheadline: Talks\n---\nThe leaders said the deal would bring a lasting peace to the region.\n")
	wantDeclined(t, e, "who won the football last night")
	e = engineOfText(t, "---\nid: t\nheadline: Strike\n---\nThe port union said on Monday that it would strike again.\n")
	wantDeclined(t, e, "can someone send me the slides from mondays seminar")
	wantTop(t, e, "what happened monday", "said on Monday", true)
	if !chatTimePhrase([]string{"who", "won", "last", "night"}, "last") || chatTimePhrase([]string{"the", "last", "strike"}, "last") {
		t.Errorf("chatTimePhrase: want \"last night\" a phrase of the asker's time, \"the last strike\" none")
	}
}

// TestLastedNoSingleDate: "how long did X last" is not answered by the
// one date X happened on; a stretch between two dates answers.
func TestLastedNoSingleDate(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Mediator\n---\nThe minister named Ana Ruiz, a judge who ended a rail strike in 2018, to lead the talks.\n")
	wantDeclined(t, e, "how long did the rail strike that ruiz ended last")
	if !boundingDates("the strike ran from March 2018 to May 2018", []span{{20, 30}, {34, 42}}) || boundingDates("ended a rail strike in 2018", []span{{20, 27}}) {
		t.Errorf("boundingDates: want a stretch from one date to another, not one date")
	}
	if !boundingDates("the port has been shut since March 2018", []span{{29, 39}}) {
		t.Errorf("boundingDates: want one date after \"since\" a stretch to now")
	}
}

// TestEverCameAbout: "did X ever V" asks whether the deed came about; a
// passage on X without V does not say, one with V does.
func TestEverCameAbout(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Stranded\n---\nLena Holt, a student flying home to Oslo, said she had slept on the floor near gate 9 and blamed the airline.\n")
	wantDeclined(t, e, "did lena holt ever sue the airline")
	e = engineOfText(t, "---\nid: t\nheadline: Stranded\n---\nLena Holt, a student, said she had slept on the floor near gate 9.\nHolt sued the airline on Sunday evening.\n")
	wantTop(t, e, "did lena holt ever sue the airline", "Holt sued the airline", true)
}

// TestFinallyWhen: "when did X finally get V-ed" asks the date of the
// deed V; a date of another deed on X does not give it.
func TestFinallyWhen(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Pump\n---\nAn engineer who inspected the Harlow pump station in 2019 said it was badly worn.\n")
	wantDeclined(t, e, "when did the harlow pump station finally get repaired")
	e = engineOfText(t, "---\nid: t\nheadline: Pump\n---\nAn engineer who inspected the Harlow pump station in 2019 said it was badly worn.\nThe Harlow pump station was repaired in 2022.\n")
	wantTop(t, e, "when did the harlow pump station finally get repaired", "was repaired in 2022", true)
}

// TestNamesOf: "whats the names of X" asks for X's names as "the name
// of" does: a passage on X that names none of them does not say.
func TestNamesOf(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Quake\n---\nA bus driver said he had carried his three sons out of the house.\n")
	wantDeclined(t, e, "whats the names of the bus drivers sons")
	if _, head := e.nameOf(strings.Fields("whats the names of the bus drivers sons")); head == "" {
		t.Errorf("nameOf(whats the names of …) = \"\"; want the noun named")
	}
}

// TestCaptionScene: a photo caption that names only the places of its
// scene gives no one who did anything it shows.
func TestCaptionScene(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Flood\n---\n> Volunteers stack sandbags beside a flooded warehouse on Mill Road in Harlow, England, on Tuesday, May 5, 2026. (Daily Star/Jo Bell)\nThe river rose two metres overnight.\n")
	wantDeclined(t, e, "who built the flooded warehouse on mill road")
}
