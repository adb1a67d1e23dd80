package qa

import (
	"github.com/summitbot/summitbot/internal/lexicon"
	"maps"
	"slices"
	"strings"
	"testing"
)

// TestPronounViews: the package's sets of subject pronouns are runs of
// lexicon's one list, each what its rule reads: a speaker carried by he,
// she or they, not by "it"; "you" opens a purpose's subject but stands for
// no speaker; "there" a clause's subject only.
func TestPronounViews(t *testing.T) {
	for name, c := range map[string]struct {
		set  map[string]bool
		want []string
	}{
		"speakerPronouns":  {speakerPronouns, []string{"he", "she", "they"}},
		"personalSubjects": {personalSubjects, []string{"he", "it", "she", "they", "we"}},
		"pronounSubjects":  {pronounSubjects, []string{"he", "i", "it", "she", "they", "we"}},
		"clauseSubjects":   {clauseSubjects, []string{"he", "i", "it", "she", "there", "they", "we"}},
		"selfPronouns":     {selfPronouns, []string{"he", "her", "his", "i", "it", "its", "our", "she", "their", "they", "we"}},
	} {
		if got := slices.Sorted(maps.Keys(c.set)); !slices.Equal(got, c.want) {
			t.Errorf("%s = %v; want %v", name, got, c.want)
		}
	}
	for _, w := range []string{"you", "i", "the", "those"} {
		if !subjectOpeners[w] {
			t.Errorf("subjectOpeners lacks %q", w)
		}
	}
	_ = append(lexicon.SubjectPronouns(3), "x")
	if lexicon.SubjectPronouns(4)[3] != "it" {
		t.Error("appending to a view of SubjectPronouns changed the list")
	}
	for n, want := range map[int]string{lexicon.PersonPronouns: "he she they", lexicon.AskedPronouns: "he she they it we", lexicon.SpeakerPronouns: "he she they it we i", lexicon.ClausePronouns: "he she they it we i you"} {
		if got := strings.Join(lexicon.SubjectPronouns(n), " "); got != want {
			t.Errorf("SubjectPronouns(%d) = %q; want %q", n, got, want)
		}
	}
	if len(lexicon.SubjectPronouns(-1)) != 0 {
		t.Error("SubjectPronouns(-1): want none")
	}
	if subjectOpeners["u"] || subjectOpeners["there"] {
		t.Error("subjectOpeners holds chat's u or there")
	}
}
