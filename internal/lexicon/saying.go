package lexicon

import _ "embed"

//go:embed saying.txt
var sayingData string

var sayingVerbs = &wordList{data: sayingData}

// IsSayingVerb reports whether w (lower case, as written) is a form of a
// verb of saying: one that reports what someone said ("said", "warned",
// "added", "tweeted"), saying.txt.
func IsSayingVerb(w string) bool { return sayingVerbs.has(w) }

// AsksForWords reports whether w (lower case, as written) is a verb of
// saying that, after "what did X", asks for X's words ("what did Merz
// say", "what did he mean"), not for a deed ("what did Japan pledge"):
// the [question] section of saying.txt.
func AsksForWords(w string) bool { return sayingVerbs.in("question", w) }
