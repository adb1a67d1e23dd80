// Reading a follow-up in context: resolve and its steps (its own words, what its pronouns stand for, what it carries from the previous question).

package qa

import (
	"context"
	"slices"
	"strings"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// reading is a follow-up as read in context.
type reading struct {
	text string
	// besides is the previous answer, which "who else" asks past
	besides *Answer
}

// resolve reads a follow-up f after the question prev.
func (e *Engine) resolve(ctx context.Context, prev, f string) reading {
	f = countryUS(lexicon.Normalize(f))       // "r u sure?" as "are you sure?"; "and the us?": the country, as a question reads it
	prev = countryUS(lexicon.Normalize(prev)) // "how much did the us pledge" "and japan?": the US is what is replaced; "gonna" is "going to"
	words, conn := followUpWords(f)
	if len(words) == 0 || onlySourceAsked(words) {
		// "and?": the same again; "source?", "link pls": the previous
		// answer again, which cites its articles
		return reading{text: prev}
	}
	if onlyMoreAsked(words) {
		// "tell me more", "more pls": the previous question, past what
		// it found, as "anything else?" asks
		return reading{text: saidBy(prev), besides: e.previous(ctx, prev)}
	}
	ff := frameOf(words)
	// an existential "there" says that something is, not where (each
	// "there" read in its place: "are there survivors there")
	existentialAt := func(i int) bool {
		return i >= 0 && i < len(ff.rest) && lower(ff.rest[i]) == "there" && existentialThere(ff.aux, ff.rest, i)
	}
	existential := existentialAt(slices.IndexFunc(ff.rest, func(w string) bool { return lower(w) == "there" }))
	own := slices.Concat(ff.noun(), ff.rest)
	content, person, group, thing, besides := e.ownWordsOf(ff, own, existentialAt)
	if last := len(content) - 1; !ff.asks() && !conn && last >= 1 && pastForm(lower(content[last])) && !isCapital(content[last]) {
		// "any wildlife affected?": a question of its own, its verb's
		// "was" left out, not a name for the previous question's (but
		// "the united kingdom?", "wounded soldiers?" are names: the past
		// form ends the words)
		return reading{text: strings.Join(strings.Fields(f), " ")}
	}
	if !ff.asks() {
		// "and germany?", "what about the uk": the previous question
		// about what the follow-up names
		return e.aboutPrevious(ctx, prev, words, content, besides)
	}
	if !conn && !person && !group && !thing && !besides && (len(content) >= 2 || len(content) == 1 && (existential || e.newName(content[0], prev) || ownNounPhrase(ff) || e.asksWhatNameIs(ff, content[0]))) {
		// (an existential "there" names its own subject: "is there a
		// deal" asks of a deal)
		return reading{text: strings.Join(strings.Fields(f), " ")} // it stands on its own
	}
	if !conn && !person && !group && !thing && besides && len(ff.qw) > 0 && ff.aux != "" && len(content) == 1 && (pastVerb(lower(content[0])) || lexicon.IsVerb(lower(content[0])) || copulas[lower(ff.aux)] && e.adjectiveAsked(f)) {
		// "who else was quoted", "who else was hesitent": a whole question
		// of its own verb or predicate (an adjective, as the articles spell
		// it), asked past the previous answer, not of the previous
		// question's words
		var own []string
		for w := range strings.FieldsSeq(f) {
			if !elseWords[lower(strings.Trim(w, "?!.,"))] {
				own = append(own, w)
			}
		}
		return reading{text: strings.Join(own, " "), besides: e.previous(ctx, prev)}
	}
	pw := wordsOf(prev)
	pf := frameOf(pw)
	pkind, _ := classify(prev)
	var pa *Answer
	answer := func() *Answer {
		if pa == nil {
			pa = e.previous(ctx, prev)
		}
		return pa
	}
	var out []string
	qw, aux := openingOf(ff, pf, content, besides)
	out = append(out, qw...)
	if aux != "" {
		out = append(out, aux)
	}
	filled, ownObject, placed := false, false, false
	anaphorAt := -1 // where in out an anaphor left unfilled stood
	anaphor := ""   // that anaphor ("it")
	possessed := -1 // a noun a possessive's description already gave ("his team": "the Japanese team")
	for i, w := range ff.rest {
		lw := lower(w)
		described := "" // "his team": the thing the person's description makes theirs
		if (lw == "his" || lw == "her") && i+1 < len(ff.rest) && !stopLike[lower(ff.rest[i+1])] {
			described = e.describedOwn(prev, answer, ff.rest[i+1])
		}
		switch {
		case i == possessed:
			// the noun is already the last word of the described phrase
		case described != "":
			// "where was his team sent" after "who is kenji morimoto"
			// ("Kenji Morimoto, the Japanese team leader"): the person's
			// description names the thing the possessive asks of; the
			// person's own words then stand in the question (ownObject),
			// and the previous subject is not carried over to it
			out = append(out, described)
			filled, ownObject, possessed = true, true, i+1
		case personPronouns[lw]:
			if ref := e.personIn(prev, answer); ref != "" {
				if lw == "his" || lw == "her" && i+1 < len(ff.rest) && !stopLike[lower(ff.rest[i+1])] {
					ref += "'s" // "his team": Morimoto's team
				}
				out = append(out, ref)
				filled = true
			}
		case groupPronouns[lw] && i > 0 && lower(ff.rest[i-1]) == "of" && (lowerIn(ff.qw, "many") || lowerIn(ff.qw, "much")):
			// "how many of them" after "which countries pledged troops":
			// the count of what the previous question asked for (its
			// noun, above), not of the names that answered it
			if len(out) > 0 && lower(out[len(out)-1]) == "of" {
				out = out[:len(out)-1]
			}
			if len(pf.noun()) == 0 {
				// after "where did people sleep …", which asks for no
				// noun, the count is of the plural the question spoke of
				// ("how many people"), put after the question word; a
				// plural its determiner opens stays where it stands, as
				// before ("how many did the dockers walk out": the
				// carried clause keeps its determiner, which a second
				// copy would leave behind)
				if np := pluralPhrase(pw); np != "" && !nounOpeners[lower(strings.Fields(np)[0])] {
					out = slices.Insert(out, len(qw), np)
				}
			}
		case groupPronouns[lw] && boundWithin(own, len(own)-len(ff.rest)+i):
			out = append(out, w) // its referent is in the question (above)
		case groupPronouns[lw]:
			if ref := e.groupIn(prev, answer); ref != "" {
				out = append(out, ref)
				filled = true
			}
		case existentialAt(i):
			out = append(out, w) // "is there a deal": that something is, not where
		case lw == "there" && ff.aux == "" && len(content) == 0 && e.namesIn(pf.rest, e.placeIn(prev, answer)):
			// "why there" after "did macron meet zelensky in paris": the
			// previous question's clause, which names the place, comes
			// whole below (final re-read RJ J8)
		case lw == "there":
			if ref := e.placeIn(prev, answer); ref != "" && !e.namesIn(ff.rest, ref) {
				// (not a place the follow-up names itself: "who else was
				// there from the us" after "who led the us delegation")
				if i == 0 || !prepositions[lower(ff.rest[i-1])] {
					// "who else was there": "there" is "in" the place, not
					// the place ("who was Paris" asks who Paris is); "from
					// there" has its own
					out = append(out, "in")
				}
				out = append(out, ref)
				filled, placed = true, true
			}
		case thingAnaphors[lw] && lw != "then":
			// "what does that mean": what the previous question found;
			// but after "who …", whose answer is people, "it" is the
			// thing the question spoke of ("who signed the declaration of
			// intent" "what does it say": the declaration)
			before := len(out)
			if ref, refOwn := e.thingReferent(lw, pf, pkind, qw, content, answer); ref != "" {
				out = append(out, ref)
				filled, ownObject = true, ownObject || refOwn
			}
			if len(out) == before && anaphorAt < 0 {
				anaphorAt, anaphor = len(out), w // where what it stands for goes ("is *it* safe")
			}
		case thingAnaphors[lw], elseWords[lw], fillers[lw]:
		default:
			out = append(out, w)
		}
	}
	if filled && len(content) == 0 && copulas[lower(aux)] {
		// "who is he", "what is it": the referent asked about, whole
		return reading{text: strings.Join(out, " ")}
	}
	if filled && aux != "" && !copulas[lower(aux)] && len(content) == 1 && len(ff.rest) == 2 &&
		(personPronouns[lower(ff.rest[0])] || groupPronouns[lower(ff.rest[0])]) && ff.rest[1] == content[0] {
		// "what did he say", "why did they refuse": a question of its own
		// verb (English puts it after the subject) about whom the pronoun
		// stands for, not the previous question's words after it; where
		// the verb is the previous question's and the question word does
		// not ask for its object, the object comes along ("why did they
		// refuse" after "who refused to deploy troops")
		if len(pf.rest) > 1 && !lowerIn(qw, "what") && !lowerIn(qw, "which") && e.sameVerb(content[0], pf.rest[0]) {
			out = append(out, pf.rest[1:]...)
		}
		return reading{text: strings.Join(out, " ")}
	}
	if (len(content) <= 1 || thing) && !ownObject {
		out = e.carryPrevious(out, ff, pf, pkind, content, filling{filled: filled, placed: placed, anaphorAt: anaphorAt, anaphor: anaphor}, besides, answer)
	}
	r := reading{text: strings.Join(out, " ")}
	if besides {
		if len(content) <= 1 {
			r.text = saidBy(r.text)
		}
		r.besides = answer()
	}
	if strings.TrimSpace(r.text) == "" {
		r.text = prev
	}
	return r
}

// aboutPrevious reads a follow-up that asks no question of its own
// ("and germany?", "what about the uk", "and on tuesday?") as the
// previous question about what it names, or at the time it names.
func (e *Engine) aboutPrevious(ctx context.Context, prev string, words, content []string, besides bool) reading {
	if len(content) == 0 {
		// "anything else from him?": the previous question, past its answer
		r := reading{text: prev}
		if besides {
			r.text = saidBy(prev)
			r.besides = e.previous(ctx, prev)
		}
		return r
	}
	x := strings.Join(trimFillers(words), " ")
	if xw := strings.Fields(x); len(xw) > 1 && timePreps[lower(xw[0])] && (!placePreps[lower(xw[0])] || timeWord(lower(strings.Trim(xw[len(xw)-1], "?!.,")))) {
		// ("after the storm", "since the ceasefire" are times; "in"
		// opens a place too: "in port lisle" is one, "in june" not)
		// "and on tuesday?": a time for the previous question, in
		// place of the one it gave ("on monday") or after it
		return reading{text: withTime(prev, x)}
	}
	r := reading{text: e.substitute(prev, x)}
	if besides {
		r.besides = e.previous(ctx, prev)
	}
	return r
}

// openingOf is the question word and auxiliary a follow-up's question
// opens with (ff's, filled from the previous question's frame pf where
// the follow-up leaves them out: "how many?" after "which countries …",
// "when?" after "where was the summit held").
func openingOf(ff, pf qframe, content []string, besides bool) (qw []string, aux string) {
	qw = ff.qw
	if len(ff.noun()) == 0 && len(qw) > 0 && (lower(qw[len(qw)-1]) == "many" || lower(qw[len(qw)-1]) == "much" || lower(qw[0]) == "which") {
		qw = append(slices.Clone(qw), pf.noun()...) // "how many?" after "which countries …"
	}
	aux = ff.aux
	if len(qw) == 0 && besides && hasAny(ff.rest, fillers) {
		// "did he say anything else": what else; "wasnt someone else
		// supposed to go": who, the indefinite a person's (English's
		// "-one" and "-body": "someone", "anybody", final re-read RJ J3)
		qw = []string{"what"}
		if slices.ContainsFunc(ff.rest, func(w string) bool {
			w = lower(w)
			return fillers[w] && personIndefinites[w]
		}) {
			qw = []string{"who"}
		}
	}
	if aux == "" && len(content) == 0 && !lowerIn(qw, "who") {
		aux = pf.aux // "when?" after "where was the summit held"
	}
	return qw, aux
}

// followUpWords are the words of a follow-up as typed, past a connective
// that opens it ("and germany?", "what about the uk"); conn reports
// whether one did.
func followUpWords(f string) (words []string, conn bool) {
	words = wordsOf(f)
	for _, c := range connectives {
		if len(words) >= len(c) && slices.EqualFunc(c, words[:len(c)], func(a, b string) bool { return a == lower(b) }) {
			words, conn = words[len(c):], true
			break
		}
	}
	return words, conn
}

// ownWordsOf reads a follow-up's own words (its question phrase's noun
// and the rest, own): its words of content, and whether it has a
// person's, a group's or a thing's pronoun standing for something of
// the previous question, or asks past its answer ("else", "more").
func (e *Engine) ownWordsOf(ff qframe, own []string, existentialAt func(int) bool) (content []string, person, group, thing, besides bool) {
	for k, w := range own {
		lw := lower(w)
		switch {
		case groupPronouns[lw] && boundWithin(own, k):
			// "how much did strikers get while they were out": the
			// question names whom its pronoun stands for, and needs no
			// referent from the previous one
		case personPronouns[lw]:
			person = true
		case groupPronouns[lw]:
			group = true
		case thingAnaphors[lw] && !existentialAt(k-len(ff.noun())):
			thing = true
		case elseWords[lw] || moreWords[lw]: // "what more did they say": what else
			besides = true
		case fillers[lw] || auxiliaries[lw] || stopLike[lw] && w != "US":
		default:
			if len(e.analyze(w)) > 0 {
				content = append(content, w)
			}
		}
	}
	return content, person, group, thing, besides
}

// thingReferent is what a thing's pronoun lw ("it", "that") of a
// follow-up stands for, read from the previous question (its frame pf,
// its kind pkind) or its answer, and whether it is the follow-up's own
// object (no more of the previous question's words carried). The first
// case that applies decides, found or not: "" there is the answer, and
// the later cases, read from the previous answer, are not tried.
func (e *Engine) thingReferent(lw string, pf qframe, pkind Kind, qw, content []string, answer func() *Answer) (ref string, own bool) {
	if pkind == KindWho && lw == "it" {
		// after "who …", whose answer is people, "it" is the thing the
		// question spoke of
		return objectOf(pf.rest), true
	}
	if es := existentialSubject(pf); len(pf.qw) == 0 && pf.aux != "" && (lw == "it" || lw == "that") && es != "" {
		// after "is there a ferry while the bridge is shut", "it" is
		// the ferry: what an existential question asks is, which
		// follows "there" (no verb and object: objectAfterVerb
		// would read "the bridge is shut")
		return es, true
	}
	if obj := objectAfterVerb(pf.rest); len(pf.qw) == 0 && pf.aux != "" && (lw == "it" || lw == "that") && obj != "" && !indefinites[lower(strings.Fields(obj)[0])] {
		// after "did japan send a rescue team", "it" is the team
		// (the thing the question spoke of, as after "who …"), not
		// the words that answered it; an object an indefinite
		// pronoun heads (kinds.txt [indefinite-words]) names no
		// thing ("did the mayor do anything for stranded
		// passengers" "how many could it take": not "anything",
		// which asks whether there is one)
		return obj, true
	}
	if pkind == KindWhere && lowerIn(qw, "where") && len(content) == 0 && placeAnswer(answer()) != "" {
		// "where is it" after "where did zelensky meet macron":
		// the place that answered ("Elysee Palace"), asked where
		// it lies, not the question's own subject again
		return placeAnswer(answer()), true
	}
	if amount := amountOfDeed(pf); amount != "" {
		// after "how much did the eu pledge", "it" is the pledge,
		// what the deed gave, not the eu that gave it
		return amount, true
	}
	if figureKinds[pkind] {
		// after "how long is the canal", "it" is the canal, not
		// the "98 kilometres" (nor a time, a place or a reason)
		// that answered: the previous question's subject
		return subjectOf(pf), true
	}
	a := answer()
	if a.Answered && nounPhraseLike(a.found()) && len(content) > 0 {
		// "what does that mean" after "what did zelensky say is the
		// biggest issue" ("the territorial question"): the answer
		// names the thing, and stands for it alone, without the
		// previous question's words; an answer that is a clause
		// or a time ("hopefully we will …", "Thursday") names no
		// thing a pronoun can stand for
		return a.found(), true
	}
	if a.Answered && a.found() != "" && wordCount(a.found()) <= 12 && len(content) > 0 && !tellsDeed(a.found()) {
		// a longer name or a list ("France, Britain and
		// Ukraine"), not a clause: an answer with a subject and
		// its verb ("mayor opened the town hall as a shelter")
		// tells what happened, which no pronoun stands for, and
		// glued into the follow-up garbles it
		return a.found(), false
	}
	if a.Answered && len(content) > 0 {
		// "how many people could it take" after "did the mayor do
		// anything for stranded passengers" ("mayor opened the
		// Westgate sports centre as a shelter"): the answer tells a
		// deed, and the pronoun stands for what it was done to,
		// not for the clause
		return deedObject(a.found()), true
	}
	return "", false
}

// filling is what the filling of a follow-up's pronouns did (resolve):
// whether it put a referent in (filled), a place for "there" (placed),
// and where in the question a thing's pronoun left unfilled stood
// (anaphorAt, -1 if none) and which it was (anaphor).
type filling struct {
	filled, placed bool
	anaphorAt      int
	anaphor        string
}

// carryPrevious is the follow-up's question out with the previous
// question's subject carried into it, where the follow-up names too
// little to stand alone (resolve).
func (e *Engine) carryPrevious(out []string, ff, pf qframe, pkind Kind, content []string, fill filling, besides bool, answer func() *Answer) []string {
	// the follow-up names too little to stand alone: the previous
	// question's subject comes with it, and its answer, where the
	// previous question asked who and this one asks something else
	// than who or how many ("how many?" after "which countries …"
	// counts them, whoever they are)
	fkind, _ := classify(strings.Join(out, " "))
	if !fill.filled && !besides && pkind == KindWho && fkind != KindWho && fkind != KindHowMany {
		if a := answer(); a.Answered && a.found() != "" && wordCount(a.found()) <= 6 {
			out = append(out, a.found())
		}
	}
	have := map[string]bool{}
	for _, w := range out {
		for f := range strings.FieldsSeq(w) {
			// each word of a name put in ("Jared Kushner"), a
			// possessive as its name ("Choque's family")
			have[unpossessed(lower(f))] = true
		}
	}
	rest := pf.rest
	if len(content) > 0 && pf.aux == "" && len(rest) > 0 && !stopLike[lower(rest[0])] && pkind == fkind {
		// "how many ppl died …" "and how many were hurt": the
		// follow-up's verb takes the place of the previous one's
		rest = rest[1:]
	}
	if len(content) > 0 && pf.aux != "" && len(rest) > 0 && pkind == fkind {
		// "how many people have died" "and how many were injured"
		if last := lower(rest[len(rest)-1]); pastVerb(last) || len(last) > 3 && strings.HasSuffix(last, "ed") {
			rest = rest[:len(rest)-1]
		}
	}
	carry := append(slices.Clone(pf.noun()), rest...)
	if pf.aux != "" && !copulas[lower(pf.aux)] && len(rest) > 0 && carriedVerb(rest) != 0 {
		// "how many troops did macron say france could send" "when":
		// where a subject of its own follows the auxiliary (no verb
		// right after it; with no verb read at all, -1, the noun ends
		// the clause too: "where does the uk have troops"), the
		// count's noun is its verb's object and ends the clause ("when
		// did macron say france could send troops"); not where the
		// verb follows the auxiliary, "how many people have died"
		carry = append(slices.Clone(rest), pf.noun()...)
	}
	if slices.Equal(lowerAll(pf.noun()), lowerAll(ff.noun())) || len(ff.noun()) > 0 && len(pf.noun()) > 0 {
		carry = rest // the follow-up has its own noun
	}
	if fill.placed && len(content) > 0 {
		// "what happened there" after "did macron meet zelensky in
		// paris": the place stands for the previous question's setting
		// and the follow-up has its own word of substance, its verb;
		// the previous question's other words are not asked again
		carry = nil
	}
	var carried []string
	for _, w := range carry {
		if !have[lower(w)] || stopLike[lower(w)] {
			carried = append(carried, w)
		}
	}
	if v := carriedVerb(carried); fill.anaphorAt >= 0 && pf.aux == "" && figureKinds[pkind] && v >= 0 {
		// "who hosted it" after "how many countries attended the
		// summit": a thing's pronoun stands for no clause ("countries
		// attended the summit") but for what its verb is done to (after
		// "how much", the mass it measures: "how much aid went to
		// ukraine" "who sent it"); where that is nothing, a phrase a
		// preposition opens or a plural, for the event the articles
		// report, "it" kept ("how many countries took part", "… met in
		// paris", "… pledged troops")
		carried = itAfterCount(pf, carried, v, fill.anaphor)
	}
	if fill.anaphorAt >= 0 && fill.anaphorAt < len(out) {
		// "is it safe" after "what is the tap water situation": the
		// subject where "it" stood, "is the tap water situation safe"
		out = slices.Insert(out, fill.anaphorAt, carried...)
	} else {
		out = append(out, carried...)
	}
	return out
}
