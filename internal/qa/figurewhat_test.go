package qa

import "testing"

func TestFigureAsked(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"what share of the voters backed the mayor", figurePercent},
		{"what proportion of pupils passed", figurePercent},
		{"what % of the budget went on roads", figurePercent},
		{"what was the total cost of the new school", figureMoney},
		{"whats the maximum fine for speeding", figureMoney},
		{"what fare does the ferry charge", figureMoney},
		{"what did the new school cost to build", figureMoney},
		{"what are the operators charging per trip", figureMoney},
		{"what is the latest number from the ministry", figureCount},
		{"what did they pay for the land", ""},        // the thing bought
		{"what cost savings did the mayor promise", ""}, // savings are asked about
		{"what did the mayor say about the school", ""},
		{"which school closed first", ""},
	} {
		if got := figureAsked(c.q, chatWords(c.q)); got != c.want {
			t.Errorf("figureAsked(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}

func TestPercentOfAndFigureNoun(t *testing.T) {
	text := "In Sunday's vote, 64% of the city's registered voters who took part backed the plan."
	s := findAll(numberRE, text)[0]
	if got := text[percentOf(text, s).start:percentOf(text, s).end]; got != "64% of the city's registered voters" {
		t.Errorf("percentOf = %q", got)
	}
	text = "The council built the new bridge at a cost of $9.5 million in 2019."
	for _, s := range findAll(numberRE, text) {
		if !figureOfKind(figureMoney, text, s) {
			continue
		}
		s = extendNoun(text, s)
		if got := text[figureNounBefore(text, s.start):s.end]; got != "at a cost of $9.5 million" {
			t.Errorf("figureNounBefore = %q", got)
		}
	}
}
