// Naming the person a "who" answer gives: full names, descriptions, titles, ages.

package qa

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// firstMention is how the article first names the person a lone surname
// stands for: news writing gives a person's title and full name at the
// first mention and the surname alone after it ("Inspector Ruth Cawley of
// Tarrington Police said …", later "Cawley said"). The name, with the
// titles at its front, of the first passage up to c's own that names in
// full a person of that surname (c's own passage too: "As Canadian Prime
// Minister Mark Carney noted …" may name the speaker its quotation index
// knows as "Carney"); "" where surname is no lone capitalised word, no
// passage up to c's names such a person, or two different people share
// it.
func (e *Engine) firstMention(c *cand, surname string) string {
	if first, _ := utf8.DecodeRuneInString(surname); strings.Contains(surname, " ") || !unicode.IsUpper(first) {
		return ""
	}
	found := ""
	for _, p := range c.a.Passages {
		if p.Seq > c.p.Seq {
			break
		}
		if p.Kind == corpus.KindHeadline || p.Kind == corpus.KindSubhead {
			continue // title case: every word looks like a name
		}
		limit := len(p.Text) // where names stop counting: the bare surname, in the answer's own passage
		if p.Seq == c.p.Seq {
			limit = bareAt(p.Text, surname)
		}
		for _, n := range e.names(p.Text) {
			if n.start > limit {
				break // in the answer's own passage, only a full mention before the bare surname: after it, a namesake ("Varga said, adding that her brother, Tomas Varga, …")
			}
			name := p.Text[n.start:n.end]
			at := strings.Index(name+" ", " "+surname+" ")
			if at < 0 {
				continue
			}
			name = name[:at+1+len(surname)] // not the body after it: "… Cawley *of Tarrington Police*"
			person := name[e.trimmedTitles(name):]
			if !strings.Contains(person, " ") || !e.personLike(person) || wordCount(name) > maxShortWords {
				continue
			}
			if found == "" {
				found = name
			} else if !strings.HasSuffix(found, person) {
				return "" // two people of that name: the surname alone says which it is not
			}
		}
	}
	return found
}

// bareAt is where surname first stands in text as a whole word not
// preceded by another capitalised word (a mention by surname alone), or
// len(text) where it never does.
func bareAt(text, surname string) int {
	ws := wordSpans(text)
	for k, w := range ws {
		if unpossessed(text[w[0]:w[1]]) == surname && (k == 0 || !isCapital(text[ws[k-1][0]:ws[k-1][1]])) {
			return w[0]
		}
	}
	return len(text)
}

// describedName is a person's full name a "who" answer gives bare ("Margit
// Sollen") with what the article says the person is: the apposition just
// before it in c's passage ("… led by its deputy chair, Margit Sollen"),
// else the titles of the first passage up to c's own that names them with
// titles ("Trump adviser Steve Witkoff" for a later "Steve Witkoff"): news
// prose introduces a person once by role and name, and a "who" question
// asks who they are as much as what they are called. "" where name is no
// person's name of two to four words or already has a title, or nothing
// describes it within a short answer.
func (e *Engine) describedName(c *cand, name string) string {
	if first, _ := utf8.DecodeRuneInString(name); !unicode.IsUpper(first) || !strings.Contains(name, " ") || wordCount(name) > 4 ||
		strings.ContainsAny(name, ",;&") || e.trimmedTitles(name) > 0 || !e.personLike(name) {
		return ""
	}
	for _, w := range strings.Fields(name) {
		if !isCapital(w) {
			return "" // "Witkoff and Jared Kushner", "Rubio of Florida": more than one name
		}
	}
	text := c.p.Text
	if at := strings.Index(text, name); at >= 0 && strings.Count(text, name) == 1 && wholeNameAt(text, at, len(name)) {
		if d := descriptionBefore(text[:at]); d != "" && wordCount(d+" "+name) <= maxShortWords {
			return d + ", " + name
		}
	}
	for _, p := range c.a.Passages {
		if p.Seq > c.p.Seq {
			break
		}
		if p.Kind == corpus.KindHeadline || p.Kind == corpus.KindSubhead {
			continue
		}
		for _, n := range e.names(p.Text) {
			full := p.Text[n.start:n.end]
			if !strings.HasSuffix(full, " "+name) {
				continue
			}
			if k := e.trimmedTitles(full); k > 0 && full[k:] == name && wordCount(full) <= maxShortWords && hasTitle(full[:k]) {
				return full // (a title, not a place alone: "U.S. Geological Survey" is no person's)
			}
		}
	}
	return ""
}

// namedDescription is a "who" answer that describes a person without naming
// them ("the salvage master for Van Oord Wreck & Tow") with the name it
// stands in apposition to in c's passage ("Pieter Hoekstra, the salvage
// master for …"): a "who" question asks for the person, and news prose
// gives the name and then the role after a comma. "" where the answer
// opens on no article or possessive determiner, stands in the passage
// other than once or after no person's name and a comma, or the two run
// past a short answer.
func (e *Engine) namedDescription(c *cand, desc string) string {
	first, _, _ := strings.Cut(desc, " ")
	if !descriptionOpeners[strings.ToLower(first)] || !strings.Contains(desc, " ") {
		return ""
	}
	if lw := roleHead(desc); !meansPerson(lw) && !lexicon.IsTitle(lw) {
		return "" // a role's head is a word for a person or a title, as descriptionBefore's is
	}
	text := c.p.Text
	at := onlyUse(text, desc)
	if at < 0 {
		return ""
	}
	if next, _ := nextWord(text[at+len(desc):]); lexicon.IsSayingVerb(next) {
		return "" // "John Hartley, the police said": the subject of a report, no apposition
	}
	for _, n := range e.names(text[:at]) {
		name := text[n.start:n.end]
		if text[n.end:at] != ", " || !strings.Contains(name[e.trimmedTitles(name):], " ") || !e.personLike(name) {
			continue
		}
		if full := name + ", " + desc; wordCount(full) <= maxShortWords {
			return full
		}
	}
	return ""
}

// roleHead is the head noun of a role ("the chief *inspector* for Wend
// Ferries"): its last word before its first preposition, lower case.
func roleHead(desc string) string {
	head := ""
	for _, w := range strings.Fields(desc) {
		lw := strings.ToLower(strings.Trim(w, ",.;:"))
		if prepositions[lw] {
			break
		}
		head = lw
	}
	return head
}

// wholeNameAt reports whether the name of n bytes at at of text stands
// as whole words ("Lena Moss" is not in "Lena Mossberg") and alone, not
// as a list's item before "and" ("the police chief, Tomas Brandvik and
// Anna Lind": the chief is another of the list).
func wholeNameAt(text string, at, n int) bool {
	rest := text[at+n:]
	if r, _ := utf8.DecodeRuneInString(rest); unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return !strings.HasPrefix(rest, " and ") && !strings.HasPrefix(rest, " or ")
}

// hasTitle reports whether words hold a title ("Prime Minister", "adviser").
func hasTitle(words string) bool {
	for _, w := range strings.Fields(words) {
		if lexicon.IsTitle(strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// descriptionBefore is the noun phrase that ends before, itself ending
// on ", " before a name, where it is an apposition describing the name
// (appositive) and ends on a noun of a person or a title ("chair",
// "engineer"; not "in its first eight days, Sellick River Cruises said",
// "a residents' group, Save Wend Meadows"): from the last article or
// possessive determiner within a short answer's reach ("its deputy chair"
// of "… led by its deputy chair, "); "" where there is none.
func descriptionBefore(before string) string {
	before, ok := strings.CutSuffix(before, ", ")
	if !ok {
		return ""
	}
	words := strings.Fields(before)
	for i := len(words) - 2; i >= max(0, len(words)-maxShortWords); i-- {
		w := words[i]
		if strings.ContainsAny(w, ",;:()“”\"") {
			return ""
		}
		if descriptionOpeners[strings.ToLower(w)] {
			d := strings.Join(words[i:], " ")
			if lw := strings.ToLower(words[len(words)-1]); appositive(d) && (meansPerson(lw) || lexicon.IsTitle(lw)) {
				return d
			}
			return ""
		}
	}
	return ""
}

// maxAge is the greatest number withAgedName reads as a person's age: no
// one has been recorded older than 122, so a larger number set off after a
// name is a year or a count ("Berg, 2019", "Berg, 1500"), never an age.
const maxAge = 125

// withAgedName widens span s of text, a bare number set off by commas
// (or by a comma and the sentence's end) right after a person's name,
// over that name: the number is the person's age, and the name is what
// says so ("Gerald Comeau, 77, who has lived …" is "Gerald Comeau, 77",
// not "77"). A number past maxAge is none ("written by Jonas Berg,
// 2019."). Otherwise s.
func (e *Engine) withAgedName(text string, s span) span {
	if s.end <= s.start || s.end > len(text) || strings.Trim(text[s.start:s.end], "0123456789") != "" {
		return s
	}
	k := commaBefore(text, s.start)
	if k < 0 {
		return s
	}
	if age, err := strconv.Atoi(text[s.start:s.end]); err != nil || age > maxAge {
		return s
	}
	if rest := text[s.end:]; !strings.HasPrefix(rest, ",") && rest != "." && !strings.HasPrefix(rest, ". ") {
		return s // (set off by a comma after it, or ending the sentence: "said Brandt, 51.")
	}
	before := text[:k]
	for _, n := range e.names(before) {
		if n.end == len(before) && e.personLike(before[n.start:n.end]) {
			return span{n.start, s.end}
		}
	}
	return s
}

// describesOnly reports whether span s of text only names or describes
// someone: names alone ("Save Wend Meadows"), or words within the
// description set off after a person's name ("Kenji Morimoto, *the
// Japanese team leader*, said …"). Such words say who; they answer no
// "how".
func (e *Engine) describesOnly(text string, s span) bool {
	if namesOnly(text[s.start:s.end]) {
		return true
	}
	a, ok := appositionAround(text, s)
	if !ok {
		return false
	}
	_, ok = e.appositionOf(text, a)
	return ok
}
