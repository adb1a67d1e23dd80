package index

import (
	"fmt"
	"strings"

	gounicode "unicode"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/token/porter"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/registry"
)

const (
	analyzerName   = "summit"
	vocabFilter    = "summit_vocab"
	synonymSource  = "summit_synonyms"
	synonymCollect = "synonyms"
)

// stopWords are dropped from text and questions. Unlike bleve's English list,
// negations stay: "would not deploy" must keep its "not".
var stopWords = strings.Fields(`a about above after again all am an and any are as at be because been
	before being below between both but by could did do does doing down during each few for from further
	had has have having he her here hers herself him himself his how i if in into is it its itself just
	me more my myself of off on once only or other our ours ourselves out over own same she should
	so some such than that the their theirs them themselves then there these they this those through to
	too under until up very was we were what when where which while who whom why will with would you
	your yours yourself yourselves also can may might must shall`)

func init() {
	// bleve looks filters up by type name in its registry; the vocabulary
	// itself travels in each mapping's configuration, not in a global.
	if err := registry.RegisterTokenFilter(vocabFilter, newVocabTokenFilter); err != nil {
		panic(err)
	}
}

// newMapping returns the index mapping: one field, the passage text,
// analysed with the summit analyzer (unicode tokens, possessives, the
// vocabulary filter — aliases, folding, stop words —, lower case, Porter
// stems), BM25 scoring, and the vocabulary's synonyms as a synonym source.
func newMapping(v *Vocabulary) (*mapping.IndexMappingImpl, error) {
	m := mapping.NewIndexMapping()
	m.ScoringModel = "bm25"
	aliases := map[string]interface{}{}
	for k, canon := range v.Aliases {
		aliases[k] = canon
	}
	stops := make([]interface{}, len(stopWords))
	for i, w := range stopWords {
		stops[i] = w
	}
	var cased []interface{}
	for w := range v.Cased {
		cased = append(cased, w)
	}
	if err := m.AddCustomTokenFilter(vocabFilter, map[string]interface{}{
		"type": vocabFilter, "aliases": aliases, "stop": stops, "cased": cased,
	}); err != nil {
		return nil, fmt.Errorf("index: mapping: %w", err)
	}
	if err := m.AddCustomAnalyzer(analyzerName, map[string]interface{}{
		"type":      custom.Name,
		"tokenizer": unicode.Name,
		// the vocabulary filter lower-cases as it folds, but sees the
		// words as written first: "US" is a country, "us" is not
		"token_filters": []interface{}{en.PossessiveName, vocabFilter, lowercase.Name, porter.Name},
	}); err != nil {
		return nil, fmt.Errorf("index: mapping: %w", err)
	}
	if err := m.AddSynonymSource(synonymSource, map[string]interface{}{
		"collection": synonymCollect, "analyzer": analyzerName,
	}); err != nil {
		return nil, fmt.Errorf("index: mapping: %w", err)
	}
	text := mapping.NewTextFieldMapping()
	text.Analyzer = analyzerName
	text.SynonymSource = synonymSource
	text.Store = false
	text.IncludeTermVectors = true // phrase queries need positions
	doc := mapping.NewDocumentMapping()
	doc.AddFieldMappingsAt("text", text) // the only field: what a search matches
	m.DefaultMapping = doc
	m.DefaultAnalyzer = analyzerName
	return m, nil
}

// vocabTokenFilter folds case and accents, merges multi-word aliases into one
// token, maps every alias to its name, turns "won't" and the like into
// "not", and drops stop words, and the cased aliases when not written in
// capitals. It runs before stemming, and keeps each token's byte offsets, so
// a merged token spans its words.
type vocabTokenFilter struct {
	aliases map[string]string
	stop    map[string]bool
	cased   map[string]bool
	// starts maps the first word of each multi-word alias to the most
	// words such an alias has, so that most tokens need no joined look-up
	starts map[string]int
}

func newVocabTokenFilter(config map[string]interface{}, _ *registry.Cache) (analysis.TokenFilter, error) {
	f := &vocabTokenFilter{aliases: map[string]string{}, stop: map[string]bool{}, cased: map[string]bool{}, starts: map[string]int{}}
	if m, ok := config["aliases"].(map[string]interface{}); ok {
		for k, v := range m {
			s, ok := v.(string)
			if !ok {
				return nil, fmt.Errorf("index: alias %q is not a string", k)
			}
			f.aliases[k] = s
			if words := strings.Fields(k); len(words) > 1 {
				f.starts[words[0]] = max(f.starts[words[0]], len(words))
			}
		}
	}
	for key, set := range map[string]map[string]bool{"stop": f.stop, "cased": f.cased} {
		if l, ok := config[key].([]interface{}); ok {
			for _, w := range l {
				if s, ok := w.(string); ok {
					set[s] = true
				}
			}
		}
	}
	return f, nil
}

func (f *vocabTokenFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	out := input[:0]
	terms := make([]string, len(input))
	for i, t := range input {
		terms[i] = Fold(string(t.Term))
		if f.cased[terms[i]] && !allCaps(t.Term) {
			terms[i] = "" // "us", not "US": a common word, dropped
		}
	}
	for i := 0; i < len(input); {
		n, canon := f.match(terms, i)
		t := input[i]
		if n > 0 {
			t.End = input[i+n-1].End
			t.Term = []byte(canon)
			out = append(out, t)
			i += n
			continue
		}
		term := terms[i]
		if strings.HasSuffix(term, "n't") {
			term = "not"
		}
		i++
		if f.stop[term] || term == "" || f.stop[contracted(term)] {
			continue
		}
		t.Term = []byte(term)
		out = append(out, t)
	}
	return out
}

// contracted returns the word a contraction of a verb shortens
// ("they'll", "we've", "you're", "I'd", "I'm": "they", "we", "you", "i"),
// or "": a stop word so contracted is a stop word still.
func contracted(term string) string {
	for _, suffix := range []string{"'ll", "'re", "'ve", "'d", "'m"} { // (the fold filter has made "’" "'")
		if base, ok := strings.CutSuffix(term, suffix); ok {
			return base
		}
	}
	return ""
}

// allCaps reports whether a word has letters and all of them are capitals.
func allCaps(w []byte) bool {
	letters := 0
	for _, r := range string(w) {
		if gounicode.IsLetter(r) {
			if !gounicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters > 0
}

// match returns how many tokens from i form an alias, and its name.
func (f *vocabTokenFilter) match(terms []string, i int) (int, string) {
	for n := min(max(f.starts[terms[i]], 1), len(terms)-i); n >= 1; n-- {
		key := terms[i]
		if n > 1 {
			key = strings.Join(terms[i:i+n], " ")
		}
		if canon, ok := f.aliases[key]; ok {
			return n, canon
		}
		if base, ok := strings.CutSuffix(key, "s"); ok && n > 1 && !strings.HasSuffix(base, "s") {
			// the plural of a name of several words, in its last one
			// ("prime ministers"): the canonical token, plural too, for
			// the stemmer to take back to the singular's stem
			if canon, ok := f.aliases[base]; ok {
				return n, canon + "s"
			}
		}
	}
	return 0, ""
}

// Fold lower-cases a word, folds Latin accents (é → e), straight and curly
// apostrophes alike, and drops a trailing period ("u.s." → "u.s").
func Fold(s string) string {
	plain := true // ASCII without capitals: nothing to fold but a final period
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || c >= 'A' && c <= 'Z' {
			plain = false
			break
		}
	}
	if plain {
		return strings.TrimSuffix(s, ".")
	}
	s = strings.ToLower(s)
	var b strings.Builder
	for _, r := range s {
		if f, ok := accents[r]; ok {
			b.WriteString(f)
			continue
		}
		if r == '’' || r == '‘' {
			r = '\''
		}
		b.WriteRune(r)
	}
	return strings.TrimSuffix(b.String(), ".")
}

var accents = func() map[rune]string {
	m := map[rune]string{}
	for _, pair := range strings.Fields("àa áa âa ãa äa åa æae çc èe ée êe ëe ìi íi îi ïi ñn òo óo ôo õo öo øo ùu úu ûu üu ýy ÿy ßss ćc čc ďd ěe łl ńn řr śs šs ťt ůu źz žz żz ąa ęe őo űu") {
		r := []rune(pair)
		m[r[0]] = string(r[1:])
	}
	return m
}()
