package lexicon

import "testing"

func TestIsWord(t *testing.T) {
	for _, tt := range []struct {
		w    string
		want bool
	}{
		{"troops", true}, {"envoys", true}, {"guarantee", true}, {"paris", true}, {"defence", true}, {"defense", true},
		{"officals", false}, {"reasurance", false}, {"mertz", false}, {"", false}, {"#", false},
	} {
		if got := IsWord(tt.w); got != tt.want {
			t.Errorf("IsWord(%q) = %v; want %v", tt.w, got, tt.want)
		}
	}
}
