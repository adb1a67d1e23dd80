package npmsrc

import (
	"slices"
	"testing"
)

// TestWordNetLemma: a lemma of one lower-case word (an inner hyphen
// allowed) is read as it is, an adjective's marker dropped; a lemma of
// several words, with a capital, or with an outer hyphen is none.
func TestWordNetLemma(t *testing.T) {
	for in, want := range map[string]string{"repair": "repair", "own(a)": "own", "touch_on": "", "Zorch": "", "-x": "", "well-being": "well-being"} {
		if got := WordNetLemma(in); got != want {
			t.Errorf("WordNetLemma(%q) = %q; want %q", in, got, want)
		}
	}
}

// TestWordNetSenses: an index entry's lemma and its synsets' offsets in
// order, after its pointer symbols; the licence and a collocation skipped.
func TestWordNetSenses(t *testing.T) {
	got := WordNetSenses([]byte("  1 licence text\nhold v 3 2 @ ~ 3 2 00000001 00000002 00000003\nhold_up v 1 0 1 0 00000004\n"))
	if len(got) != 1 || !slices.Equal(got["hold"], []string{"00000001", "00000002", "00000003"}) {
		t.Errorf("WordNetSenses = %q", got)
	}
}

// TestWordNetTags: index.sense's tag counts by part of speech, lemma and
// offset; a satellite adjective's as an adjective's.
func TestWordNetTags(t *testing.T) {
	got := WordNetTags([]byte("hold%2:35:00:: 00000001 1 79\nwet%5:00:00:damp:00 00000009 2 3\nbad line\n"))
	if len(got) != 2 || got["v:hold:00000001"] != 79 || got["a:wet:00000009"] != 3 {
		t.Errorf("WordNetTags = %v", got)
	}
}

// TestCommonSenses: the first n senses; with a ratio, only those tagged
// at least that share of the first's count; none of none, nor for n < 1.
func TestCommonSenses(t *testing.T) {
	senses := []string{"a", "b", "c"}
	tags := map[string]int{"a": 10, "b": 6, "c": 9}
	tag := func(s string) int { return tags[s] }
	for _, tc := range []struct {
		n     int
		ratio float64
		want  []string
	}{
		{1, 0, []string{"a"}},
		{2, 0, []string{"a", "b"}},
		{5, 0, []string{"a", "b", "c"}},
		{3, 0.7, []string{"a", "c"}},
		{2, 0.7, []string{"a"}},
	} {
		if got := CommonSenses(senses, tc.n, tc.ratio, tag); !slices.Equal(got, tc.want) {
			t.Errorf("CommonSenses(%d, %v) = %q; want %q", tc.n, tc.ratio, got, tc.want)
		}
	}
	if got := CommonSenses(nil, 2, 0, tag); got != nil {
		t.Errorf("CommonSenses(nil) = %q", got)
	}
	for _, n := range []int{0, -1} {
		if got := CommonSenses(senses, n, 0, tag); got != nil {
			t.Errorf("CommonSenses(n=%d) = %q; want none", n, got)
		}
	}
}
