// Command qadebug shows how the answer engine sees questions: a tool for
// working on the ranking and abstention, not for users.
//
//	go run ./cmd/qadebug rank "who refused to deploy troops?"
//	go run ./cmd/qadebug rank --corpus ../shared/transfer/quake/articles "how many died?"
//	go run ./cmd/qadebug rank --size 1000 "who refused to deploy troops?"
//	go run ./cmd/qadebug abstain internal/qa/testdata/dev_realistic.jsonl
//	go run ./cmd/qadebug recall --corpus internal/qa/testdata/tram/articles internal/qa/testdata/tram/questions.jsonl
//	go run ./cmd/qadebug scale 1000
//	go run ./cmd/qadebug vocab
//	go run ./cmd/qadebug quotes [--corpus DIR]
//	go run ./cmd/qadebug quote "hardest yards"
//	go run ./cmd/qadebug similar patching treated crash rest
//
// rank prints how the question was read, every candidate passage with its
// named features and score (weights from internal/qa/weights.txt), the
// evidence features of the best and their weighted sum (below 0: declined),
// and the answer. abstain prints, for each question of a cases file,
// whether it is answerable, whether it is answered and why not; recall,
// where the first gold passage stands among the candidates (0: none). scale
// scores the development and more questions among N articles: the real
// ones and synthetic distractors, a synthetic top passage counted a miss.
// vocab measures the hand-written synonyms (index/vocabulary.txt) against
// the embeddings: a word whose GloVe similarity to another of its group
// reaches soft matching's threshold is matched without the list. similar
// prints the GloVe similarity of each pair of words given, the figure the
// README cites for near words (soft matching's floor is 0.65).
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/eval"
	"github.com/summitbot/summitbot/internal/lexicon"
	"github.com/summitbot/summitbot/internal/qa"
	"github.com/summitbot/summitbot/internal/synth"
)

const usage = `usage: qadebug rank [--corpus DIR] [--size N] QUESTION
       qadebug abstain [--corpus DIR] CASES.jsonl
       qadebug recall [--corpus DIR] CASES.jsonl
       qadebug scale N
       qadebug vocab
       qadebug quotes [--corpus DIR]
       qadebug quote [--corpus DIR] WORDS
       qadebug similar WORD WORD [WORD WORD …]`

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "qadebug:", err)
		os.Exit(2)
	}
}

func run(ctx context.Context, args []string, out io.Writer) error {
	if len(args) == 0 {
		return fmt.Errorf("%s", usage)
	}
	fs := flag.NewFlagSet(args[0], flag.ContinueOnError)
	dir := fs.String("corpus", "", "answer from the articles of this folder alone")
	size := fs.Int("size", 0, "rank among this many articles: the real ones and synthetic distractors")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	switch args[0] {
	case "rank":
		e, err := engine(*dir, *size)
		if err != nil {
			return err
		}
		return rank(ctx, e, strings.Join(fs.Args(), " "), out)
	case "abstain", "recall":
		if fs.NArg() != 1 {
			return fmt.Errorf("%s", usage)
		}
		e, err := engine(*dir, 0)
		if err != nil {
			return err
		}
		if args[0] == "recall" {
			return recall(ctx, e, fs.Arg(0), out)
		}
		return abstain(ctx, e, fs.Arg(0), out)
	case "vocab":
		return vocab(out)
	case "similar":
		if fs.NArg() == 0 || fs.NArg()%2 != 0 {
			return fmt.Errorf("similar: want pairs of words\n%s", usage)
		}
		return similar(fs.Args(), out)
	case "quotes", "quote":
		e, err := engine(*dir, 0)
		if err != nil {
			return err
		}
		if args[0] == "quote" {
			fmt.Fprint(out, e.ExplainQuote(strings.Join(fs.Args(), " ")))
			return nil
		}
		for i, q := range e.Quotations() {
			var docs []string
			for _, c := range q.Citations {
				docs = append(docs, c.Article.ID)
			}
			fmt.Fprintf(out, "%3d %-22q %q %v\n", i, q.Speaker, q.Text, docs)
		}
		return nil
	case "scale":
		var n int
		if fs.NArg() != 1 {
			return fmt.Errorf("%s", usage)
		}
		if _, err := fmt.Sscan(fs.Arg(0), &n); err != nil || n < 5 {
			return fmt.Errorf("scale: want a corpus size of 5 articles or more")
		}
		return scale(ctx, n, out)
	}
	return fmt.Errorf("%s", usage)
}

// engine builds an engine over the embedded articles, or a folder's, with
// synthetic distractors up to size articles.
func engine(dir string, size int) (*qa.Engine, error) {
	c, err := corpus.Embedded()
	if err != nil {
		return nil, err
	}
	if dir != "" {
		if c, _, err = corpus.Dir(dir, corpus.LoadOptions{}); err != nil {
			return nil, err
		}
	}
	if size > len(c.Articles) {
		if c, err = synth.Corpus(1, size, c.Articles...); err != nil {
			return nil, err
		}
	}
	ix, err := index.Build(c, index.DefaultVocabulary())
	if err != nil {
		return nil, err
	}
	return qa.New(c, ix), nil
}

func rank(ctx context.Context, e *qa.Engine, question string, out io.Writer) error {
	x, err := e.Explain(ctx, question)
	if err != nil {
		return err
	}
	w := qa.DefaultWeights()
	fmt.Fprintf(out, "read as: %q (%s)\n\n", x.Read, x.Kind)
	fmt.Fprintf(out, "%-14s %-14s %-14s %-14s %s\n", "typed", "normalised", "read", "analysed", "name/unknown/vector, matches")
	for _, t := range x.Terms {
		fmt.Fprintf(out, "%-14s %-14s %-14s %-14s %v/%v/%v %v ~%v\n", t.Typed, t.Normalised, t.Read, t.Analysed, t.Name, t.Unknown, t.Vector, t.Alternatives, t.Near)
	}
	fmt.Fprintln(out)
	fmt.Fprintf(out, "%-5s %-7s", "rank", "score")
	for _, n := range qa.RankFeatures {
		fmt.Fprintf(out, " %6.6s", n)
	}
	fmt.Fprintln(out, "  passage")
	for i, c := range x.Candidates {
		fmt.Fprintf(out, "%-5d %-7.3f", i+1, c.Score)
		for _, f := range c.Features {
			fmt.Fprintf(out, " %6.2f", f)
		}
		fmt.Fprintf(out, "  %s#%d %.80s\n", c.Hit.Article.ID, c.Hit.Passages[0].Seq, c.Hit.Text)
	}
	fmt.Fprintln(out, "\nevidence of the best (feature × weight):")
	sum := 0.0
	for i, n := range qa.EvidenceFeatures {
		v := x.Evidence[i] * w.Evidence[i]
		sum += v
		fmt.Fprintf(out, "  %-14s %6.2f × %6.2f = %6.2f\n", n, x.Evidence[i], w.Evidence[i], v)
	}
	fmt.Fprintf(out, "  %-14s %24.2f (below 0: declined)\n", "sum", sum)
	if x.Declined != "" {
		fmt.Fprintf(out, "declined whatever the evidence: %s\n", x.Declined)
	}
	a, err := e.Ask(ctx, question)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "\nanswered=%v short=%q sources=%v differences=%v\n", a.Answered, a.Short, a.Sources, a.Differences)
	return nil
}

func abstain(ctx context.Context, e *qa.Engine, path string, out io.Writer) error {
	cases, err := eval.ReadCases(path)
	if err != nil {
		return err
	}
	w := qa.DefaultWeights()
	for _, c := range cases {
		x, err := e.Explain(ctx, c.Q)
		if err != nil {
			fmt.Fprintf(out, "%s unanswerable=%v not taken: %v | %s\n", c.ID, c.Unanswerable, err, c.Q)
			continue
		}
		sum := 0.0
		for i := range x.Evidence {
			sum += x.Evidence[i] * w.Evidence[i]
		}
		why := x.Declined
		if why == "" && sum < 0 {
			why = "too little evidence"
		}
		a, _ := e.Ask(ctx, c.Q)
		fmt.Fprintf(out, "%s unanswerable=%v answered=%v evidence=%.2f why=%q | %s\n", c.ID, c.Unanswerable, a.Answered, sum, why, c.Q)
	}
	return nil
}

// recall prints, for each answerable question of a cases file that Ask
// answers by ranking passages, where the first gold passage stands among
// the candidates as Explain ranks them (every one looked at closely: Ask
// looks closely at the best few, so its order may differ below them), or
// that none of them is gold, and whether Ask's own close look reaches a
// gold passage ("looked"), only its search ("retrieved") or neither
// ("none", or "unwritten" where no passage of the articles is gold);
// then how many stand first, second or third, lower, and nowhere, and how
// many of each reach: whether a miss is the search's, the close look's
// cut or the ranking's.
func recall(ctx context.Context, e *qa.Engine, path string, out io.Writer) error {
	cases, err := eval.ReadCases(path)
	if err != nil {
		return err
	}
	var first, top3, lower, none, routed int
	reached := map[string]int{}
	for _, c := range cases {
		if c.Unanswerable {
			continue
		}
		x, err := e.Explain(ctx, c.Q)
		if err != nil || x.Routed {
			routed++
			continue
		}
		good := func(h qa.Hit) bool {
			return eval.Good(c, eval.Passage{Doc: h.Article.ID, Text: h.Text})
		}
		at := slices.IndexFunc(x.Candidates, func(cand qa.Candidate) bool { return good(cand.Hit) })
		reach := "none"
		if at < 0 && !anyGood(e, c) {
			reach = "unwritten" // no passage, nor two adjacent ones, is gold
		}
		switch {
		case slices.ContainsFunc(x.AskLooked, good):
			reach = "looked"
		case at >= 0:
			reach = "retrieved"
		}
		reached[reach]++
		switch {
		case at < 0:
			none++
		case at == 0:
			first++
		case at < 3:
			top3++
		default:
			lower++
		}
		fmt.Fprintf(out, "%s gold at %d of %d candidates, %s | %s\n", c.ID, at+1, len(x.Candidates), reach, c.Q)
	}
	fmt.Fprintf(out, "\n%d answerable questions ranked by passages: gold first %d, second or third %d, lower %d, not among the candidates %d; Ask's close look reaches gold for %d (looked), its search only for %d (retrieved), neither for %d (none), no passage is gold for %d (unwritten); %d answered otherwise or not taken\n",
		first+top3+lower+none, first, top3, lower, none, reached["looked"], reached["retrieved"], reached["none"], reached["unwritten"], routed)
	return nil
}

// anyGood reports whether any passage of the articles, or any two
// adjacent ones of an article (Ask may show a sentence with its
// neighbour), is a gold passage of c: a question none is for cannot be
// mended by the search.
func anyGood(e *qa.Engine, c eval.Case) bool {
	for _, a := range e.Corpus().Articles {
		for i, p := range a.Passages {
			if eval.Good(c, eval.Passage{Doc: a.ID, Text: p.Text}) ||
				i > 0 && eval.Good(c, eval.Passage{Doc: a.ID, Text: a.Passages[i-1].Text + " " + p.Text}) {
				return true
			}
		}
	}
	return false
}

func scale(ctx context.Context, n int, out io.Writer) error {
	small, err := engine("", 0)
	if err != nil {
		return err
	}
	big, err := engine("", n)
	if err != nil {
		return err
	}
	var real []string
	for _, a := range small.Corpus().Articles {
		real = append(real, a.ID)
	}
	for _, set := range []string{"dev_questions", "more_questions"} {
		cases, err := eval.ReadCases("internal/qa/testdata/" + set + ".jsonl")
		if err != nil {
			return err
		}
		for i := range cases {
			if len(cases[i].Docs) == 0 {
				cases[i].Docs = real // a synthetic article's passage is a miss
			}
		}
		for _, e := range []*qa.Engine{small, big} {
			s, misses := eval.Score(cases, e.Predictions(ctx, cases))
			fmt.Fprintf(out, "%s at %d articles: %s\n", set, len(e.Corpus().Articles), s)
			if e == big {
				for _, m := range misses {
					fmt.Fprintf(out, "  miss %s %q: %.100s\n", m.Case.ID, m.Case.Q, m.Why)
				}
			}
		}
	}
	return nil
}

// similar prints the GloVe similarity of each pair of words (lower case),
// or that a word has no vector.
func similar(words []string, out io.Writer) error {
	emb := lexicon.Default()
	for i := 0; i+1 < len(words); i += 2 {
		a, b := strings.ToLower(words[i]), strings.ToLower(words[i+1])
		if s, ok := emb.Similarity(a, b); ok {
			fmt.Fprintf(out, "%s / %s: %.3f\n", a, b, s)
		} else {
			fmt.Fprintf(out, "%s / %s: no vector\n", a, b)
		}
	}
	return nil
}

// vocab prints, for each synonym group of the built-in vocabulary, which
// words the embeddings already tie to another of the group (similarity at
// least qa.SoftMin, both words rare enough to be matched softly).
func vocab(out io.Writer) error {
	emb := lexicon.Default()
	covered, total := 0, 0
	for _, g := range index.DefaultVocabulary().Synonyms {
		var line []string
		for _, w := range g {
			best, with := float32(0), ""
			for _, o := range g {
				if o == w {
					continue
				}
				if s, ok := emb.Similarity(w, o); ok && s > best {
					best, with = s, o
				}
			}
			r, ok := emb.Rank(w)
			soft := ok && r >= qa.SoftCommon && best >= qa.SoftMin
			total++
			mark := "keep"
			if soft {
				covered++
				mark = "embeddings"
			}
			line = append(line, fmt.Sprintf("%s(%s %.2f %s)", w, with, best, mark))
		}
		fmt.Fprintln(out, strings.Join(line, " "))
	}
	fmt.Fprintf(out, "%d of %d synonym words are tied to their group by the embeddings\n", covered, total)
	return nil
}
