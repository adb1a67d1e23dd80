// The short answer of last resort: where no span of the kind asked for
// stands out, the dozen words of the passage that hold most of the
// question, which is where its answer usually stands.

package qa

import (
	"slices"
	"strings"

	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// clauseSubjects are the pronouns a clause's verb may open after, its
// subject ("*there* had been no arrests"): closed class.
var clauseSubjects = pronounSet(lexicon.SpeakerPronouns, "there")

// polarityWords is how many words before a yes/no question's words its
// key words keep: where a negation or hedge stands.
const polarityWords = 3

// commaAfter reports whether a comma follows word i of text (words are
// the words' byte spans).
func commaAfter(text string, words [][2]int, i int) bool {
	return i+1 < len(words) && strings.Contains(text[words[i][1]:words[i+1][0]], ",")
}

// clauseShare is how much of the question's weight a key-words window
// must keep when it moves on to end where its clause ends.
const clauseShare = 0.75

// endsClause reports whether word k of text (words are the words' byte
// spans) ends a clause: the text ends there, a mark that closes one
// follows it, or a comma and a function word that opens another ("…,
// which", "…, while"); not a comma in a list ("French, British").
func endsClause(text string, words [][2]int, k int) bool {
	if k+1 >= len(words) {
		return true
	}
	gap := text[words[k][1]:words[k+1][0]]
	if strings.ContainsAny(gap, ";:.!?—()") {
		return true
	}
	// a comma before a word that opens another clause, not one of a list
	next := strings.ToLower(text[words[k+1][0]:words[k+1][1]])
	return strings.Contains(gap, ",") && lexicon.IsFunctionWord(next) && next != "and" && next != "or"
}

// subjectOnlyShare is how much of the question's weight a later window
// that ends its clause must keep where the best window holds no verb of
// it, only its subject: half, the subject's other words given up for
// what is said of them ("… in Ukraine *are still undefined*").
const subjectOnlyShare = 0.5

// denialShare is how much of the best window's weight the words right
// after a later denial must hold for a yes/no's window to move on to it,
// where the denial stands after a comma ("A, not B": English contrasts
// the alternative it denies with what it states): a third, as two of the
// question's words there do (the subject denied, "…, not US troops"),
// where the best window holds the rest of the question around a clause
// that only names them. Any other denial further on must hold half.
const denialShare = 1.0 / 3

// negationReach is how many words before a yes/no question's words a
// negation still governs them: "given *no* indication it would accept"
// (a determiner, a noun and a pronoun and auxiliary between).
const negationReach = 5

// verbAfterRelative is the index in words of the verb that goes on after a
// relative clause opened at byte from of text: the first word after one of
// its commas that is a verb of the main clause ("…, has been cut", "…,
// said it would"); -1 when none does ("…, which officials said would
// involve drones, sensors and satellites, not US troops" ends on it).
func verbAfterRelative(text string, words [][2]int, from int) int {
	for k, w := range words {
		if w[0] <= from || !afterComma(text, w[0]) {
			continue
		}
		lw := strings.ToLower(text[w[0]:w[1]])
		if isCapital(text[w[0]:w[1]]) {
			continue // a name, not a verb: "…, Piraeus-based Thessaly Maritime"
		}
		if auxiliaries[lw] || lexicon.IsSayingVerb(lw) || (pastVerb(lw) || irregularVerbForm(lw)) && !participles[lw] {
			return k
		}
	}
	return -1
}

// afterMark reports whether word best of text (words are the words' byte
// spans) is the first word, out of range, or one after a mark: a window
// that opens there is inside no phrase that began before it.
func afterMark(text string, words [][2]int, best int) bool {
	return best <= 0 || best >= len(words) || strings.TrimSpace(text[words[best-1][1]:words[best][0]]) != ""
}

// pastPhraseTail is where a window that would open at word best opens
// instead: past the tail of a title or description that the words before
// it open and a comma after it closes, before the name it describes set
// off by commas (apposedName), the tail a few words holding nothing of
// the question (weight) and no negation or figure ("Harbour *master*,
// Siobhan Ellery, said …"), which cut from their phrase say nothing, and
// ending on a word that can head a person's description (describesPerson:
// no place's name before its region); at best itself otherwise.
func pastPhraseTail(text string, words [][2]int, weight []float64, best int) int {
	if afterMark(text, words, best) {
		return best // the first word, or one after a mark: a phrase opens there
	}
	for k := best; k < min(best+phraseTailWords, len(words)-1); k++ {
		w := strings.ToLower(text[words[k][0]:words[k][1]])
		if weight[k] > 0 || negRE.MatchString(w) || strings.ContainsAny(w, "0123456789") {
			return best
		}
		if gap := strings.TrimSpace(text[words[k][1]:words[k+1][0]]); gap != "" {
			if gap == "," && describesPerson(text[words[k][0]:words[k][1]]) && apposedName(text, words, k+1) {
				return k + 1
			}
			return best // another mark: a quotation's, a dash's
		}
	}
	return best
}

// openingPhraseWords is how many words before a key-words window the
// phrase that opens its sentence may begin for the window to open there.
const openingPhraseWords = 6

// intoOpeningPhrase returns where a key-words window that opens at word
// best of text (words are the words' byte spans) opens, when it opens
// inside the phrase set off by a comma that opens its sentence before its
// subject (opensFronted: "Writing
// on Telegram after the | meeting, Zelenskyy said …"): at the sentence's
// start, the phrase whole, where it begins a few words back and the
// window keeps as much of the question's weight; else at best. A cut
// opening phrase says neither how nor where ("meeting, Zelenskyy said").
func intoOpeningPhrase(text string, words [][2]int, weight []float64, termAt []int, held []float64, best, n int) int {
	if afterMark(text, words, best) {
		return best // the first word, or one after a mark
	}
	closes := false // the phrase closes on a comma inside the window
	for k := best; k < min(best+n-1, len(words)-1); k++ {
		if gap := strings.TrimSpace(text[words[k][1]:words[k+1][0]]); gap != "" {
			closes = gap == ","
			break
		}
	}
	if !closes {
		return best
	}
	for k := best - 1; k >= max(0, best-openingPhraseWords); k-- {
		if sentenceStart(text, words[k][0]) {
			if !opensFronted(spanWord(text, words, k)) {
				return best // the sentence's subject, not a phrase before it ("The latter sparked …, who")
			}
			was := heldWeight(weight, termAt, held, best, min(best+n, len(words))-1)
			if heldWeight(weight, termAt, held, k, min(k+n, len(words))-1) >= was-1e-9 {
				return k
			}
			return best
		}
		if afterMark(text, words, k) {
			return best // a mark before: the window is not in the opening phrase
		}
	}
	return best
}

// opensFronted reports whether w (lower case), the first word of a sentence,
// opens a phrase set before its subject: a preposition ("After the vote,
// …") or a verb's -ing form ("Writing on Telegram, …").
func opensFronted(w string) bool {
	return prepositions[w] || ingVerb(w)
}

// describesPerson reports whether a word that ends a phrase before an
// apposed name can head a title or description of a person: any word in
// lower case (a common noun, "keeper", "master", but also one that is no
// person's, "the town, Kessby,") or a title or a person's noun in
// capitals ("Minister", "Spokesman"); not a name, as a place's before its
// region is ("near Dover, Kent, on Friday").
func describesPerson(w string) bool {
	lw := strings.ToLower(w)
	return !isCapital(w) || lexicon.IsTitle(lw) || lexicon.IsPersonNoun(lw)
}

// apposedName reports whether a name set off by commas opens at word i of
// text: capitalised words, a particle among them ("Ana de Souza":
// nameParticle), a comma after the last ("…, Siobhan Ellery, said"), not
// one a list's "and" or "or" follows.
func apposedName(text string, words [][2]int, i int) bool {
	for k := i; k < min(i+phraseTailWords+1, len(words)-1); k++ {
		w := text[words[k][0]:words[k][1]]
		if particle := k > i && nameParticle(w, text[words[k-1][0]:words[k-1][1]]) && isCapital(text[words[k+1][0]:words[k+1][1]]); !isCapital(w) && !particle {
			return false
		}
		if gap := strings.TrimSpace(text[words[k][1]:words[k+1][0]]); gap != "" {
			next := strings.ToLower(text[words[k+1][0]:words[k+1][1]])
			return gap == "," && next != "and" && next != "or" // not a list's item: "European, Canadian, and other"
		}
	}
	return false
}

// phraseTailWords is how many words the tail of a phrase pastPhraseTail
// leaves out may hold.
const phraseTailWords = 3

// wordWeights is, for each of words (byte spans of a text, in order, not
// none), the most of the question's weight a token of toks within it and
// within in matches (by the idf of the question term it matches, as well
// as it matches), termAt the question's term it matches best, and whether
// any word matches.
func wordWeights(q *question, words [][2]int, toks []index.Token, in span) (weight []float64, termAt []int, matched bool) {
	weight = make([]float64, len(words))
	termAt = make([]int, len(words))
	k := 0
	for _, tok := range toks {
		if tok.Start < in.start || tok.End > in.end {
			continue
		}
		for k+1 < len(words) && words[k][1] <= tok.Start {
			k++
		}
		for _, h := range q.lookup[tok.Term] {
			if w := h.w * q.terms[h.i].idf; w > weight[k] {
				weight[k], termAt[k] = w, h.i
				matched = true
			}
		}
	}
	return weight, termAt, matched
}

// weighedWords is the words of text within the byte span in (byte
// spans, in order) with their weights (wordWeights), and whether any
// word matches the question; keyWords and askedFigureWindow weigh their
// windows of them.
func weighedWords(q *question, text string, toks []index.Token, in span) (words [][2]int, weight []float64, termAt []int, matched bool) {
	for _, w := range wordSpans(text) {
		if w[0] >= in.start && w[1] <= in.end {
			words = append(words, w)
		}
	}
	if len(words) == 0 {
		return nil, nil, nil, false
	}
	weight, termAt, matched = wordWeights(q, words, toks, in)
	return words, weight, termAt, matched
}

// heldWeight is the question's weight words[lo..hi] hold, each term of
// it once, by the weights and terms wordWeights gave them: "copper"
// twice holds no more than once. held is room for one weight a term,
// cleared here, so that a caller weighing many windows makes it once.
func heldWeight(weight []float64, termAt []int, held []float64, lo, hi int) float64 {
	clear(held)
	sum := 0.0
	for k := lo; k <= hi; k++ {
		if weight[k] > held[termAt[k]] {
			sum += weight[k] - held[termAt[k]]
			held[termAt[k]] = weight[k]
		}
	}
	return sum
}

// keyWords returns the at most n consecutive words of c's passage within
// the byte span in that match the most of the question's weight (each word
// by the idf of the question terms its tokens match, as well as they
// match), or "" for a span that matches nothing. A span of n words or
// fewer is its own short answer.
func (e *Engine) keyWords(q *question, c *cand, in span, n int) string {
	text, yesNo := c.p.Text, asksYesNo(q) // (asked of q once: its windows' rules ask it again and again)
	words, weight, termAt, matched := weighedWords(q, text, c.toks, in)
	if !matched {
		return ""
	}
	n = min(n, len(words))
	if yesNo && q.grades {
		// (its end as a window's end is read below: "40%", "6 a.m.")
		if lo, hi := degreePhrase(text, words, weight, n); lo >= 0 {
			return windowText(text, words, lo, hi)
		}
	}
	// a window does not open or close on a bare function word ("… a
	// full-scale invasion in"), a negation aside
	loose := func(i int) bool {
		w := spanWord(text, words, i)
		// (an object pronoun that ends its clause is what the verb or
		// preposition takes, not a word left hanging: "donors had covered
		// about 40% *of it*")
		return lexicon.IsFunctionWord(w) && w != "not" && w != "no" && !(objectPronouns[w] && endsClause(text, words, i))
	}
	// a window holds as much as the question's words it holds, each once:
	// "copper" twice holds no more than once ("half of Chile's copper,
	// and benchmark copper prices on the London Metal" holds no more
	// than "copper prices on the London Metal Exchange jumped 3%")
	sums := make([]float64, len(words)-n+1)
	held := make([]float64, len(q.terms))
	top := 0.0
	for i := range sums {
		sums[i] = heldWeight(weight, termAt, held, i, i+n-1)
		top = max(top, sums[i])
	}
	// of the windows that hold as much, one that closes on a word of
	// substance, and of those the last: the question's words first, then
	// what the passage says of them
	best, closes, first := 0, false, -1
	for i, sum := range sums {
		if sum < top-1e-9 {
			continue
		}
		if first < 0 {
			first = i
		}
		if c := !loose(i + n - 1); c || !closes {
			best, closes = i, c
		}
	}
	kept := -1 // the last near word a yes/no's window was chosen for (nearWeights)
	if yesNo {
		// a yes or no is settled by the words around the question's own,
		// before them as after: of the windows that hold as much and
		// close on a word of substance, the middle one
		var tied []int
		for i, sum := range sums {
			if sum >= top-1e-9 && (!loose(i+n-1) || !closes) {
				tied = append(tied, i)
			}
		}
		denies := false
		for k := range tied {
			w := strings.ToLower(text[words[tied[k]][0]:words[tied[k]][1]])
			denies = denies || negRE.MatchString(w)
		}
		if len(tied) > 0 && !denies {
			// (where a negation opens one of them, the words before the
			// question's own are taken back below, as far as it)
			best = tied[len(tied)/2]
		}
		if len(tied) > 1 && !denies {
			// of them, the one that also holds the passage's words
			// nearest in meaning to the question's words it lacks, where
			// one holds more of them than the middle one ("did people
			// *cheer*": "to loud, sustained *applause*"; "do they *know*
			// how … *yet*": "it *remained* to be *determined* how …")
			near := slices.Clone(weight)
			nearWeights(q, text, words, near, termAt)
			extra := func(i int) float64 {
				x := 0.0
				for k := i; k < i+n; k++ {
					x += near[k] - weight[k]
				}
				return x
			}
			// (the window it picks is not then opened earlier to take
			// back the words before the question's own: those the middle
			// one would hold are what it gave up for the near word)
			most := extra(best)
			for _, i := range tied {
				if i > 0 && !commaAfter(text, words, i-1) && isCapital(text[words[i-1][0]:words[i-1][1]]) && isCapital(text[words[i][0]:words[i][1]]) {
					continue // nor inside a name: "Nicolás | Maduro"
				}
				if x := extra(i); x > most+1e-9 {
					best, most, first = i, x, i
					for k := i; k < i+n; k++ {
						if near[k] > weight[k] {
							kept = k
						}
					}
				}
			}
		}
	}
	if !endsClause(text, words, best+n-1) {
		// what the sentence says of the question's words answers (for a
		// yes/no, settles) more than the words themselves: a later
		// window that holds most of them and ends where their clause
		// does ("… forced rescuers *to pull back from two sites*", "… in
		// Ukraine *are still undefined*"), though it leave out their
		// subject's name (the passage, shown below, names it)
		// (a window of the subject alone, no verb of its clause in it,
		// answers nothing but "who": for any other question the window
		// that says what the clause does with it need hold less)
		share := clauseShare
		open := best // where the window's clause opens
		for open > 0 && !endsClause(text, words, open-1) {
			open--
		}
		if q.kind != KindWho && !q.defines && !hasVerb(text[words[open][0]:words[best+n-1][1]]) {
			share = subjectOnlyShare
		}
		later := -1
		for i := best + 1; i < len(sums); i++ {
			if sums[i] >= share*top && endsClause(text, words, i+n-1) && (later < 0 || sums[i] >= sums[later]) {
				later = i
			}
		}
		if later >= 0 {
			best, first = later, later
		}
		if yesNo {
			// (a later window is placed back from its clause's end,
			// wherever that lands: past a longer subject it opens inside
			// it, so it too opens on the clause's verb, where the
			// subject's words it would cut hold none of the question's:
			// "… on Tuesday *forced miners to leave …*")
			if v := clauseVerbStart(text, words, weight, best, n); v > best && (later < 0 || !slices.ContainsFunc(weight[best:v], func(w float64) bool { return w > 0 })) {
				best, first = v, v
			}
		}
	}
	verbAt := -1 // a verb taken back whose object the question's words are (objectVerbStart)
	if yesNo {
		// a denial of the question's words further on settles it more
		// than the words that merely hold them: "… would likely involve
		// drones, sensors and satellites, *not US troops*" for "will
		// there be us soldiers doing the monitoring"
		for k := best + n; k+1 < len(words); k++ {
			w := strings.ToLower(text[words[k][0]:words[k][1]])
			if !negRE.MatchString(w) || !(weight[k+1] > 0 || k+2 < len(words) && weight[k+2] > 0) {
				continue
			}
			share := 0.5
			if commaAfter(text, words, k-1) {
				share = denialShare // ", not US troops": the alternative denied
			}
			if start := k + min(3, len(words)-k) - n; start > best && sums[min(start, len(sums)-1)] >= top*share {
				best, first = min(start, len(sums)-1), min(start, len(sums)-1)
			}
			break
		}
		// a yes or no turns on the words just before the question's own:
		// "*has not* signalled a willingness to compromise", "*Not*
		// everyone is ready", "*While not* officially confirmed"
		// (the first of them not said again later in the window: "the
		// country's wheat, and *wheat prices* … fell 4%"), back over a
		// few words, not past a comma
		repeated := func(k int) bool {
			for j := k + 1; j < min(best+n, len(words)); j++ {
				if weight[j] >= weight[k] && termAt[j] == termAt[k] {
					return true
				}
			}
			return false
		}
		matched, again := best, false
		for matched < best+n-1 && (weight[matched] == 0 || repeated(matched)) {
			again = again || weight[matched] > 0
			matched++
		}
		back := matched
		for back > max(first, matched-polarityWords) && !commaAfter(text, words, back-1) {
			back--
		}
		was := best
		if again {
			best = back // the window opens past the word said again
		} else {
			best = max(first, min(best, back))
		}
		if !again && best == first {
			if v := objectVerbStart(text, words, weight, best, matched, n); v >= 0 {
				best, verbAt = v, v
			}
		}
		if best < was && was+n-1 < len(words) && endsClause(text, words, was+n-1) && !endsClause(text, words, min(best+n, len(words))-1) {
			// the words taken back are worth the end of the clause only
			// where they settle something: a negation, hedge or
			// auxiliary ("*has not* signalled"), a figure ("*41* oiled
			// birds") or a name; not "and benchmark" before "*copper
			// prices* … jumped 3% in early trading"
			settles := false
			for k := best; k < was; k++ {
				settles = settles || k == verbAt || settlesYesNo(text[words[k][0]:words[k][1]])
			}
			if !settles {
				best = was
			}
		}
		for k := best + 1; k <= matched; k++ {
			if opensClause(text, words, k) {
				best = k // nor from another clause: "air force, while *Croatia* … said they would not"
			}
		}
		// a negation that governs the question's words is never left
		// out, whatever it costs at the end: "has given *no* indication
		// it would accept a settlement"
		for k := matched - 1; k >= max(0, matched-negationReach); k-- {
			if w := strings.ToLower(text[words[k][0]:words[k][1]]); k < best && negRE.MatchString(w) {
				best = k
				break
			}
		}
	}
	pastAside := false // the window was moved past an aside to its clause's verb
	if yesNo || q.kind != KindWho && !q.defines {
		// "Tap water, which the city draws partly from the Loa basin, has
		// been cut …": a relative clause after the question's words
		// pushes out of the window what the sentence says of them; the
		// answer is what the sentence goes on to say after it, its verb
		// first. So for any question ("how are the shares doing": "have
		// fallen 11 percent since Monday"), but "who is X", which the
		// clause after the name describes
		lo, hi := words[best][0], words[min(best+n, len(words))-1][1]
		r := strings.Index(text[lo:hi], ", which ")
		if w := strings.Index(text[lo:hi], ", who "); w >= 0 && (r < 0 || w < r) {
			r = w // "Witkoff, who has led talks with Russia, said …"
		}
		if a := strings.Index(text[lo:hi], ", "); r < 0 && a >= 0 {
			// an apposition or a participle set off the same way: "The
			// ship's captain, *a* Greek national, was questioned …", "the
			// sirens, *installed* in 1978, had not worked"; not any comma
			// ("… in March, and the repairs, which cost …")
			if next, _ := nextWord(text[lo+a+2:]); appositionOpeners[next] || pastVerb(next) || participles[next] {
				r = a
			}
		}
		if r >= 0 {
			last := min(best+n, len(words)) - 1
			bare := func(k int) bool {
				// the aside holds none of the question, nor only names,
				// which say who its subject is ("Two Labour councillors,
				// Dennis Oakley and Fiona Marsh, abstained"): what it adds
				// is not asked
				names := true
				for j := best; j < k; j++ {
					if words[j][0] <= lo+r {
						continue
					}
					if weight[j] > 0 {
						return false
					}
					w := strings.Trim(text[words[j][0]:words[j][1]], `,;:“”"‘’'()`)
					names = names && (isCapital(w) || w == "and")
				}
				return !names
			}
			if k := verbAfterRelative(text, words, lo+r+2); k >= 0 && (k >= best+n-2 || k <= last && !endsClause(text, words, last) && bare(k)) {
				// (two words of it or fewer in the window: "…, has"; or
				// more, the clause going on past the window: "…,
				// installed in 1978, had not worked")
				if yesNo {
					// (a yes or no is settled by the verb's clause as
					// it stands)
					return strings.TrimRight(text[words[k][0]:words[min(k+n, len(words))-1][1]], " ,;:")
				}
				// any other question's window is finished below as any
				// window is, and where it stops before its clause ends
				// even at a word a phrase may end on ("onto the one |
				// below": a preposition's form, here the phrase's end)
				best, pastAside = k, true
			}
		}
	}
	if best+n < len(words) && (!phraseEndsAt(text, words[best+n-1][1]) || pastAside && !endsClause(text, words, best+n-1)) {
		// the window stops inside a phrase ("have intensified in
		// recent"): it moves on to finish it, when a few words do, the
		// words it leaves hold nothing of the question nor a negation,
		// and it then opens a phrase too.
		// Where it stops inside a unit (a name, a date, a figure and
		// its unit, a preposition without its noun), the words it
		// leaves may be the question's own: the subject the question
		// names is given, the passage shows it, and a cut unit says
		// nothing ("would stay until at least April"); the window then
		// opens on no cut unit either ("S. envoy", "million had").
		// A yes or no gives up no word that settles it (a negation,
		// figure, name or the sentence's opening word: "*It* marked the
		// first time …"), and the question's own words only where the
		// cut unit is in their clause ("would stay until at least April")
		unit := cutsUnit(text, words, best+n-1)
		for k := best + n - 2; yesNo && unit && k >= best && weight[k] == 0; k-- {
			// a yes or no is settled by the clause that holds the
			// question's words: past its end, the cut unit is given up
			// at the end, not the question's words at the start
			// ("… since records began in 1936, according to the
			// provincial River")
			unit = !endsClause(text, words, k)
		}
		// A window moved past an aside to its clause's verb has left
		// the subject the question names behind it: the question's
		// words it opens on are the verb's the question asks with, the
		// frame of what is said, which the window gives up as a cut
		// unit's ("Kenji Morimoto, the Japanese team leader, *said* the
		// blocks had “pancaked”, each floor dropping flat onto the one
		// | below" for "what did morimoto mean when he said the blocks
		// pancaked"), keeping some of the question's words
		holds := func(k int) bool { // the window moved on by k still holds some of the question's words
			return slices.ContainsFunc(weight[best+k:best+n+k], func(w float64) bool { return w > 0 })
		}
		for k := 1; k <= maxShift && best+n-1+k < len(words); k++ {
			if gone := text[words[best+k-1][0]:words[best+k-1][1]]; weight[best+k-1] > 0 && !unit && !pastAside || negRE.MatchString(strings.ToLower(gone)) || yesNo && settlesYesNo(gone) || best+k-1 == verbAt {
				break
			}
			if !phraseEndsAt(text, words[best+n-1+k][1]) {
				continue
			}
			if pastAside && (!holds(k) || conjunctions[spanWord(text, words, best+k)]) {
				// (all of them given up: the window no longer answers
				// it; or it would open on "and", cutting a coordinated
				// subject in two: "said Lund | and Dahl had met …")
				break
			}
			if opensPhrase(text, words, best+k) || (unit || pastAside) && phraseStartsAt(text, words[best+k][0]) && !cutsUnit(text, words, best+k-1) && holds(k) {
				best += k
				break
			}
		}
	}
	if !yesNo {
		best = intoOpeningPhrase(text, words, weight, termAt, held, best, n)
	}
	best = pastPhraseTail(text, words, weight, best)
	last := min(best+n, len(words)) - 1 // (a yes or no's words may start the window late)
	for last > best && loose(last) {
		last--
	}
	if verbAt >= 0 && !endsClause(text, words, last) {
		last = objectVerbEnd(text, words, weight, last) // (final re-read RM1)
	}
	// an article stays where it opens the words of substance after it:
	// "the mood has grown more cautious"
	article := func(i int) bool {
		w := strings.ToLower(text[words[i][0]:words[i][1]])
		return (w == "the" || w == "a" || w == "an") && i < last && !loose(i+1)
	}
	// nor does the first word of a sentence dangle from words before it:
	// it opens the clause the window holds ("*While* not officially
	// confirmed", "*He* stopped short of offering to mediate", "*By* the
	// close of the meeting, donors had covered about 40%"), though a word
	// set off by its comma is no part of it ("However, the mood …"), and
	// one in lower case follows an abbreviation's period ("The U.S. was")
	opener := func(i int) bool {
		return sentenceStart(text, words[i][0]) && isCapital(text[words[i][0]:words[i][1]]) && !commaAfter(text, words, i)
	}
	// and a yes/no's window keeps the contrast that opens it: "*but* has
	// avoided specifics" turns its clause against the words before it,
	// which is what settles the question
	contrast := func(i int) bool {
		return yesNo && contrasts[spanWord(text, words, i)]
	}
	for best < last && loose(best) && !article(best) && !opener(best) && !contrast(best) {
		best++
	}
	best = withVerbGroup(text, words, best)
	// what a yes/no's window gives up at its end to take a word back at
	// its start: nothing, or words that run on past the end of their
	// clause ("…, according to the provincial River"), never the end of
	// the clause that settles it ("… are still undefined")
	// (nor the near word the window was chosen for: "to loud, sustained
	// *applause*" for "did people cheer")
	spare := (last-best+2 <= n || yesNo && !endsClause(text, words, last)) && last != kept
	if best > 0 && yesNo && spare && !commaAfter(text, words, best-1) && !loose(best) && articles[strings.ToLower(text[words[best-1][0]:words[best-1][1]])] {
		// a yes or no is settled by what is said of a whole noun phrase:
		// the window does not open past its article ("*the* highest level
		// since records began")
		best--
	}
	if best > 0 && !commaAfter(text, words, best-1) && !commaAfter(text, words, best) && (spare || weight[last] == 0 || yesNo) {
		// a verb takes the pronoun that is its subject ("*there* had been
		// no arrests at the airport"), where the word it costs at the end
		// holds nothing of the question ("… by a cyberattack"), or runs
		// on past the end of its clause (spare); for a yes/no always,
		// the clause's subject saying what settles it more than the
		// question's own word at the end ("*there* was no evidence that
		// the outage had been caused", "*It* marked the first time …");
		// not a verb set off as an aside ("…, he said, had already told …")
		pw := strings.ToLower(text[words[best-1][0]:words[best-1][1]])
		if fw := strings.ToLower(text[words[best][0]:words[best][1]]); clauseSubjects[pw] && (auxiliaries[fw] || lexicon.IsVerb(fw) || pastVerb(fw)) {
			best--
		}
	}
	for {
		s := windowText(text, words, best, last)
		// a dash standing alone is a field of its own: the answer is
		// counted in fields, as the scorer and the renderers count it
		if wordCount(s) <= n || last == best {
			return s
		}
		last--
		for last > best && (loose(last) || genitive(text[words[last][0]:words[last][1]])) {
			last-- // (nor, cut shorter, on a bare function word, nor a possessive whose noun is cut: "the coalition’s")
		}
	}
}

// echoes reports whether a short answer says only what the question
// says: every word of substance in it is one of the question's.
func (e *Engine) echoes(q *question, short string) bool {
	n := 0
	for _, t := range e.analyze(short) {
		w := strings.ToLower(short[t.Start:t.End])
		if asksYesNo(q) && negRE.MatchString(w) && !slices.Contains(q.words, w) {
			return false // a yes/no's words denied answer it: "people would *not* have to show receipts"
		}
		if lexicon.IsFunctionWord(w) {
			continue // "not", "just": said by any answer
		}
		if !q.has(t.Term) && !slices.Contains(q.words, w) {
			return false // ("everyone" is no term of the question, but one of its words)
		}
		n++
	}
	return n > 0
}

// afterEcho is what text says after short, the question's own words, in
// the rest of short's sentence (past a speech tag: "…,” Zelenskyy said,
// *referring to countries hesitant to deploy forces*), up to a short
// answer's length and the end of a clause; "" when nothing of substance
// follows, or only the question's words again.
func (e *Engine) afterEcho(q *question, text, short string) string {
	at := strings.LastIndex(text, short)
	if at < 0 {
		return ""
	}
	rest := text[at+len(short):]
	for _, stop := range []string{". ", "! ", "? "} {
		if i := strings.Index(rest, stop); i >= 0 {
			rest = rest[:i]
		}
	}
	words := strings.Fields(strings.TrimLeft(rest, " ,;:.!?”\"’)"))
	for i, w := range words[:min(len(words), 4)] {
		if lexicon.IsSayingVerb(strings.ToLower(strings.Trim(w, ",."))) {
			words = words[i+1:] // "Zelenskyy said," is who said it, not what
			break
		}
		if !isCapital(w) && !getFold(personPronouns, w) && w != "they" {
			break
		}
	}
	var out []string
	for _, w := range words {
		if len(out) == maxShortWords {
			break
		}
		out = append(out, w)
		if strings.ContainsAny(w[len(w)-1:], ";:") {
			break
		}
	}
	s := shortText(strings.TrimRight(strings.Join(out, " "), ".!?”\"’"))
	if s == "" || e.echoes(q, s) || !strings.Contains(text, s) {
		return ""
	}
	return s
}

// inName reports whether word i of text (words are the words' byte spans)
// goes on a name word i-1 stands in: both capitalised with only a space
// between, or "of" between two such ("Secretary *of* State", "Bank of
// England"). The first word of a sentence is capitalised as any: it joins a
// name only where the next is one too ("The Kremlin").
func inName(text string, words [][2]int, i int) bool {
	if i <= 0 || i >= len(words) {
		return false
	}
	word := func(k int) string { return strings.Trim(text[words[k][0]:words[k][1]], "“”\"‘’'()") }
	spaced := func(k int) bool {
		return !afterMark(text, words, k)
	}
	capital := func(k int) bool { return k >= 0 && k < len(words) && isCapital(word(k)) }
	switch {
	case word(i) == "of":
		return spaced(i) && spaced(i+1) && capital(i-1) && capital(i+1)
	case word(i-1) == "of":
		return spaced(i) && spaced(i-1) && capital(i-2) && capital(i)
	}
	name := func(k int) bool { return capital(k) && !lexicon.IsFunctionWord(strings.ToLower(word(k))) }
	if endsGenitive(word(i - 1)) {
		return false // "Italy’s Prime Minister": whose, then a title
	}
	return spaced(i) && name(i-1) && name(i)
}

// wholeNames widens short, cut from text, to the whole of a name it opens
// or closes inside ("Seismological Center placed …" to "National
// Seismological Center placed …", "… and the United" to "… and the United
// Nations"), where that keeps it a short answer; else it is short as it is.
func (e *Engine) wholeNames(text, short string) string {
	at := strings.LastIndex(text, short)
	if at < 0 {
		return short
	}
	words := wordSpans(text)
	first, last := -1, -1
	for k, w := range words {
		if w[0] >= at && w[1] <= at+len(short) {
			if first < 0 {
				first = k
			}
			last = k
		}
	}
	if first < 0 {
		return short
	}
	// a person's name opens a short answer as well without the titles
	// before it: "Zelenskyy urged …", "Ignacio Rebolledo thanked …"
	person := func(k int) bool {
		surname := func(k int) bool {
			t := e.analyze(text[words[k][0]:words[k][1]])
			return len(t) == 1 && e.people[t[0].Term] != nil
		}
		return surname(k) || k+1 < len(words) && inName(text, words, k+1) && surname(k+1)
	}
	if inName(text, words, first) && !person(first) {
		for k := first + 1; k <= last && inName(text, words, k); k++ {
			if person(k) {
				end := at + len(short)
				first, at = k, words[k][0] // "State Marco Rubio": "Marco Rubio"
				short = text[at:end]
				break
			}
		}
	}
	from, to := first, last
	for from > 0 && inName(text, words, from) && !person(from) {
		from--
	}
	for to+1 < len(words) && inName(text, words, to+1) && (to > last || !person(to+1)) {
		to++ // but a title before a person's name is whole: "Canadian Prime Minister" (Mark Carney)
	}
	if from == first && to == last {
		return short
	}
	start, end := min(at, words[from][0]), max(at+len(short), words[to][1])
	if whole := text[start:end]; wordCount(whole) <= maxShortWords && !unbalanced(whole) {
		return whole
	}
	// too long whole: the part of the name goes instead
	if from < first {
		for first < last && inName(text, words, first+1) {
			first++
		}
		first++
	}
	if to > last {
		for last > first && inName(text, words, last) {
			last--
		}
		last--
	}
	// and what joined the name to the rest goes with it: "Chiu, *and* a
	// lake began …", "Donald Tusk *and Italy’s*"
	dangling := func(k int) bool {
		w := strings.ToLower(strings.Trim(text[words[k][0]:words[k][1]], "“”\"‘’'()"))
		return lexicon.IsFunctionWord(w) || endsGenitive(w)
	}
	for first < last && dangling(first) && !getFold(articles, text[words[first][0]:words[first][1]]) {
		first++
	}
	for last > first && dangling(last) {
		last--
	}
	if first > last {
		return short
	}
	if part := shortText(text[max(at, words[first][0]):min(at+len(short), words[last][1])]); part != "" {
		return part
	}
	return short
}

// opensClause reports whether word i of text (words are the words' byte
// spans) opens a clause: after a semicolon, colon or dash, or after a
// comma when it is a word that joins clauses ("…, while Croatia …"); a
// comma alone, or with "and", may join a list ("air, land and sea").
func opensClause(text string, words [][2]int, i int) bool {
	if i == 0 {
		return false
	}
	between := text[words[i-1][1]:words[i][0]]
	if strings.ContainsAny(between, ";:—–") || strings.Contains(between, " - ") {
		return true
	}
	w := strings.ToLower(text[words[i][0]:words[i][1]])
	return strings.Contains(between, ",") && w != "and" && w != "or" && slices.Contains(joinWords, " "+w+" ")
}

// opensPhrase reports whether a phrase can open at word i of text (words
// are the words' byte spans): the first word, one after a word that joins
// phrases, an article, or a preposition. (Not any word after a comma:
// "air, *land* and sea" is no phrase; the check it had never fired, as
// words hold no marks, and making it fire cut lists open.)
func opensPhrase(text string, words [][2]int, i int) bool {
	if i == 0 {
		return true
	}
	prev := text[words[i-1][0]:words[i-1][1]]
	w := strings.ToLower(strings.Trim(text[words[i][0]:words[i][1]], "“\"‘("))
	return articles[w] || prepositions[w] || slices.Contains(joinWords, " "+strings.ToLower(prev)+" ")
}

// withVerbGroup moves the start of a window that opens on a verb back over
// the words of its verb group before it, not past a mark: auxiliaries,
// negations and adverbs ("*has not* signalled", "*flatly* rejected",
// "*must still* finalise"). What the verb says is settled by them (a
// denial, a duty) more than by the words its window then gives up at the
// end.
func withVerbGroup(text string, words [][2]int, best int) int {
	if best == 0 {
		return best
	}
	first := strings.ToLower(strings.Trim(text[words[best][0]:words[best][1]], "“”\"‘’'"))
	if !lexicon.IsVerb(first) && !negRE.MatchString(first) {
		return best
	}
	for k := 0; k < verbGroupWords && best > 0; k++ {
		prev := text[words[best-1][0]:words[best-1][1]]
		if strings.ContainsAny(prev, ",;:()—–\"“”") {
			break
		}
		w := strings.ToLower(prev)
		if !auxiliaries[w] && !negRE.MatchString(w) && !isAdverb(w) {
			break
		}
		best--
	}
	return best
}

// verbGroupWords is how many words before a verb withVerbGroup takes.
const verbGroupWords = 3

// isAdverb reports whether w is an adverb of manner or degree by its form
// ("flatly", "partly"): an English word and "-ly"; or one of the closed
// class that stands before a verb ("still", "already").
func isAdverb(w string) bool {
	if preVerbAdverbs[w] {
		return true
	}
	stem, ok := strings.CutSuffix(w, "ly")
	if !ok || len(stem) < 3 {
		return false
	}
	_, known := lexicon.Default().Rank(stem)
	return known
}

var preVerbAdverbs = wordSet("still already also just only never ever yet even always often again not")

// cutsUnit reports whether a window ending at word last of text (words
// are the words' byte spans) cuts a unit the next word completes: a run
// of capitalised words ("Fenwick | Park"), a month and its day ("April |
// 24"), a figure and its unit ("40 | centimetres"), or a preposition or
// article and the noun it needs ("under | a collapsed house").
func cutsUnit(text string, words [][2]int, last int) bool {
	if last < 0 || last+1 >= len(words) {
		return false
	}
	// a break between the two words ends the unit; so does a sentence's
	// end ("to Dunmore. The crew"), but not an abbreviation's period
	// ("the U.S. Navy", "J. Smith")
	gap := text[words[last][1]:words[last+1][0]]
	if strings.ContainsAny(gap, ",;:()—–\"“”!?") || strings.Contains(gap, ".") && !abbreviated(lastWord(text[:words[last][1]]), text[words[last+1][0]:]) {
		return false
	}
	raw := strings.Trim(text[words[last][0]:words[last][1]], "“”\"‘’'")
	next := strings.Trim(text[words[last+1][0]:words[last+1][1]], "“”\"‘’'.,;:")
	if raw == "" || next == "" {
		return false
	}
	w, nw := strings.ToLower(raw), strings.ToLower(next)
	after := ""
	if last+2 < len(words) {
		after = strings.Trim(text[words[last+2][0]:words[last+2][1]], "“”\"‘’'.,;:")
	}
	switch {
	case dayAndMonth(next, raw, next), dayAndMonth(raw, next, after):
		return true // a date's day and month ("April | 24", "12 | May 2026"; not "2,000 | march")
	case dateEnds(raw, strings.ToLower(lastWord(text[:words[last][0]])), next):
		return false // "on Monday | I said", "in 2019 | warnings"
	case isCapital(raw) && isCapital(next):
		return true
	case isDigit(raw[0]) && !isDigit(next[0]) && !lexicon.IsFunctionWord(nw) && !lexicon.IsVerb(nw) && !prepositions[nw]:
		return true
	}
	return prepositions[w] || articles[w]
}

// dateEnds reports whether a date ends with the word raw (prev the word
// before it, lower case; next the one after, as the passage spells it),
// as the date readers read one: a day's or a month's name after a date's
// preposition (timePreps: "on Monday | I said", "in April | Harriet
// said") or before a word in lower case or a function word, not before a
// capital that completes a name ("Good Friday | Agreement", "April |
// Jones"); a year after a date's preposition (yearRE's "in 2019 |
// warnings") or before no noun, which a bare figure may count or a year
// qualify ("2000 | homes", "2000 | children", "2000 | cattle"); or a
// month's day ("March 9 | this year"); not before a unit, which a figure
// takes ("2000 | millimetres"), nor before a figure.
func dateEnds(raw, prev, next string) bool {
	w, nw := strings.ToLower(raw), strings.ToLower(next)
	switch {
	case isUnitWord(nw) || nw == "" || isDigit(nw[0]):
		return false
	case weekdays[w] || monthNames[w]:
		return timePreps[prev] || !isCapital(next) || lexicon.IsFunctionWord(nw)
	case isYear(w):
		return timePreps[prev] || !knownNoun(nw)
	}
	return isDigit(w[0]) && monthWords[prev]
}

// objectVerbStart is where a yes/no's window that opens on the question's
// first word (matched) opens instead when the words just before it, not
// past a comma, hold the verb whose object those words are ("which *would
// cross* Harlow Fen, a wetland that is home to herons …" for "does the
// trail go thru harlow fen"): a yes or no turns on what is done to the question's
// thing more than on what the clause goes on to say of it. Only where the
// words the window then gives up at its end hold none of the question's,
// the window holds no negation after them, and the verb is none of saying
// (what was said is contentFirst's).
// It returns the verb's place, where the window then opens, or -1.
func objectVerbStart(text string, words [][2]int, weight []float64, best, matched, n int) int {
	verb := -1
	for k := matched - 1; k >= max(0, matched-polarityWords) && !commaAfter(text, words, k); k-- {
		before := ""
		if k > 0 {
			before = strings.ToLower(text[words[k-1][0]:words[k-1][1]])
		}
		raw := strings.Trim(text[words[k][0]:words[k][1]], "“”\"‘’'()")
		lw := strings.ToLower(raw)
		// (a verb in lower case, not one opening a noun phrase as its
		// adjective: "the *sealed* gate", "Road and *Transport* Board")
		if !isCapital(raw) && !auxiliaries[lw] && !lexicon.IsSayingVerb(lw) && (pastVerb(lw) && !opensNounPhrase(before) || readAsVerb(lw, before)) {
			verb = k
			break
		}
	}
	if verb < 0 || verb >= best {
		return -1
	}
	for k := verb + n; k < min(best+n, len(words)); k++ {
		if weight[k] > 0 {
			return -1 // a word of the question given up at the end
		}
	}
	for k := matched; k < min(best+n, len(words)); k++ {
		if negRE.MatchString(strings.ToLower(text[words[k][0]:words[k][1]])) {
			return -1 // a denial after them settles it more: "… but would not promise a sum"
		}
	}
	return verb
}

// objectVerbEnd is where a window that took back its verb (objectVerbStart)
// ends, at last or before it: the end of a clause, or a noun a preposition
// or a mark follows ("cross the River Wend on a new bridge | beside the old
// Victoria footbridge"), so that the words given up at the end cut no name
// and no figure from its noun ("by 31 votes to 24 | , with two"); never
// before the question's last word; last where none is found.
func objectVerbEnd(text string, words [][2]int, weight []float64, last int) int {
	for k := last; k >= 0; k-- {
		w := spanWord(text, words, k)
		if endsClause(text, words, k) || phraseEndsAt(text, words[k][1]) && knownNoun(w) && !cutsUnit(text, words, k) {
			return k
		}
		if weight[k] > 0 {
			break // (the question's last word, which stays)
		}
	}
	return last
}

// settlesYesNo reports whether the word raw (as the passage spells it)
// can settle a yes or no: a negation, hedge, denial or auxiliary ("*has
// not* signalled"), a figure ("*41* oiled birds") or a name.
func settlesYesNo(raw string) bool {
	w := strings.ToLower(raw)
	return negRE.MatchString(w) || hedgeWords[w] || denialWords[w] || auxiliaries[w] || strings.ContainsAny(w, "0123456789") || isCapital(raw)
}

// clauseVerbStart is where a yes/no's window that is cut before its clause
// ends opens instead: at the verb of the clause it is cut in (an auxiliary
// or a verb in the past), where the clause's subject holds a word of the
// question and no negation, and what the clause says of that subject, from
// its verb to the clause's end, fits n words and holds a word of the
// question too ("A magnitude 5.9 aftershock shortly before 7 a.m. on
// Wednesday *forced rescuers to pull back from two sites for almost an
// hour*"): the subject is the question's, the passage shown names it, and
// what the clause says of it settles the question. Not at a verb of
// saying: what was said is contentFirst's. At best otherwise.
func clauseVerbStart(text string, words [][2]int, weight []float64, best, n int) int {
	last := min(best+n, len(words)) - 1
	open := last
	for open > 0 && (!endsClause(text, words, open-1) || abbreviationPeriod(text, words, open-1)) {
		open--
	}
	if verbWord(strings.ToLower(text[words[open][0]:words[open][1]])) {
		return best // a clause that opens on a verb, not on its subject ("making this one of …")
	}
	subject := false
	for v := open; v <= last; v++ {
		raw := strings.Trim(text[words[v][0]:words[v][1]], `,;:“”"‘’'()`)
		lw := strings.ToLower(raw)
		if v == open || isCapital(raw) || !auxiliaries[lw] && !pastVerb(lw) && !irregularVerbForm(lw) {
			if negRE.MatchString(lw) {
				return best
			}
			subject = subject || weight[v] > 0
			continue
		}
		if v <= best || !subject || lexicon.IsSayingVerb(lw) || strings.Contains(text[words[open][1]:words[v][0]], ",") {
			// (nor past a comma: the subject's phrase set off by commas
			// holds a clause or a list of its own, and the verb after it
			// need not be its clause's: "…, including 27 heads of state
			// and government, making this … since the war began")
			return best
		}
		end := v
		for end+1 < len(words) && !endsClause(text, words, end) {
			end++
		}
		if end-v+1 > n || !slices.ContainsFunc(weight[v:end+1], func(w float64) bool { return w > 0 }) {
			return best
		}
		return v
	}
	return best
}

// abbreviationPeriod reports whether the period after word k is an
// abbreviation's, not a sentence's end: inside it ("a.m", "U.S"), or after
// one whose stop belongs to it as the sentence splitter reads it
// (abbreviated: "Mr. Smith", "7 a.m. on Wednesday"), a dotted one only
// before a word in lower case ("7 a.m. The …" ends a clause).
func abbreviationPeriod(text string, words [][2]int, k int) bool {
	if k+1 >= len(words) {
		return false
	}
	gap := text[words[k][1]:words[k+1][0]]
	if gap == "." {
		return true
	}
	token := lexicon.PastOpeners(lastWord(text[:words[k][1]])) // ("(U.S. The": a dotted one, as "U.S. The")
	next := text[words[k+1][0]:words[k+1][1]]
	if strings.TrimSpace(gap) != "." || !abbreviated(token, next) {
		return false
	}
	return !isCapital(next) || !abbreviationRE.MatchString(token)
}

// genitive reports whether w, a word as the text has it, is a noun's
// genitive ("coalition’s", "Chile's"), which waits for the noun it
// qualifies: nounPossessive of the word in lower case, without the marks
// after it; not a pronoun's contraction ("it's", "that’s"), nor "let's".
func genitive(w string) bool {
	return nounPossessive(strings.ToLower(strings.TrimRight(w, `,;:“”"‘’'()`)))
}

// nearWindowMin is the least GloVe similarity at which a word of a yes/no
// answer's span stands in for a question word nothing there matches
// (nearWeights): the floor weakMin sets for a word no article uses. Only
// the windows' near weights are compared with each other (which tied
// window holds the most), never added to what the question's own words
// weigh, so no share of a word's weight is set for them.
const nearWindowMin = weakMin

// nearWeights gives a yes/no question's words that no word of words
// matches (weight and termAt, as wordWeights reads them; termAt only
// read) a weight at the span's word nearest them in meaning by GloVe, its
// idf times the similarity, above nearWindowMin:
// what settles a yes or no is often the passage's word for the question's
// qualifier, not its own ("*cheer*": "*applause*"; "way *cheaper*": "a
// third of the *price*"). A word the
// question's words already match keeps its weight; the question's names,
// the commonest words and words the embeddings do not know count for
// nothing (aligns).
func nearWeights(q *question, text string, words [][2]int, weight []float64, termAt []int) {
	var vecs []wordVec // of the span's words, read once where a term needs them
	for i := range q.terms {
		t := &q.terms[i]
		if !t.meaning || t.idf <= 0 {
			continue
		}
		held := false
		for k := range words {
			held = held || weight[k] > 0 && termAt[k] == i
		}
		if held {
			continue
		}
		x := t.vec // (the word's vector, read once in analyse)
		nx := norm8(x)
		if nx == 0 {
			continue
		}
		if vecs == nil {
			vecs = make([]wordVec, len(words))
			for k := range words {
				vecs[k], _ = wordVecOf(spanWord(text, words, k)) // (none: n is 0)
			}
		}
		best, at := nearestWord(x, nx, vecs, nearWindowMin, func(k int) bool { return weight[k] > 0 })
		if at >= 0 {
			weight[at] = t.idf * float64(best)
		}
	}
}

// spanWord is words[i] of text in lower case, the marks around it trimmed.
func spanWord(text string, words [][2]int, i int) string {
	return strings.ToLower(strings.Trim(text[words[i][0]:words[i][1]], ` ,;:—–-“”"‘’'()`))
}

// windowText is text from words[lo] to words[hi], the marks around it
// trimmed, but a figure's percent sign ("about 40%") and an
// abbreviation's period ("to 6 a.m.", "in the U.S.") kept at its end.
func windowText(text string, words [][2]int, lo, hi int) string {
	end := words[hi][1]
	if end < len(text) && text[end] == '%' {
		end++
	}
	if w := lastWord(text[:end]); end < len(text) && text[end] == '.' && (abbreviationRE.MatchString(w) || lexicon.IsAbbreviation(w)) {
		end++
	}
	return strings.Trim(text[words[lo][0]:end], " ,;:—–-“”\"‘’'()")
}

// gradesQuestion reports whether a yes/no question grades what it asks
// about: a comparative or superlative by its form ("was the spill
// *bigger* than they said", "is this the *highest* it has been"), which
// a comparison, a superlative or a ratio in the passage settles. A word
// in "-er" after an article or possessive is a noun ("the *owner*", "the
// *number* of"), not a comparative. (Not "ever" alone: it moved one
// readable answer, a miss either way.)
func gradesQuestion(q *question) bool {
	for i, w := range q.words {
		prev := ""
		if i > 0 {
			prev = q.words[i-1]
		}
		if gradesWord(w, prev) {
			return true
		}
	}
	return false
}

// gradesWord reports whether w, after the word prev ("" for none), is a
// comparative or superlative by its form ("bigger", "more", "highest"); a
// word in "-er" after an article or possessive is a noun ("its *owner*",
// "the *number* of"), not a comparative.
func gradesWord(w, prev string) bool {
	return superlative(w) || comparative(w) && !articles[prev] && !possessives[prev]
}

// setsOffDegree reports whether w, before a phrase of degree, is a
// coordinating conjunction that sets it off ("… wall *yet* higher than
// forecast"): conjunctions and "yet", an adverb elsewhere ("not yet")
// but before a comparative a conjunction, as "but" is.
func setsOffDegree(w string) bool {
	return conjunctions[w] || w == "yet"
}

// degreePhrase is, for a yes/no question that grades something
// (gradesQuestion), the first and last word of the phrase of words that
// grades or scales in its place (gradesOrScales): from the word of
// degree, back over the adverb that grades it ("slightly", "no"), its
// article or possessive, a partitive "one of" and one preposition, to
// the end of its clause or, set off by a comma, to the comma that closes
// it, at most n words, set off from the words before it by a comma,
// "and", "but" or a preposition (taking it where nothing sets it off
// cost held-out fresh4-12 crisp -1):
// "…, *more than twice its earlier estimate of three tonnes*", "… and *the
// highest level since records began in 1936*", "… serve the same area
// *for a third of the price*"; of several, the one whose clause (from the
// sentence's start or its last semicolon to the phrase's end) holds the
// most of the question's words (weight), and one that holds none of them
// is no answer ("Doe won 47 percent, *more than her rival*; turnout was
// the highest …" for "was turnout the highest"); or -1, -1 where no such
// phrase is.
func degreePhrase(text string, words [][2]int, weight []float64, n int) (int, int) {
	clean := func(i int) string { return spanWord(text, words, i) }
	bestLo, bestHi, most := -1, -1, 0.0
	for k := range words {
		if !gradesOrScales(text, words, k) {
			continue
		}
		lo := k
		if lo > 0 && lexicon.IsAdverb(clean(lo-1)) && !setsOffDegree(clean(lo-1)) && !commaAfter(text, words, lo-1) {
			// the adverb that grades the comparative is part of the
			// phrase, a negation most of all, and what a comma sets off
			// is the phrase it opens: "…, *slightly higher than
			// forecast*", "…, *no more than* …", "… and *far more*"; not
			// a coordinating conjunction WordNet lists among its adverbs
			// too ("but", "yet"), which sets the phrase off as "and"
			// does (final read FH1, FL3)
			lo--
		}
		if lo > 0 && (articles[clean(lo-1)] || possessives[clean(lo-1)]) && !commaAfter(text, words, lo-1) {
			lo--
		}
		if lo > 1 && clean(lo-2) == "one" && clean(lo-1) == "of" && !commaAfter(text, words, lo-1) {
			lo -= 2
		}
		if lo > 0 && prepositions[clean(lo-1)] && !commaAfter(text, words, lo-1) {
			lo--
		}
		setOff := lo > 0 && (commaAfter(text, words, lo-1) || prepositions[clean(lo)] || setsOffDegree(clean(lo-1)))
		if !setOff {
			continue
		}
		// (a phrase a comma sets off, an aside, ends at the comma that
		// closes it, though a clause goes on after it: "…, *slightly
		// higher than forecast*, and was falling …")
		aside := commaAfter(text, words, lo-1)
		for hi := k; hi < len(words) && hi-lo < n; hi++ {
			if !endsClause(text, words, hi) && !(aside && commaAfter(text, words, hi)) {
				continue
			}
			from := lo
			for from > 0 && !clauseSplitAfter(text, words, from-1) {
				from--
			}
			held := 0.0
			for _, x := range weight[from : hi+1] {
				held += x
			}
			if held > most {
				bestLo, bestHi, most = lo, hi, held
			}
			break
		}
	}
	return bestLo, bestHi
}

// clauseSplitAfter reports whether a semicolon or a sentence's end
// follows words[i] of text.
func clauseSplitAfter(text string, words [][2]int, i int) bool {
	rest := strings.TrimLeft(text[words[i][1]:], "”’\")")
	return strings.HasPrefix(rest, ";") || strings.HasPrefix(rest, ".") && sentenceEnds(text, len(text)-len(rest))
}

// gradesOrScales reports whether words[k] of text grades or scales an
// amount: a comparative or superlative by its form ("bigger", "more",
// "highest"), or a fraction after "a" or "one" before "of" ("a *third*
// of the price"). (Multiplicatives, "N times", "half of" and "the
// first" were measured as well and moved no answer.)
func gradesOrScales(text string, words [][2]int, k int) bool {
	clean := func(i int) string { return spanWord(text, words, i) }
	w, prev := clean(k), ""
	if k > 0 {
		prev = clean(k - 1)
	}
	if gradesWord(w, prev) {
		return true
	}
	if k == 0 || k+1 >= len(words) {
		return false
	}
	return fractions[w] && (prev == "a" || prev == "one") && clean(k+1) == "of"
}

// fractions are the words for a part of a whole that "a" or "one" takes
// ("a *third* of the price", "one *quarter* of"): a closed class of
// English words, as smallNumbers reads them.
var fractions = wordSet("third quarter fifth sixth tenth")
