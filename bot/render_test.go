package bot

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/internal/discordfake"
	"github.com/summitbot/summitbot/internal/qa"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/render")

// Discord's limits on a message, written here as Discord documents them
// (developer docs, "Embed Limits" and "Create Message"), not taken from the
// constants the renderer uses: a wrong constant fails the test.
const (
	discordContent     = 2000
	discordTitle       = 256
	discordDescription = 4096
	discordFields      = 25
	discordFieldName   = 256
	discordFieldValue  = 1024
	discordFooter      = 2048
	discordEmbedsTotal = 6000
)

// checkLimits reports every Discord limit a response breaks.
func checkLimits(t *testing.T, name string, resp *discordgo.InteractionResponse) {
	t.Helper()
	d := resp.Data
	if d == nil {
		return
	}
	if n := length(d.Content); n > discordContent {
		t.Errorf("%s: content %d characters; limit %d", name, n, discordContent)
	}
	for _, e := range d.Embeds {
		for _, c := range []struct {
			what  string
			s     string
			limit int
		}{{"title", e.Title, discordTitle}, {"description", e.Description, discordDescription}} {
			if n := length(c.s); n > c.limit {
				t.Errorf("%s: embed %s %d characters; limit %d", name, c.what, n, c.limit)
			}
		}
		if e.Footer != nil && length(e.Footer.Text) > discordFooter {
			t.Errorf("%s: footer %d characters; limit %d", name, length(e.Footer.Text), discordFooter)
		}
		if len(e.Fields) > discordFields {
			t.Errorf("%s: %d fields; limit %d", name, len(e.Fields), discordFields)
		}
		for _, f := range e.Fields {
			if length(f.Name) > discordFieldName || length(f.Value) > discordFieldValue || f.Name == "" || f.Value == "" {
				t.Errorf("%s: field %q: name %d, value %d characters; want 1–%d and 1–%d", name, f.Name, length(f.Name), length(f.Value), discordFieldName, discordFieldValue)
			}
		}
	}
	if n := embedsLength(d.Embeds); n > discordEmbedsTotal {
		t.Errorf("%s: embeds total %d characters; limit %d", name, n, discordEmbedsTotal)
	}
	for _, c := range d.Components {
		row, ok := c.(discordgo.ActionsRow)
		if !ok || len(row.Components) > 5 {
			t.Errorf("%s: component %#v; want an action row of at most 5 buttons", name, c)
			continue
		}
		for _, b := range row.Components {
			if id := b.(discordgo.Button).CustomID; id == "" || len(id) > maxCustomID {
				t.Errorf("%s: custom_id %q; want 1–%d characters", name, id, maxCustomID)
			}
		}
	}
	if len(d.Choices) > maxChoices {
		t.Errorf("%s: %d choices; limit %d", name, len(d.Choices), maxChoices)
	}
}

// valid checks a response against Discord's limits and its OpenAPI
// description, and returns its JSON.
func valid(t *testing.T, name string, r reply) []byte {
	t.Helper()
	resp := r.response()
	checkLimits(t, name, resp)
	got, err := json.MarshalIndent(resp, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if err := discordfake.ValidateCallback(got); err != nil {
		t.Errorf("%s: Discord would reject it: %v", name, err)
	}
	return got
}

// golden compares a response with testdata/render/name.json (rewritten with
// -update), after valid's checks. Inputs are fixed answers built from the
// corpus, so that the files change only when rendering does, not when the
// engine ranks differently.
func golden(t *testing.T, name string, r reply) {
	t.Helper()
	got := append(valid(t, name, r), '\n')
	path := filepath.Join("testdata", "render", name+".json")
	if *update {
		os.MkdirAll(filepath.Dir(path), 0o755)
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%s: %v (run go test -update)", name, err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s: rendering differs from %s (go test -update to accept):\ngot:\n%s", name, path, got)
	}
}

// TestRenderAnswers renders the real engine's answers: within every limit
// and valid; their exact text is the engine's business, so no golden file.
func TestRenderAnswers(t *testing.T) {
	e := engine(t)
	for _, q := range []string{
		"who refused to deploy troops?",
		"where was the summit held?",
		"how many countries attended the summit?",
		"what did Zelenskyy say?",
		"what colour was Macron's tie?",
	} {
		a, err := e.Ask(t.Context(), q)
		if err != nil {
			t.Fatal(err)
		}
		r := renderAnswer(a, e.Corpus())
		valid(t, q, r)
		valid(t, q+" (more)", renderMore(a, 1))
		if d := r.embeds[0].Description; a.Answered && a.Short != "" && !strings.HasPrefix(d, "**"+escape(a.Short)+"**") {
			t.Errorf("%s: description %q; want the short answer %q in bold first", q, d, a.Short)
		}
		if r.ephemeral == a.Answered {
			t.Errorf("%s: ephemeral %v for answered %v; want only misses ephemeral", q, r.ephemeral, a.Answered)
		}
	}
	for _, tc := range []struct{ words, speaker string }{{"", "Macron"}, {"coalition of the willing", ""}, {"purple elephants", ""}} {
		res, err := e.Quote(t.Context(), tc.words, tc.speaker)
		if err != nil {
			t.Fatal(err)
		}
		valid(t, "quote "+tc.words+tc.speaker, renderQuotes(res, tc.words, tc.speaker))
	}
	// a quotation that says the opposite of the words looked up is marked so
	res, err := e.Quote(t.Context(), "these are just words", "")
	if err != nil || len(res) == 0 {
		t.Fatalf("quote these are just words: %v, %v", res, err)
	}
	r := renderQuotes(res, "these are just words", "")
	valid(t, "quote these are just words", r)
	if len(r.embeds) == 0 || len(r.embeds[0].Fields) == 0 || !strings.Contains(r.embeds[0].Fields[0].Value, "differ by “not”") {
		t.Errorf("quote these are just words: %+v; want the first quotation marked as saying not", r.embeds)
	}
}

// fixedAnswer is an answer built by hand from the corpus, stable across
// engine changes.
func fixedAnswer(t *testing.T, c *corpus.Corpus, answered bool) qa.Answer {
	t.Helper()
	const want = "Croatia and the Czech Republic"
	var hits []qa.Hit
	for _, a := range c.Articles {
		for _, p := range a.Passages {
			if i := strings.Index(p.Text, want); i >= 0 || strings.Contains(p.Text, "deploy") {
				h := qa.Hit{Article: a, Passages: []corpus.Passage{p}, Text: p.Text}
				if i >= 0 {
					h.Marks = [][2]int{{i, i + len(want)}}
				}
				hits = append(hits, h)
			}
		}
	}
	if len(hits) < 3 {
		t.Fatalf("corpus: %d passages about deploying; want at least 3", len(hits))
	}
	a := qa.Answer{Question: "who refused to deploy troops?", Answered: answered, Passages: hits[:min(len(hits), qa.MaxPassages)]}
	if answered {
		a.Short = want
		a.Sources = []string{hits[0].Article.ID, c.Articles[0].ID, c.Articles[2].ID}
		a.Differences = []string{"One article says 35 countries; another says more than 35 officials."}
	}
	return a
}

func TestRenderGolden(t *testing.T) {
	c := engine(t).Corpus()
	a := fixedAnswer(t, c, true)
	golden(t, "answer", renderAnswer(a, c))
	golden(t, "answer-more", renderMore(a, 1))
	golden(t, "miss", renderMiss(fixedAnswer(t, c, false)))
	var quotes []qa.QuoteResult
	for _, art := range c.Articles {
		for _, q := range art.Quotes[:min(2, len(art.Quotes))] {
			quotes = append(quotes, qa.QuoteResult{Text: q.Text, Speaker: q.Speaker, Citations: []qa.QuoteCitation{{Article: art, Sentence: q.Text}}})
		}
	}
	golden(t, "quotes", renderQuotes(quotes, "", "anyone"))
	golden(t, "quotes-none", renderQuotes(nil, "purple elephants", ""))
	near := append([]qa.QuoteResult(nil), quotes[:2]...)
	for i := range near {
		near[i].Near = true
	}
	golden(t, "quotes-near", renderQuotes(near, "purple elephants", ""))
}

// longestPassages are the corpus's longest passages, longest first.
func longestPassages(c *corpus.Corpus, n int) []qa.Hit {
	var hits []qa.Hit
	for _, a := range c.Articles {
		for _, p := range a.Passages {
			hits = append(hits, qa.Hit{Article: a, Passages: []corpus.Passage{p}, Text: p.Text, Marks: [][2]int{{0, min(len(p.Text), 20)}}})
		}
	}
	for i := range hits { // selection of the n longest, stable
		for j := i + 1; j < len(hits); j++ {
			if len(hits[j].Text) > len(hits[i].Text) {
				hits[i], hits[j] = hits[j], hits[i]
			}
		}
		if i == n {
			break
		}
	}
	return hits[:n]
}

func TestRenderLimits(t *testing.T) {
	c := engine(t).Corpus()
	long := longestPassages(c, qa.MaxPassages)
	var ids []string
	for _, a := range c.Articles {
		ids = append(ids, a.ID)
	}
	a := qa.Answer{Question: "what did the longest passages say?", Answered: true, Short: long[0].Text[:20], Passages: long, Sources: ids}
	golden(t, "longest", renderAnswer(a, c))
	golden(t, "longest-more", renderMore(a, 1))

	// Past every limit: a passage of 60 sentences, a 300-character short
	// answer, many differences, a question at qa's limit.
	var huge strings.Builder
	for i := 0; i < 60; i++ {
		huge.WriteString(long[i%len(long)].Text + " ")
	}
	text := strings.TrimSpace(huge.String())
	hit := qa.Hit{Article: long[0].Article, Text: text, Marks: [][2]int{{0, 10}, {len(text) - 10, len(text)}}}
	var diffs []string
	for i := 0; i < 40; i++ {
		diffs = append(diffs, long[i%len(long)].Text)
	}
	over := qa.Answer{Question: strings.Repeat("why ", 250), Answered: true, Short: strings.Repeat("very long answer ", 20),
		Passages: []qa.Hit{hit, hit, hit, hit}, Sources: ids, Differences: diffs}
	r := renderAnswer(over, c)
	golden(t, "over-limits", r)
	if d := r.embeds[0].Description; !strings.Contains(d, "More passages") || !strings.HasSuffix(d, "[1]") {
		t.Errorf("over-limits: description ends %q; want it cut with a pointer to More passages", d[max(0, len(d)-120):])
	}
	golden(t, "over-limits-more", renderMore(over, 0))
	golden(t, "over-limits-miss", renderMiss(qa.Answer{Question: over.Question, Passages: []qa.Hit{hit}}))

	var quotes []qa.QuoteResult
	for i := 0; i < qa.MaxQuotes*3; i++ {
		h := long[i%len(long)]
		quotes = append(quotes, qa.QuoteResult{Text: h.Text[:30], Speaker: strings.Repeat("Name ", 60),
			Citations: []qa.QuoteCitation{{Article: h.Article, Sentence: text[:2000]}, {Article: c.Articles[1], Sentence: "x"}}})
	}
	golden(t, "quotes-over-limits", renderQuotes(quotes, strings.Repeat("word ", 200), "someone"))
}

func TestRenderLists(t *testing.T) {
	golden(t, "sources", renderSources(engine(t).Corpus()))
	golden(t, "help", renderHelp())
	golden(t, "small-talk-thanks", renderAnswer(qa.Answer{Question: "thx", Kind: qa.KindSmallTalk, SmallTalk: qa.Thanks}, nil))
	golden(t, "small-talk-greeting", renderAnswer(qa.Answer{Question: "hi", Kind: qa.KindSmallTalk, SmallTalk: qa.Greeting}, nil))
	golden(t, "small-talk-task", renderAnswer(qa.Answer{Question: "write me a poem", Kind: qa.KindSmallTalk, SmallTalk: qa.Task}, nil))
}

func TestCut(t *testing.T) {
	tests := []struct {
		s     string
		limit int
		tail  string
		want  string
	}{
		{"One. Two. Three.", 100, " >", "One. Two. Three."},
		{"One. Two. Three.", 12, " >", "One. Two. >"},
		{"Averyveryverylongword and more", 12, "", "Averyveryve…"},
		{"a few words here", 10, "", "a few…"},
		{"😀😀😀😀😀😀", 5, "", "😀😀…"},
	}
	for _, tt := range tests {
		got := cut(tt.s, tt.limit, tt.tail)
		if got != tt.want || length(got) > tt.limit {
			t.Errorf("cut(%q, %d, %q) = %q; want %q", tt.s, tt.limit, tt.tail, got, tt.want)
		}
	}
}

// TestQuoteBlockLines: a passage of several lines (a paragraph and the one
// before it, a run of bullets) stays quoted on every line, its marks bold
// where they stand.
func TestQuoteBlockLines(t *testing.T) {
	got, cut := quoteBlock("medical supplies\nanimal feed", [][2]int{{0, 16}, {17, 28}}, 200, "")
	if want := "> “**medical supplies**\n> **animal feed**”"; got != want || cut {
		t.Errorf("quoteBlock = %q (cut %v); want %q", got, cut, want)
	}
}
