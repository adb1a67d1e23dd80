// Spans, date and time patterns and runs of names in text; "how ADJ" equative answers.

package qa

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// span is a byte range of a passage's text.
type span struct{ start, end int }

const month = `(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sep(?:t(?:ember)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`

// timeUnits are the units of time a duration counts in ("two years",
// "a 15-year term"), longest forms first.
var timeUnits = []string{"years", "year", "months", "month", "weeks", "week", "days", "day", "decades", "decade", "centuries", "century", "hours", "hour"}

// isTimeUnit reports whether w is a unit of time, alone or as a
// duration's adjective ("years", "year-long").
var isTimeUnit = func() func(string) bool {
	set := wordSet(strings.Join(timeUnits, " "))
	return func(w string) bool {
		w = strings.ToLower(w)
		for _, suf := range []string{"-long", "-term"} {
			w = strings.TrimSuffix(w, suf)
		}
		return set[w]
	}
}()

var (
	dateRE = regexp.MustCompile(`\b(?:` +
		monthDay + `|` + dayMonth +
		`|(?:on\s)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:,\s*(?:` + monthDay + `|` + dayMonth + `))?` + // "Tuesday, Jan. 6, 2026", "Tuesday, 6 January 2026"
		`|(?:in\s)?(?:19|20)\d\d` +
		`|` + monthAlone + // "in April", "by the end of April"
		`|yesterday|today|tomorrow|(?:last|next|this|over the)\s(?:week|weekend|month|year)|in recent (?:days|weeks|months)` +
		`|` + agoDate + // "nearly four years ago"
		`|` + withinDate + // "within 10 days", "in the coming weeks"
		`|` + seasonDate + // "in spring 2027", "by the autumn"
		`)\b` +
		`|` + clockTime) // a time of day: "4:52 a.m."
	// agoDate is a time counted back from the article's day: "nearly four
	// years ago", "two days ago", "a week ago"
	agoDate = `(?i:(?:(?:nearly|almost|about|some|more than|over)\s)?(?:a few|an?|\d+|` + numberWords + `(?:[\s-]` + numberWords + `)*)\s(?:years?|months?|weeks?|days?|decades?)\sago)`
	// withinDate is a time counted on from the article's day, as English
	// says when something is to happen: "within 10 days", "within a
	// month", "in the coming weeks", "in the next few months"
	withinDate = `(?i:within\s(?:a|an|the\snext|\d+|` + numberWords + `)(?:\s(?:few|` + numberWords + `))?\s(?:hours?|days?|weeks?|months?|years?)|in\sthe\s(?:coming|next)\s(?:few\s|` + numberWords + `\s)?(?:hours|days|weeks|months|years))`
	// seasonDate is a season after the word that places something in it,
	// as a month alone is: "in spring 2027", "by the autumn", "this
	// winter", "late next summer" (not "winter" alone: "as winter
	// approached" says no when)
	seasonDate = `(?i:(?:in|by|until|till|since|during|before|after|this|next|last)\s(?:the\s)?(?:early\s|late\s)?(?:spring|summer|autumn|winter)(?:\s\d{4})?)`
	// monthAlone is a month with no day, after the word that places
	// something in it: "in April", "until at least the end of April",
	// "by June 2027" (a full name, as "May" alone is a verb)
	monthAlone   = `(?:(?:in|by|until|till|since|from|before|after|during|through)\s(?:at least\s)?(?:early\s|late\s|mid-)?(?:the\s(?:end|start|beginning|middle)\sof\s)?|(?:the\s)?(?:end|start|beginning|middle)\sof\s)(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s\d{4})?`
	monthDay     = month + `\s?\d{1,2}(?:st|nd|rd|th)?(?:,?\s*\d{4})?`  // "Jan. 6, 2026", "jan 6 2026"
	dayMonth     = `\d{1,2}(?:st|nd|rd|th)?\s` + month + `(?:\s\d{4})?` // "6 January 2026"
	clockTime    = `\b\d{1,2}(?::\d\d)?\s?(?:[ap]\.m\.|[ap]m\b)`        // "4:52 a.m.", "5 pm"
	numberWords  = `(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|billion|several|dozens?|hundreds|thousands|half)`
	fraction     = `(?:an?|one|two|three|four)[\s-](?:half|third|quarter|fifth|sixth|tenth)s?` // "a fifth of Ukrainian territory"
	numberRE     = regexp.MustCompile(`(?i)\b(?:(?:more than|over|about|around|nearly|almost|up to|at least|some)\s)?(?:` + fraction + `|\d[\d,.]*(?:bn|k)?|` + numberWords + `(?:[\s-]` + numberWords + `)*)(?:\b|%)`)
	durationRE   = regexp.MustCompile(`(?i)\b(?:(?:up to|about|nearly|almost|more than|at least)\s)?(?:an?|\d+|` + numberWords + `(?:[\s-]` + numberWords + `)*|(?:the\s)?past(?:\s(?:few|several|` + numberWords + `))?|the\slast\s(?:few|several|` + numberWords + `))(?:[\s-](?:a\s)?)(?:` + strings.Join(timeUnits, "|") + `)\b(?:[\s-](?:long|term))?`)
	monthAloneRE = regexp.MustCompile(`^` + monthAlone + `$`)
	yearRE       = regexp.MustCompile(`^(?:in\s)?(?:19|20)\d\d$`)
	shareRE      = regexp.MustCompile(`(?i)(?:half|third|quarter|fifth|sixth|tenth)s?$`) // a number that is a share: "a fifth", "half"
)

func findAll(re *regexp.Regexp, text string) []span {
	var out []span
	for _, m := range re.FindAllStringIndex(text, -1) {
		out = append(out, span{m[0], m[1]})
	}
	return out
}

// connectors may stand inside a name ("Secretary of State", "Czech Republic").
var connectors = wordSet("of the de von van al bin da del")

// namesOnly reports whether s is names and nothing else: capitalised
// words, joined by "and", commas or a name's connectors ("Croatia and the
// Czech Republic", "Alexus G. Grynkewich", "Donbas").
func namesOnly(s string) bool {
	capital := false
	for w := range strings.FieldsSeq(s) {
		w = strings.Trim(w, ",.’'\"“”")
		switch {
		case w == "" || w == "and" || connectors[w]:
		case isCapital(w):
			capital = true
		default:
			return false
		}
	}
	return capital
}

// nameList reports whether s is names only (namesOnly), two or more
// ("Argentina, Peru and Bolivia").
func nameList(s string) bool {
	return namesOnly(s) && (strings.Contains(s, ", ") || strings.Contains(s, " and "))
}

// nameSpans returns runs of capitalised words in text: names of people,
// countries, places and bodies. A capitalised word that opens the text is
// taken only when it is not a common word.
func nameSpans(text string) []span {
	type word struct {
		start, end int
		capital    bool
		w          string
	}
	var words []word
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += n
			continue
		}
		j := i
		for j < len(text) {
			c, m := utf8.DecodeRuneInString(text[j:])
			if unicode.IsLetter(c) || unicode.IsDigit(c) || (c == '.' || c == '-' || c == '’' || c == '\'') && j+m < len(text) && isWordRune(text[j+m:]) {
				j += m
				continue
			}
			if c == '.' && (j-i <= 2 || strings.Contains(text[i:j], ".") || lexicon.IsAbbreviation(text[i:j])) {
				j += m // an initial "G.", an acronym "U.S.", "Gen."
			}
			break
		}
		w := text[i:j]
		w = unpossessed(w)
		words = append(words, word{i, i + len(w), isCapital(w), w})
		i = j
	}
	var out []span
	for k := 0; k < len(words); k++ {
		if !words[k].capital || (k == 0 || sentenceStart(text, words[k].start)) && (lexicon.IsFunctionWord(strings.ToLower(words[k].w)) || getFold(indefinites, words[k].w)) {
			continue
		}
		end := k
		for end+1 < len(words) {
			next := words[end+1]
			gap := text[words[end].end:next.start]
			plural := (gap == "' " || gap == "’ ") && strings.HasSuffix(words[end].w, "s") // "Traders' Association"
			if strings.TrimSpace(gap) != "" && gap != "’s " && gap != "'s " && !(plural && next.capital) {
				break
			}
			if next.capital {
				end++
				continue
			}
			if connectors[next.w] && end+2 < len(words) && words[end+2].capital && strings.TrimSpace(text[next.end:words[end+2].start]) == "" {
				end += 2
				continue
			}
			break
		}
		out = append(out, span{words[k].start, words[end].end})
		k = end
	}
	return out
}

func isWordRune(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// sentenceStartBefore is the byte at or before i of text where the
// sentence holding i begins (sentenceStart), 0 where none does before it.
func sentenceStartBefore(text string, i int) int {
	for i > 0 && !sentenceStart(text, i) {
		i--
	}
	return i
}

// sentenceStart reports whether a sentence begins at byte i of text: at
// its start, after the stop that ends one (stopEnds: not "Mr. | Kemp"),
// past spaces, opening quotation marks and brackets, or after a wire
// dateline's dash.
func sentenceStart(text string, i int) bool {
	before := strings.TrimRight(text[:i], " “\"‘'(")
	if strings.HasSuffix(before, "-") || strings.HasSuffix(before, "—") || strings.HasSuffix(before, "–") {
		// after a wire-style dateline: "KESSBY, May 9 (Coastline Press
		// Agency) - Salvage crews freed …"
		return datelineEnd(text) == i
	}
	return before == "" || stopEnds(text, len(before)-1, text[len(before):])
}

// groupNames joins coordinated names: "Croatia and the Czech Republic",
// "Macron, Starmer and Merz".
func groupNames(text string, names []span) []span {
	var out []span
	for i := 0; i < len(names); i++ {
		g := names[i]
		for i+1 < len(names) {
			gap := strings.TrimSpace(text[g.end:names[i+1].start])
			if gap == "and" || gap == "and the" || gap == "," || gap == ", and" || gap == ", and the" || gap == "or" || gap == "&" {
				g.end = names[i+1].end
				i++
				continue
			}
			break
		}
		out = append(out, g)
	}
	return out
}

// equative answers "how ADJ" ("how far away could people feel it", "how
// long will they keep searching") with the passage's equative of that
// same ADJ: "as far away as the port of Iquique", "as long as the dogs
// and the sensors tell us someone is there". English answers a question
// of degree with "as ADJ as X" by saying the degree reached X; the phrase
// runs to the end of its clause, cut to a short answer (cutBeforePhrase).
// Not "how much" nor "how many", which ask for a figure the figure
// readers find ("as much as we do" says no amount), nor an equative
// after a multiplier, which says a ratio, not the degree ("three times as
// high as the old one", multiplied). The ADJ may bring the question's
// own next word ("how far away": "as far away as"). lower is text with
// its ASCII letters lowered, byte for byte (asciiLowerPassage's memoised
// copy: no case-folding scan of text for each form), or, where it has
// not text's length, lowered here. Empty where the passage holds no such
// equative.
func equative(q *question, text, lower string) span {
	if !equativeAsked(q) {
		return span{}
	}
	if len(lower) != len(text) {
		lower = lowerASCII(text) // byte for byte: its offsets are text's
	}
	adj := q.words[1]
	forms := []string{"as " + adj + " as "}
	if w := q.words[2]; isLetters(w) && !auxiliaries[w] && !lexicon.IsFunctionWord(w) {
		// the question's own word after the adjective: "how far away"
		// by "as far away as", "how high up" by "as high up as"
		forms = append(forms, "as "+adj+" "+w+" as ")
	}
	for _, form := range forms {
		for at := wordIndex(lower, form, 0); at >= 0; at = wordIndex(lower, form, at+1) {
			if multiplied(lower[:at]) {
				continue // "twice as high as the old one": a ratio
			}
			end := len(text)
			for _, b := range []string{",", ";", ".", "”", "\"", " — ", " – ", "("} {
				if i := strings.Index(text[at+len(form):], b); i >= 0 && at+len(form)+i < end {
					end = at + len(form) + i
				}
			}
			if wordCount(text[at+len(form):end]) == 0 {
				continue // "as far as": nothing said after it
			}
			return cutBeforePhrase(text, span{at, end}, maxShortWords)
		}
	}
	return span{}
}

// equativeAsked reports whether q asks "how ADJ …" (three words at least),
// an adjective's degree an equative may answer; not "how much" nor "how
// many".
func equativeAsked(q *question) bool {
	return len(q.words) >= 3 && q.words[0] == "how" && q.words[1] != "much" && q.words[1] != "many" && isLetters(q.words[1])
}

// wordIndex is the byte index in s of the first occurrence of sub at or
// after from that starts a word (no letter before it), or -1.
func wordIndex(s, sub string, from int) int {
	for from <= len(s) {
		i := strings.Index(s[from:], sub)
		if i < 0 {
			return -1
		}
		if at := from + i; at == 0 || !isLetterByte(s[at-1]) {
			return at
		}
		from += i + 1
	}
	return -1
}

// multiplied reports whether the text before an equative (lower case)
// ends in a multiplier that makes it a ratio: a number word ("half as
// long as", countWordRE) or "times" after one ("three times as high
// as"). Not "for": "for as long as the strike lasts" is a duration, what
// "how long will the port stay shut" asks. ("twice" and "thrice" are
// read by no general resource as counts and pass: the figure readers
// come first, "40 metres high, twice as high as the old one".)
func multiplied(before string) bool {
	w := lastWord(before)
	return w == "times" || countWordRE.MatchString(w)
}
