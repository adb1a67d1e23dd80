package corpus

import (
	"reflect"
	"testing"
)

func TestSentences(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"One. Two.", []string{"One.", "Two."}},
		{"Envoys arrive in Paris, Jan. 6, 2026. (AP Photo/Thomas Padilla)", []string{"Envoys arrive in Paris, Jan. 6, 2026. (AP Photo/Thomas Padilla)"}},
		{"One. (Aside.) Two.", []string{"One.", "(Aside.)", "Two."}},
		{"NATO’s top commander, U.S. Gen. Alexus G. Grynkewich, took part. Then more.",
			[]string{"NATO’s top commander, U.S. Gen. Alexus G. Grynkewich, took part.", "Then more."}},
		{"It met on Jan. 6 in Paris. It ended.", []string{"It met on Jan. 6 in Paris.", "It ended."}},
		{"They reached Mt. Everest. Vol. 3 came out.", []string{"They reached Mt. Everest.", "Vol. 3 came out."}},
		{"They met ‘Mr. Smith’ at the port. (Gen. Ruiz) left [Gen. Ruiz] there.", []string{"They met ‘Mr. Smith’ at the port.", "(Gen. Ruiz) left [Gen. Ruiz] there."}},
		{"They met 'Dr. Lee' there.", []string{"They met 'Dr. Lee' there."}},
		{"The commander—Gen. Ana Ruiz—said no. «Gen. Ruiz» left.", []string{"The commander—Gen. Ana Ruiz—said no.", "«Gen. Ruiz» left."}},
		{"The answer was ‘No.’ The rest followed. See No. 10 Downing St.", []string{"The answer was ‘No.’", "The rest followed.", "See No. 10 Downing St."}},
		{"“Not everyone is ready,” he said. “If not, then no.”", []string{"“Not everyone is ready,” he said.", "“If not, then no.”"}},
		{"He said “it is done.” Then he left.", []string{"He said “it is done.”", "Then he left."}},
		{"Was it? Yes! 35 countries came.", []string{"Was it?", "Yes!", "35 countries came."}},
		{"meant to a) deter attacks. And b) defend.", []string{"meant to a) deter attacks.", "And b) defend."}},
		{"no end", []string{"no end"}},
		{"  padded.  ", []string{"padded."}},
		{"", nil},
	} {
		var got []string
		for _, sp := range Sentences(tc.in) {
			got = append(got, tc.in[sp[0]:sp[1]])
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Sentences(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

func TestOpeningWords(t *testing.T) {
	for _, tc := range []struct {
		in   string
		n    int
		want string
	}{
		{"one two three", 5, "one two three"},
		{"one two three four,", 3, "one two three…"},
		{"one two, three", 2, "one two…"},
	} {
		if got := OpeningWords(tc.in, tc.n); got != tc.want {
			t.Errorf("OpeningWords(%q, %d) = %q; want %q", tc.in, tc.n, got, tc.want)
		}
	}
}
