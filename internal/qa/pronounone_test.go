package qa

import (
	"strings"
	"testing"
)

// TestPronounOne checks that "one" is read as a count only where a noun,
// or "of" and a plural, follows it as a quantity, and as the pronoun
// after a determiner or with no noun after it.
func TestPronounOne(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"The roof fell onto the one below and crushed it.", true},
		{"No one was hurt when the crane toppled.", true},
		{"Inspectors said the older span was one of the weakest they had seen.", true},
		{"If the levy is cut, there will not be one.", true},
		{"The mayor chose the other one.", true},
		{"Each one that failed was replaced.", true},
		{"One lorry driver was taken to hospital.", false},
		{"Only one person was rescued from the lift.", false},
		{"The city has one of the oldest tram networks in the region.", false},
		{"Roughly one in five homes lost power.", false},
		{"The storm destroyed one barn and two sheds.", false},
		{"Police said that one worker died in the blast.", false},
		{"Only the one bridge that was rebuilt survived.", false},
		{"One that failed was replaced.", true},
		{"One at the back was hurt.", true},
		{"Two men died and one was injured.", false},
		{"Rescuers found one—a child—alive under the slab.", false},
		{"The landslide buried one, hurt nine and cut off 40 farms.", false},
		{"The gale sank one; six other trawlers limped home.", false},
		{"Four cars were towed, two were mended and one, the oldest, was scrapped.", false},
		{"The pier has 12 moorings, and the ferry ties up at one.", true},
		{"In the old town one in every four shops stayed shut.", false},
		{"The fire gutted the main hall and the dining one.", true},
		{"The council opened a rebuilt one, officials said.", true},
		{"From the bank it looked like one, witnesses said.", true},
		{"One man died and one, his son, was hurt.", false},
		{"The president flew home aboard Air Force One.", true},
		{"In 2019 the council promised a new bridge, and one.", true},
	} {
		var at []int // the span numberRE finds of "one"
		for _, m := range numberRE.FindAllStringIndex(tc.text, -1) {
			if strings.EqualFold(tc.text[m[0]:m[1]], "one") {
				at = m
			}
		}
		if at == nil {
			t.Fatalf("numberRE finds no \"one\" alone in %q", tc.text)
		}
		if got := pronounOne(tc.text, span{at[0], at[1]}); got != tc.want {
			t.Errorf("pronounOne(%q) = %v; want %v", tc.text, got, tc.want)
		}
	}
}

// TestPronounOneCounts checks that "how many" is not answered by "one"
// said as a pronoun, though a verb of the question follows it, and is by
// "one" before a noun.
func TestPronounOneCounts(t *testing.T) {
	e := testEngine(t)
	q := e.analyse("how many had to flee the hillside")
	for _, tc := range []struct {
		text string
		want float64
	}{
		{"Each terrace slid onto the one below, leaving the farmers to flee the hillside.", 0},
		{"No one had to flee the hillside, the police said.", 0},
		{"Only one family had to flee the hillside.", 1},
	} {
		if got := e.typeFigure(&q, parsedCand(t, e, tc.text)); got != tc.want {
			t.Errorf("typeFigure(%q, %q) = %v; want %v", "how many had to flee the hillside", tc.text, got, tc.want)
		}
	}
}

// TestElidedOneCounts checks that "how many" is answered by "one" whose
// noun is understood, a verb's object or a conjunct of counts before a
// clause mark, and not by "one" with an adjective before it there.
func TestElidedOneCounts(t *testing.T) {
	e := testEngine(t)
	const question = "how many people were buried"
	q := e.analyse(question)
	for _, tc := range []struct {
		text string
		want float64
	}{
		{"The avalanche buried one, trapped six more skiers and cut the road.", 1},
		{"The avalanche buried the old barn and then a new one, the guides said.", 0},
		{"The avalanche buried the old barn and left the injured one, the guides said.", 0},
	} {
		if got := e.typeFigure(&q, parsedCand(t, e, tc.text)); got != tc.want {
			t.Errorf("typeFigure(%q, %q) = %v; want %v", question, tc.text, got, tc.want)
		}
	}
}
