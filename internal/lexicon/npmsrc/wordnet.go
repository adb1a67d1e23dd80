package npmsrc

import (
	"bufio"
	"strconv"
	"strings"
)

// IndexEntry is one entry of a WordNet index file (index.noun, index.verb,
// index.adj, index.adv; wndb(5WN)):
//
//	lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…
type IndexEntry struct {
	Lemma   string   // as written: lower case, "_" between a collocation's words
	Pos     string   // n, v, a or r
	Tagged  int      // tagsense_cnt: how many of its senses WordNet's tagged texts saw
	Synsets []string // its senses' synset offsets, commonest first
}

// ParseIndexEntry reads the fields of an index file's entry; ok is false
// for one that does not read so (a count that is no number, a sense
// short).
func ParseIndexEntry(f []string) (e IndexEntry, ok bool) {
	if len(f) < 4 {
		return IndexEntry{}, false
	}
	n, err1 := strconv.Atoi(f[2])
	p, err2 := strconv.Atoi(f[3])
	if err1 != nil || err2 != nil || n < 1 || p < 0 || n > len(f) || p > len(f) || len(f) < 6+p+n {
		return IndexEntry{}, false
	}
	tagged, err := strconv.Atoi(f[5+p])
	if err != nil {
		return IndexEntry{}, false
	}
	return IndexEntry{Lemma: f[0], Pos: f[1], Tagged: tagged, Synsets: f[6+p : 6+p+n : 6+p+n]}, true
}

// WordNetIndex calls fn with every entry of a WordNet index file that
// reads (ParseIndexEntry).
func WordNetIndex(index []byte, fn func(IndexEntry)) {
	wordNetEntries(index, func(f []string) {
		if e, ok := ParseIndexEntry(f); ok {
			fn(e)
		}
	})
}

// Synset is one entry of a WordNet data file (data.noun, data.verb …;
// wndb(5WN)), w_cnt in hexadecimal, p_cnt in decimal, the frames a verb's
// only:
//
//	offset lex_filenum ss_type w_cnt word lex_id… p_cnt ptr… [f_cnt + f_num w_num…] | gloss
type Synset struct {
	Offset   string
	LexFile  int      // its lexicographer file (lexnames(5WN): 18 noun.person)
	Words    []string // its words as written ("Republic_of_China", "own(a)"), one at least
	Lemmas   []string // the same by WordNetLemma: "" for one that is no single lower-case word
	Pointers []Pointer
	Frames   []Frame
}

// Pointer is a synset's pointer to another ("symbol offset pos
// source/target"): its symbol ("@" hypernym, "@i" instance hypernym, "~"
// hyponym or troponym, "!" antonym, "&" similar, "+" derivation, "\"
// pertainym …), the target's offset and part of speech (n, v, a, s or r),
// and, for a lexical pointer (between two words), their numbers from 1 in
// this synset and the target; 0 for a pointer between the synsets whole
// ("0000") or a source/target that does not read.
type Pointer struct {
	Symbol, Offset, Pos string
	Source, Target      int
}

// Frame is a verb synset's generic frame ("+ f_num w_num"): its number
// (wninput(5WN): 24 "Somebody ----s somebody to INFINITIVE") and the word
// it is of, from 1; 0 for every word of the synset.
type Frame struct {
	Number, Word int
}

// ParseSynset reads the fields of a data file's entry; ok is false for one
// that does not read so (no word, a count that is no number, a word or
// pointer short). Frames are read as far as they read.
func ParseSynset(f []string) (s Synset, ok bool) {
	if len(f) < 4 {
		return Synset{}, false
	}
	lex, err1 := strconv.Atoi(f[1])
	n, err2 := strconv.ParseInt(f[3], 16, 32)
	if err1 != nil || err2 != nil || n < 1 || n > int64(len(f)) {
		return Synset{}, false
	}
	at := 4 + 2*int(n) // p_cnt
	if len(f) <= at {
		return Synset{}, false
	}
	pn, err := strconv.Atoi(f[at]) // decimal, though written "008"
	if err != nil || pn < 0 || pn > len(f) || len(f) < at+1+4*pn {
		return Synset{}, false
	}
	s = Synset{Offset: f[0], LexFile: lex, Words: make([]string, n), Lemmas: make([]string, n)}
	for i := range s.Words {
		s.Words[i] = f[4+2*i]
		s.Lemmas[i] = WordNetLemma(s.Words[i])
	}
	for k := range pn {
		p := f[at+1+4*k : at+5+4*k]
		src, tgt := lemmaNumbers(p[3])
		s.Pointers = append(s.Pointers, Pointer{Symbol: p[0], Offset: p[1], Pos: p[2], Source: src, Target: tgt})
	}
	k := at + 1 + 4*pn // f_cnt, a verb's
	if k >= len(f) {
		return s, true
	}
	fc, err := strconv.Atoi(f[k])
	if err != nil {
		return s, true
	}
	for k++; fc > 0 && k+3 <= len(f) && f[k] == "+"; fc, k = fc-1, k+3 {
		num, err1 := strconv.Atoi(f[k+1])
		word, err2 := strconv.ParseInt(f[k+2], 16, 32)
		if err1 != nil || err2 != nil || word < 0 {
			break
		}
		s.Frames = append(s.Frames, Frame{Number: num, Word: int(word)})
	}
	return s, true
}

// lemmaNumbers reads a pointer's source/target, four hexadecimal digits:
// the numbers of its source and target words; 0, 0 when it does not read.
func lemmaNumbers(st string) (src, tgt int) {
	if len(st) != 4 {
		return 0, 0
	}
	s, err1 := strconv.ParseUint(st[:2], 16, 8)
	t, err2 := strconv.ParseUint(st[2:], 16, 8)
	if err1 != nil || err2 != nil {
		return 0, 0
	}
	return int(s), int(t)
}

// WordNetSynsets calls fn with every entry of a WordNet data file that
// reads (ParseSynset).
func WordNetSynsets(data []byte, fn func(Synset)) {
	wordNetEntries(data, func(f []string) {
		if s, ok := ParseSynset(f); ok {
			fn(s)
		}
	})
}

// wordNetEntries calls f with the fields of every line of a WordNet data
// or index file that is an entry (not the licence at its head).
func wordNetEntries(data []byte, f func([]string)) {
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == ' ' {
			continue
		}
		if fields := strings.Fields(line); len(fields) > 4 {
			f(fields)
		}
	}
}

// WordNetLemma is a WordNet lemma as a word: lower case, its adjective marker
// ("(a)", "(p)") dropped; "" for a lemma of more than one word, with a
// capital, or with anything but letters and an inner hyphen.
func WordNetLemma(l string) string {
	if i := strings.IndexByte(l, '('); i > 0 {
		l = l[:i]
	}
	if l == "" || l[0] == '-' || l[len(l)-1] == '-' {
		return ""
	}
	for _, c := range l {
		if (c < 'a' || c > 'z') && c != '-' {
			return ""
		}
	}
	return l
}

// WordNetSenses reads a WordNet index file: each lemma that is a word
// (WordNetLemma) and its synsets' offsets, its commonest sense first.
func WordNetSenses(index []byte) map[string][]string {
	senses := map[string][]string{}
	WordNetIndex(index, func(e IndexEntry) {
		if w := WordNetLemma(e.Lemma); w != "" {
			senses[w] = append(senses[w], e.Synsets...)
		}
	})
	return senses
}

// WordNetTags reads WordNet's index.sense ("sense_key synset_offset
// sense_number tag_cnt", the key "lemma%ss_type:…"): how often its tagged
// texts saw each sense, keyed "pos:lemma:offset" (pos n, v, a or r, a
// satellite adjective's a).
func WordNetTags(data []byte) map[string]int {
	tags := map[string]int{}
	for line := range strings.SplitSeq(string(data), "\n") {
		f := strings.Fields(line)
		if len(f) < 4 {
			continue
		}
		lemma, rest, ok := strings.Cut(f[0], "%")
		if !ok || rest == "" {
			continue
		}
		pos := map[byte]string{'1': "n", '2': "v", '3': "a", '4': "r", '5': "a"}[rest[0]]
		c, err := strconv.Atoi(f[3])
		if pos == "" || err != nil {
			continue
		}
		tags[pos+":"+lemma+":"+f[1]] = c
	}
	return tags
}

// CommonSenses returns those of a word's senses (commonest first, as an
// index file orders them) that are its commonest meanings: the first n,
// and where ratio > 0 only those of them that WordNet's tagged texts saw
// at least ratio times as often as the first (tag gives a sense's count;
// it is not called when ratio <= 0). A word read by its commonest senses
// alone is not read by a rare one ("a meeting was held to discuss" is no
// "held him to pay"). None are kept of none, or when n < 1.
func CommonSenses(senses []string, n int, ratio float64, tag func(string) int) []string {
	if len(senses) == 0 || n < 1 {
		return nil
	}
	out := senses[:1:1]
	t1 := 0
	if ratio > 0 {
		t1 = tag(senses[0])
	}
	for _, s := range senses[1:min(len(senses), n)] {
		if ratio <= 0 {
			out = append(out, s)
		} else if t := tag(s); t > 0 && float64(t) >= ratio*float64(t1) {
			out = append(out, s)
		}
	}
	return out
}

// LowerWord reports whether w is one word of lower-case ASCII letters: a
// WordNet lemma the generators keep (no phrase, capital, digit or hyphen).
func LowerWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}
