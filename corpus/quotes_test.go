package corpus

import (
	"fmt"
	"strings"
	"testing"
)

// parseBody parses a one-off article from its body lines.
func parseBody(t *testing.T, body ...string) *Article {
	t.Helper()
	a, err := Parse("test.md", []byte("---\nid: test\n---\n"+strings.Join(body, "\n")))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestQuoteAttribution(t *testing.T) {
	for _, tc := range []struct {
		name  string
		body  []string
		quote string // words of the quotation
		want  string // its speaker; "" for unknown
	}{
		{"X said after", []string{"“Not everyone is ready,” Zelenskyy said."}, "Not everyone is ready", "Zelenskyy"},
		{"said X after", []string{"“We go,” said Emmanuel Macron."}, "We go", "Emmanuel Macron"},
		{"X said before", []string{"Starmer said the meeting made “excellent progress”."}, "excellent progress", "Starmer"},
		{"full name from earlier", []string{"Prime Minister Keir Starmer arrived.", "Starmer said it was “excellent”."}, "excellent", "Keir Starmer"},
		{"X added", []string{"Merz added, “We will see.”"}, "We will see.", "Merz"},
		{"X called", []string{"Kushner called the meeting “a very, very, big milestone”."}, "a very, very, big milestone", "Kushner"},
		{"X, title …, said", []string{"Carolina Espinoza, director of the agency Senapred, said aftershocks went on.", "\"Stay out,\" she said."}, "Stay out", "Carolina Espinoza"},
		{"X, title …, said before", []string{"Paula Henríquez, director of the charity Refugio Andino, said families should not be rebuilding \"with borrowed money.\""}, "with borrowed money.", "Paula Henríquez"},
		{"a title before the verb", []string{"Foreign Minister Ignacio Rebolledo opened the conference.", "It met in Calama, at a conference the country's foreign minister described as \"only the first step\" to rebuilding."}, "only the first step", "Ignacio Rebolledo"},
		{"a title no one has", []string{"The city of Calama met, and the minister said \"we rebuild\" there."}, "we rebuild", "the minister"},
		{"title words inside a name", []string{"Interior Minister Tomás Villagra said \"we count\" today."}, "we count", "Tomás Villagra"},
		{"an occupation before a name", []string{"Seismologist Felipe Cárdenas said \"it shook\" at once."}, "it shook", "Felipe Cárdenas"},
		{"runs on into the next paragraph", []string{"The mayor spoke at the stadium.", "“We will rebuild every house.", "“Every family will have a roof,” Mayor Julio Quispe said."}, "We will rebuild every house.", "Julio Quispe"},
		{"runs on, attributed before", []string{"Merz said: “We will compromise.", "“Nobody gets everything,” he added."}, "We will compromise.", "Merz"},
		{"according to X, after", []string{"“We will go,” according to Emmanuel Macron."}, "We will go", "Emmanuel Macron"},
		{"according to X, before", []string{"According to Macron, the plan is “robust and fair”."}, "robust and fair", "Macron"},
		{"title, name, said after", []string{"“We are ready,” the German chancellor, Friedrich Merz, said."}, "We are ready", "Friedrich Merz"},
		{"X called it 'word'", []string{"Prime Minister Mark Carney called it 'historic' after the talks."}, "historic", "Mark Carney"},
		{"X cited “word” talks", []string{"Envoy Steve Witkoff cited “fruitful” talks with Kyiv."}, "fruitful", "Steve Witkoff"},
		{"X described … as “word”", []string{"Merz described the meeting as “constructive” on Tuesday."}, "constructive", "Merz"},
		{"X hailed a “phrase”", []string{"Macron hailed a “decisive step” for Europe."}, "decisive step", "Macron"},
		{"which X called “word”", []string{"The talks, which Starmer called “productive”, ended late."}, "productive", "Starmer"},
		{"X's “word”", []string{"Kushner welcomed what he said was “real progress” in Paris."}, "real progress", "Kushner"},
		{"X, who …, said that", []string{"Witkoff, who has led talks with Russia, said that Trump “strongly stands behind” it."}, "strongly stands behind", "Witkoff"},
		{"he said, same paragraph", []string{"Chancellor Friedrich Merz spoke. “We will compromise,” he said."}, "We will compromise", "Friedrich Merz"},
		{"He added, paragraph before", []string{"Witkoff said “a lot”.", "He added, “Those protocols deter.”"}, "Those protocols deter.", "Witkoff"},
		{"he, after the one the paragraph names", []string{"President Donald Trump was away.", "German Chancellor Friedrich Merz expressed readiness to help. He emphasised the need for “binding guarantees” today."}, "binding guarantees", "Friedrich Merz"},
		{"a name ending in s", []string{"Tom Williams arrived.", "Williams said “we go” at once."}, "we go", "Tom Williams"},
		{"a group", []string{"The allies said they must still finalise “binding commitments” soon."}, "binding commitments", "the allies"},
		{"a group, no article", []string{"Officials said the protocols were “largely finished”."}, "largely finished", "officials"},
		{"continuation", []string{"“We must,” he said. “If not, nothing.”"}, "If not, nothing.", ""},
		{"continuation after a speaker", []string{"“We must,” Zelenskyy said. “If not, nothing.”"}, "If not, nothing.", "Zelenskyy"},
		{"a word about someone else", []string{"The tone was warm, with Witkoff praising Sir Keir Starmer as \"incredible.\""}, "incredible.", "Witkoff"},
		{"nobody", []string{"The so-called “coalition of the willing” met."}, "coalition of the willing", ""},
		// the subject that opens the sentence, past a long apposition that
		// names a month or a place, and before a participle of saying
		{"X, title … since April, said; he said", []string{"Owen Latimer, managing director of Corvell, which has held the contract since April 2022, said the firm was never asked. “Our contract covers painting,” he said."}, "Our contract covers painting", "Owen Latimer"},
		{"X, age, who … Mill Row …, said; he said", []string{"Gerald Comeau, 77, who has lived on Mill Row since 1969, said he left. “It sounded like a train,” he said."}, "It sounded like a train", "Gerald Comeau"},
		{"X … thanked Y, saying", []string{"Transport Minister Rasmus Voss welcomed the deal and thanked Haugen, saying it proved “that dialogue works”."}, "that dialogue works", "Rasmus Voss"},
		// the name set off after the title an attribution opens with
		{"said the title, X", []string{"“Now I have people queuing,” said the company's owner, Tom Aske, 54."}, "Now I have people queuing", "Tom Aske"},
		{"said Org's title, X", []string{"“The ships can wait,” said Kestrel's chief analyst, Tomasz Wierzbicki."}, "The ships can wait", "Tomasz Wierzbicki"},
		{"Adverb, X, title, said", []string{"Separately, Anna Berg, the mayor, said the roads were “almost clear”."}, "almost clear", "Anna Berg"},
		{"with X, title, saying", []string{"Harwick Council approved the plan, with Anna Berg, the mayor, saying it was “long overdue”."}, "long overdue", "Anna Berg"},
		{"said the title, day", []string{"“We are ready,” said the mayor, Thursday."}, "We are ready", ""}, // (no one named; not "Thursday")
		{"not a place name", []string{"The “robust” guarantees would see the United States lead, Macron said."}, "robust", "Macron"},
		{"spanning sentences", []string{"“It is done. These are not just words,” he said of it. Zelenskyy left."}, "It is done. These are not just words", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := parseBody(t, tc.body...)
			var got []string
			for _, q := range a.Quotes {
				if q.Text == tc.quote {
					if q.Speaker != tc.want {
						t.Errorf("speaker of %q = %q; want %q", tc.quote, q.Speaker, tc.want)
					}
					if a.Text[q.Start:q.End] != q.Text {
						t.Errorf("quote offsets give %q; want %q", a.Text[q.Start:q.End], q.Text)
					}
					return
				}
				got = append(got, fmt.Sprintf("%q", q.Text))
			}
			t.Errorf("no quotation %q; found %s", tc.quote, strings.Join(got, ", "))
		})
	}
}

// TestRunOnOnlyBeforeAQuotedParagraph: a quotation left open is taken to
// run on only when the next paragraph opens with a quotation mark; else
// it is a stray mark, and no quotation.
func TestRunOnOnlyBeforeAQuotedParagraph(t *testing.T) {
	a := parseBody(t, "He said “the words never close here.", "The next paragraph is narrative.")
	if len(a.Quotes) != 0 {
		t.Errorf("quotes = %+v; want none", a.Quotes)
	}
}

// TestSpeakerTitle: a quotation carries the title the article gives its
// speaker.
func TestSpeakerTitle(t *testing.T) {
	a := parseBody(t, "Interior Minister Tomás Villagra arrived.", "Villagra said “we count” today.", "“We go,” said Mayor Julio Quispe.")
	for _, q := range a.Quotes {
		want := map[string]string{"we count": "Interior Minister", "We go": "Mayor"}[q.Text]
		if q.SpeakerTitle != want {
			t.Errorf("title of %q's speaker %q = %q; want %q", q.Text, q.Speaker, q.SpeakerTitle, want)
		}
	}
}

func TestFindQuotesMarks(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{`He said "yes" and 'no'.`, []string{"yes", "no"}},
		{"Ukraine’s ‘progress’ isn’t “real ‘at all’”.", []string{"progress", "real ‘at all’", "at all"}},
		{"the Allies’ plan", nil},
		{"“unclosed", nil},
		{"“unclosed\n“next”", []string{"next"}},
	} {
		var got []string
		for _, q := range findQuotes(tc.in) {
			got = append(got, tc.in[q.start:q.end])
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("findQuotes(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

// TestEmbeddedQuotes checks the attribution of the corpus's own quotations
// that the issue names as hard cases.
func TestEmbeddedQuotes(t *testing.T) {
	c, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ article, quote, want string }{
		{"us-uk-france-pledge", "incredible.", "Steve Witkoff"},
		{"us-backs-guarantees", "the hardest yards are still ahead", "Keir Starmer"},
		{"us-backs-guarantees", "We will certainly have to make compromises", "Friedrich Merz"},
		{"allies-near-framework", "make or break", "Mark Carney"},
		{"allies-near-framework", "as strong as anyone has ever seen", "Steve Witkoff"},
		{"summit-tests-unity", "If they are not ready, then it is not really a ‘coalition of the willing.’", "Volodymyr Zelenskyy"},
		{"talks-continue", "robust", "Emmanuel Macron"},
	} {
		found := false
		for _, q := range c.Article(tc.article).Quotes {
			if q.Text == tc.quote {
				found = true
				if q.Speaker != tc.want {
					t.Errorf("%s: speaker of %q = %q; want %q", tc.article, tc.quote, q.Speaker, tc.want)
				}
			}
		}
		if !found {
			t.Errorf("%s: no quotation %q", tc.article, tc.quote)
		}
	}
}

// TestPassagesVerbatim: every passage is its article's text at its offsets,
// and no site chrome survives cleaning.
func TestPassagesVerbatim(t *testing.T) {
	c, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Articles) != 5 {
		t.Fatalf("%d articles; want 5", len(c.Articles))
	}
	for _, a := range c.Articles {
		for _, p := range a.Passages {
			if a.Text[p.Start:p.End] != p.Text {
				t.Errorf("%s#%d: offsets give %q; want %q", a.ID, p.Seq, a.Text[p.Start:p.End], p.Text)
			}
		}
		for _, chrome := range []string{"Top Story", "Recommended Stories", "itemsend of list", "Latest News", "Menu", "rate it", "Previous Article", "More on"} {
			if strings.Contains(a.Text, chrome) {
				t.Errorf("%s still holds site chrome %q", a.ID, chrome)
			}
		}
	}
}
