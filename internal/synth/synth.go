// Package synth generates synthetic news articles for tests and benchmarks:
// plausible reports of other summits, talks, votes and crises, with people,
// places, numbers, dates and quotations, written in the corpus's article
// format. They are deliberate distractors for the real coverage: they share
// its words (summit, troops, ceasefire, guarantees, leaders) but not its
// facts. Generation is deterministic: one seed, one corpus.
package synth

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/summitbot/summitbot/corpus"
)

// Article returns the file name and content of synthetic article i of the
// corpus seeded with seed. It depends only on (seed, i), so any subset of
// a corpus can be made alone.
func Article(seed uint64, i int) (name string, data []byte) {
	g := &gen{r: rand.New(rand.NewPCG(seed, uint64(i)))}
	id := fmt.Sprintf("%s%05d", idPrefix, i)
	return id + ".md", []byte(g.article(id))
}

// Articles parses synthetic articles 0 … n-1 of seed.
func Articles(seed uint64, n int) ([]*corpus.Article, error) {
	out := make([]*corpus.Article, 0, n)
	for i := 0; i < n; i++ {
		name, data := Article(seed, i)
		a, err := corpus.Parse(name, data)
		if err != nil {
			return nil, fmt.Errorf("synth: %w", err)
		}
		out = append(out, a)
	}
	return out, nil
}

// Corpus returns a corpus of n articles: the real ones given, and
// synthetic ones of seed for the rest.
func Corpus(seed uint64, n int, real ...*corpus.Article) (*corpus.Corpus, error) {
	syn, err := Articles(seed, max(n-len(real), 0))
	if err != nil {
		return nil, err
	}
	return corpus.New(append(append([]*corpus.Article(nil), real...), syn...)...)
}

// WithEmbedded returns a corpus of n articles: the embedded real ones
// (corpus.Embedded), and synthetic ones of seed for the rest (all the
// real ones where n is fewer). Tests and benchmarks over a large corpus
// build theirs with it.
func WithEmbedded(seed uint64, n int) (*corpus.Corpus, error) {
	real, err := corpus.Embedded()
	if err != nil {
		return nil, fmt.Errorf("synth: %w", err)
	}
	return Corpus(seed, n, real.Articles...)
}

// idPrefix opens every synthetic article's id.
const idPrefix = "synth-"

// IsSynthetic reports whether id is a synthetic article's (Article's),
// not a real one's.
func IsSynthetic(id string) bool { return strings.HasPrefix(id, idPrefix) }

// gen writes one article from its own random stream.
type gen struct {
	r      *rand.Rand
	people []string // the article's cast, named in full once, then by surname
	named  map[string]bool
	place  string
	topic  string
	event  string
}

func (g *gen) pick(list []string) string { return list[g.r.IntN(len(list))] }

func (g *gen) article(id string) string {
	g.named = map[string]bool{}
	g.place = g.pick(cities)
	g.topic = g.pick(topics)
	g.event = g.pick(events)
	for n := 2 + g.r.IntN(3); len(g.people) < n; {
		p := g.person()
		if !slices.Contains(g.people, p) {
			g.people = append(g.people, p)
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "---\nid: %s\nheadline: %s\n", id, g.fill(g.pick(headlines)))
	if g.r.IntN(2) == 0 {
		fmt.Fprintf(&b, "standfirst: %s\n", g.fill(g.pick(standfirsts)))
	}
	fmt.Fprintf(&b, "outlet: %s\nauthor: %s\n", g.pick(outlets), g.person())
	fmt.Fprintf(&b, "published: %s\nurl: https://news.example/%s\n---\n", g.date(), id)
	for p, paras := 0, 5+g.r.IntN(5); p < paras; p++ {
		switch {
		case p > 1 && g.r.IntN(6) == 0:
			fmt.Fprintf(&b, "## %s\n", g.fill(g.pick(subheads)))
		case p > 2 && g.r.IntN(8) == 0:
			fmt.Fprintf(&b, "- %s\n", g.fill(g.pick(bodies)))
			continue
		}
		var sents []string
		for s, n := 0, 1+g.r.IntN(3); s < n; s++ {
			if g.r.IntN(4) == 0 {
				sents = append(sents, g.fill(g.pick(quoteFrames)))
			} else {
				sents = append(sents, g.fill(g.pick(bodies)))
			}
		}
		b.WriteString(strings.Join(sents, " ") + "\n")
	}
	if g.r.IntN(3) == 0 {
		fmt.Fprintf(&b, "> %s\n", g.fill(g.pick(captions)))
	}
	return b.String()
}

// fill replaces each {slot} of a template.
func (g *gen) fill(t string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(t, '{')
		if i < 0 {
			b.WriteString(t)
			break
		}
		j := strings.IndexByte(t[i:], '}') + i
		b.WriteString(t[:i])
		b.WriteString(g.slot(t[i+1 : j]))
		t = t[j+1:]
	}
	return capital(b.String())
}

// capital upper-cases the first letter of s.
func capital(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

func (g *gen) slot(name string) string {
	switch name {
	case "person":
		p := g.pick(g.people)
		if g.named[p] {
			return p[strings.LastIndexByte(p, ' ')+1:]
		}
		g.named[p] = true
		return g.pick(roles) + " " + p
	case "country", "country2":
		return g.pick(countries)
	case "city":
		return g.place
	case "othercity":
		return g.pick(cities)
	case "org":
		return g.pick(orgs)
	case "topic":
		return g.topic
	case "event":
		return g.event
	case "n":
		return fmt.Sprint(2 + g.r.IntN(60))
	case "big":
		return fmt.Sprintf("%d.%d billion", 1+g.r.IntN(90), g.r.IntN(10))
	case "pct":
		return fmt.Sprintf("%d percent", 1+g.r.IntN(40))
	case "date":
		return g.pick(weekdays)
	case "month":
		return g.pick(months)
	case "year":
		return fmt.Sprint(1991 + g.r.IntN(35))
	case "verb":
		return g.pick(verbs)
	case "noun":
		return g.pick(nouns)
	case "quote":
		return g.fill(g.pick(quotes))
	case "said":
		return g.pick(saids)
	}
	return "{" + name + "}"
}

func (g *gen) person() string {
	return g.pick(givenNames) + " " + g.surname()
}

// surname makes a name from syllables: a large, realistic vocabulary of
// rare terms, as a growing news corpus has.
func (g *gen) surname() string {
	var b strings.Builder
	for n := 2 + g.r.IntN(2); n > 0; n-- {
		b.WriteString(g.pick(syllables))
	}
	return capital(b.String())
}

func (g *gen) date() string {
	return fmt.Sprintf("%d-%02d-%02d", 2019+g.r.IntN(8), 1+g.r.IntN(12), 1+g.r.IntN(28))
}
