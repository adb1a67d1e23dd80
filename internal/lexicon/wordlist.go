package lexicon

import (
	"sort"
	"strings"
	"sync"
)

// wordList is a hand-kept list of words embedded from a .txt file (see
// function.txt): lines that start with # say what the list is and why it
// is kept by hand; the other lines hold words, lower case, separated by
// white space. A line "[name]" starts a section, for a list whose words
// have more than one use (titles.txt, saying.txt). It is read on first use.
type wordList struct {
	data     string
	once     sync.Once
	all      map[string]bool
	sections map[string]map[string]bool // section name → its words; "" before the first
}

func (l *wordList) load() {
	l.once.Do(func() {
		l.all = map[string]bool{}
		l.sections = map[string]map[string]bool{}
		section := ""
		for _, line := range strings.Split(l.data, "\n") {
			line = strings.TrimSpace(line)
			if strings.HasPrefix(line, "#") {
				continue
			}
			if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
				section = strings.TrimSpace(line[1 : len(line)-1])
				continue
			}
			for _, f := range strings.Fields(line) {
				l.all[f] = true
				if l.sections[section] == nil {
					l.sections[section] = map[string]bool{}
				}
				l.sections[section][f] = true
			}
		}
	})
}

// has reports whether w is one of the list's words, in any section.
func (l *wordList) has(w string) bool {
	l.load()
	return l.all[w]
}

// in reports whether w is a word of the named section.
func (l *wordList) in(section, w string) bool {
	l.load()
	return l.sections[section][w]
}

// words returns the words of the named section, sorted: a new slice the
// caller may keep.
func (l *wordList) words(section string) []string {
	l.load()
	out := make([]string, 0, len(l.sections[section]))
	for w := range l.sections[section] {
		out = append(out, w)
	}
	sort.Strings(out)
	return out
}
