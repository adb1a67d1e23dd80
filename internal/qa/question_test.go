package qa

import "testing"

func TestCountryUS(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"who were the us envoys", "who were the US envoys"},
		{"did us troops deploy?", "did US troops deploy?"},
		{"can you tell us who came", "can you tell us who came"},
		{"what does it mean for us", "what does it mean for us"},
		{"what did the US say", "what did the US say"},
		{"is Belarus in?", "is Belarus in?"},
		{"usual suspects, thus", "usual suspects, thus"},
		{"", ""},
	} {
		if got := countryUS(tc.in); got != tc.want {
			t.Errorf("countryUS(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

// TestLowerCaseUS: a lower-case "us" asks about the country, a name, as the
// capitalised one does.
func TestLowerCaseUS(t *testing.T) {
	e := testEngine(t)
	for _, q := range []string{"Who were the US envoys at the summit?", "who were the us envoys at the summit"} {
		found := false
		for _, qt := range e.analyse(q).terms {
			found = found || qt.term == "us" && qt.entity
		}
		if !found {
			t.Errorf("analyse(%q) has no term us naming something; want one", q)
		}
	}
}

func TestFocus(t *testing.T) {
	e := testEngine(t)
	for _, tc := range []struct{ q, want string }{
		{"Which hotel did the envoys stay at?", "hotel"},
		{"whats the budget for the cell", "budget"},
		{"What is the capital of Australia?", "capit"},
		{"What kind of help did they offer?", "help"},
		{"Which touchy subject was left aside?", ""},
		{"Who refused to deploy troops?", ""},
		{"What did Merz say?", ""},
	} {
		if got := e.analyse(tc.q).focus; got != tc.want {
			t.Errorf("analyse(%q).focus = %q; want %q", tc.q, got, tc.want)
		}
	}
}

func TestClassify(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want Kind
	}{
		{"Who refused to deploy troops?", KindWho},
		{"On what day did the talks continue?", KindWhen},
		{"In which city did they meet?", KindWhere},
		{"What did Merz say about compromise?", KindSaid},
		{"How did Macron and Starmer respond?", KindHow},
		{"How many countries took part?", KindHowMany},
		{"whats the budget", KindWhat},
	} {
		if got, _ := classify(tc.q); got != tc.want {
			t.Errorf("classify(%q) = %s; want %s", tc.q, got, tc.want)
		}
	}
}
