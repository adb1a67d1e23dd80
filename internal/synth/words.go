package synth

import "strings"

// The generator's vocabulary: templates with {slots}, and what fills them.
// Several words are the real coverage's own (summit, troops, ceasefire,
// guarantees, coalition, leaders, envoys, monitoring): the synthetic
// articles are distractors, not noise.

var headlines = []string{
	"Leaders gather in {city} for {event} on {topic}",
	"{country} and {country2} clash over {topic} at {event}",
	"{event} in {city} ends without deal on {topic}",
	"Talks on {topic} resume in {city} after weeks of delay",
	"{org} pledges {big} dollars for {topic}",
	"{country} refuses to back {topic} plan",
	"Envoys meet in {city} as {topic} talks stall",
	"Ministers agree framework on {topic} in {city}",
}

var standfirsts = []string{
	"Officials from {n} countries met in {city} to discuss {topic}.",
	"The {event} comes as pressure grows on governments over {topic}.",
	"Delegates said progress was slow but talks would continue.",
}

var subheads = []string{
	"What was agreed", "Divisions remain", "Reaction from {country}", "Next steps", "Background",
}

var captions = []string{
	"Delegates arrive for the {event} in {city} on {date}.",
	"{person} speaks to reporters in {city}.",
	"Protesters gather outside the conference centre in {city}.",
}

var bodies = []string{
	"Leaders from {n} countries gathered in {city} on {date} for the {event} on {topic}.",
	"The {event} in {city} was the {n}th such meeting since {year}, officials said.",
	"{country} said it would not send troops to the region, citing the cost of the mission.",
	"{country} and {country2} declined to sign the final statement on {topic}.",
	"{person} told reporters that the talks had made progress on {topic}.",
	"The {org} has pledged {big} dollars to support {topic} over the next {n} years.",
	"Under the draft agreement, {country} would lead a monitoring mission for {n} months.",
	"Security guarantees for {country} were discussed but no commitments were made.",
	"The ceasefire between the two sides has held for {n} days, according to the {org}.",
	"{person} met {person} at the presidential palace in {city} on {date}.",
	"Officials said a second round of talks would take place in {othercity} in {month}.",
	"Turnout in the vote on {topic} reached {pct}, the highest since {year}.",
	"Critics said the plan on {topic} would cost {big} dollars and do little.",
	"{country} has rejected the proposal, calling it an attempt to {verb} the {noun}.",
	"The coalition of {n} countries agreed to {verb} the {noun} by {month}.",
	"Envoys from {country} and {country2} arrived in {city} late on {date}.",
	"The {org} said {pct} of the funds had already been spent on {topic}.",
	"Negotiators worked through the night on the text of the {noun}.",
	"{person}, who chairs the {org}, said the {noun} was not yet final.",
	"The dispute over {topic} dates back to {year}, when {country} first raised it.",
	"More than {n} officials attended the {event}, including ministers from {country}.",
	"Markets rose {pct} after the announcement on {topic} in {city}.",
	"{country} offered ships for the {topic} mission, while {country2} offered aircraft and training.",
	"The European members of the {org} were split over how to {verb} the {noun}.",
	"A joint declaration on {topic} was signed by {n} of the {n} delegations.",
	"The president of {country} said the {noun} was a test of unity for the alliance.",
}

var quoteFrames = []string{
	"\"{quote},\" {person} {said}.",
	"{person} {said}: \"{quote}.\"",
	"“{quote},” {person} {said} after the {event}.",
	"{person} called the outcome “a {noun} we can build on.”",
	"\"{quote},\" {said} {person}, who led the delegation from {country}.",
}

var quotes = []string{
	"we have made real progress on {topic}",
	"this is not the end of the process but the start",
	"{country} will not accept a deal that leaves us exposed",
	"the {noun} must be binding or it means nothing",
	"nobody should pretend the hardest part is behind us",
	"we need firm commitments, not just words",
	"our partners in {country} have been very clear",
	"the next {n} days will decide whether this works",
	"it was a big step for {topic}",
	"we are ready to {verb} the {noun} if others do the same",
}

var saids = []string{"said", "said", "added", "told reporters", "warned", "insisted"}

var roles = []string{
	"President", "Prime Minister", "Foreign Minister", "Defence Minister", "Chancellor", "envoy",
	"Secretary-General", "General", "Finance Minister", "spokesperson", "Senator", "Governor",
}

var givenNames = strings.Fields(`Anna Boris Carla David Elena Farid Greta Hassan Ingrid Jonas Kofi Lena Marco Nadia
	Oskar Priya Quentin Rosa Samir Tomas Ursula Viktor Wanda Xavier Yusuf Zofia Amira Bruno Chiara Dmitri
	Esther Felipe Hana Igor Julia Karim Lucia Mateo Nora Olga Pavel Rania Sven Tariq Vera Walter`)

var syllables = strings.Fields(`ka lo mer vin dra sel tor ban ric hol stad ven ov ski ber gar mon lin zek
	pra dov nes rud ham tas cor vel bri ost fen gul mar den sor kov lav ren tis wal bor nik`)

var countries = strings.Fields(`Canada Japan Brazil Mexico Norway Sweden Finland Denmark Austria Portugal
	Spain Italy Greece Turkey Egypt Kenya Nigeria India Indonesia Australia Chile Peru Argentina Ireland
	Estonia Latvia Lithuania Romania Hungary Slovakia Georgia Moldova Serbia Albania Morocco Vietnam`)

var cities = strings.Fields(`Geneva Vienna Brussels Oslo Helsinki Lisbon Madrid Rome Athens Ankara Cairo
	Nairobi Delhi Jakarta Canberra Santiago Lima Dublin Tallinn Riga Vilnius Bucharest Budapest Tbilisi
	Chisinau Belgrade Rabat Hanoi Ottawa Tokyo Brasilia Copenhagen Stockholm Warsaw Prague Bern`)

var orgs = []string{
	"World Bank", "United Nations", "African Union", "OSCE", "IMF", "Red Cross", "WHO", "G20",
	"Nordic Council", "Arctic Council", "ASEAN secretariat", "Council of Europe",
}

var topics = []string{
	"climate finance", "fishing rights", "grain exports", "energy prices", "migration", "water sharing",
	"vaccine supplies", "debt relief", "Arctic shipping", "cyber security", "trade tariffs",
	"nuclear safety", "refugee support", "border demarcation", "election monitoring", "rare earth supplies",
	"peacekeeping in the Sahel", "a maritime ceasefire", "drought relief", "semiconductor supply chains",
}

var events = []string{
	"summit", "conference", "ministerial meeting", "emergency session", "donor conference", "forum",
	"round of talks", "leaders' meeting",
}

var verbs = strings.Fields(`review delay fund expand monitor renegotiate extend suspend ratify enforce`)

var nouns = []string{
	"agreement", "framework", "treaty", "roadmap", "budget", "mandate", "mission", "accord", "protocol",
	"declaration", "package",
}

var weekdays = strings.Fields(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday`)

var months = strings.Fields(`January February March April May June July August September October November December`)

var outlets = []string{"The Daily Ledger", "World Wire", "Northern Post", "Capital Report", "Reuters-like Service", ""}
