package npmsrc

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

// verbLine is a made-up verb synset: three words (one with a capital, one
// with an adjective's marker), a pointer between the synsets and one
// between two words, and two frames, one of every word, one of the second.
const verbLine = "00000001 41 v 03 coax 0 Wheedle 0 sweet-talk(a) 0 002 @ 00000002 v 0000 + 00000003 n 0102 02 + 08 00 + 24 02 | get someone to act"

// TestParseSynset: a data line's offset, lexicographer file, words as
// written and as lemmas, pointers with their word numbers, and a verb's
// frames; a noun's gloss is no frame.
func TestParseSynset(t *testing.T) {
	got, ok := ParseSynset(strings.Fields(verbLine))
	want := Synset{
		Offset:   "00000001",
		LexFile:  41,
		Words:    []string{"coax", "Wheedle", "sweet-talk(a)"},
		Lemmas:   []string{"coax", "", "sweet-talk"},
		Pointers: []Pointer{{"@", "00000002", "v", 0, 0}, {"+", "00000003", "n", 1, 2}},
		Frames:   []Frame{{8, 0}, {24, 2}},
	}
	if !ok || !reflect.DeepEqual(got, want) {
		t.Errorf("ParseSynset(%q) = %+v, %v; want %+v", verbLine, got, ok, want)
	}
	noun := "00000004 18 n 01 guide 0 001 @i 00000005 n 0000 | one who shows the way"
	if got, ok := ParseSynset(strings.Fields(noun)); !ok || got.Frames != nil || len(got.Pointers) != 1 || got.Pointers[0].Symbol != "@i" {
		t.Errorf("ParseSynset(%q) = %+v, %v; want one pointer, no frame", noun, got, ok)
	}
}

// TestParseSynsetPointerCount: a pointer count written with leading zeros
// ("010") is decimal, not octal: ten pointers, not eight.
func TestParseSynsetPointerCount(t *testing.T) {
	line := "00000006 00 a 01 wet 0 010" + strings.Repeat(" & 00000007 s 0000", 10) + " | covered in water"
	if got, ok := ParseSynset(strings.Fields(line)); !ok || len(got.Pointers) != 10 {
		t.Errorf("ParseSynset: %d pointers, %v; want 10", len(got.Pointers), ok)
	}
}

// TestParseSynsetMalformed: a line cut short in its words or pointers,
// with no word, or with a count that is no number does not read; one cut
// in its frames reads the frames before the cut; a word number that is no
// hexadecimal is 0. No line panics, cut anywhere.
func TestParseSynsetMalformed(t *testing.T) {
	f := strings.Fields(verbLine)
	for k := range len(f) + 1 {
		s, ok := ParseSynset(f[:k]) // must not panic
		if k < 19 && ok {
			t.Errorf("ParseSynset(%q) read, cut before its last pointer", f[:k])
		}
		if k >= 19 && (!ok || len(s.Pointers) != 2 || len(s.Frames) != min(2, max(0, (k-20)/3))) {
			t.Errorf("ParseSynset(%q) = %+v, %v; want its pointers and whole frames", f[:k], s, ok)
		}
	}
	refused(t, "ParseSynset", ParseSynset,
		"",
		"00000001 41 v 00 000 | no word",
		"00000001 41 v zz coax 0 000 |",
		"00000001 41 v -1 coax 0 000 |",
		"00000001 xx v 01 coax 0 000 |",
		"00000001 41 v 01 coax 0 -01 |",
		"00000001 41 v 01 coax 0 00x |",
		"00000001 41 v 01 coax 0 002 @ 00000002 v 0000 |",
		"00000001 41 v 7fffffff coax 0 000 |",
		"00000001 41 v 01 coax 0 9223372036854775807 |")
	s, ok := ParseSynset(strings.Fields("00000001 41 v 01 coax 0 002 ! 00000002 v 01 + 00000003 n zz01 01 + 24 zz |"))
	if !ok || s.Pointers[0].Source != 0 || s.Pointers[1].Target != 0 || s.Frames != nil {
		t.Errorf("ParseSynset with bad word numbers = %+v, %v; want 0s and no frame", s, ok)
	}
}

// TestParseIndexEntry: an index line's lemma as written, part of speech,
// tagged sense count and offsets after its pointer symbols; a line whose
// counts do not read or whose offsets fall short does not read, cut
// anywhere without panicking.
func TestParseIndexEntry(t *testing.T) {
	line := "hold v 3 2 @ ~ 3 2 00000001 00000002 00000003"
	got, ok := ParseIndexEntry(strings.Fields(line))
	want := IndexEntry{Lemma: "hold", Pos: "v", Tagged: 2, Synsets: []string{"00000001", "00000002", "00000003"}}
	if !ok || !reflect.DeepEqual(got, want) {
		t.Errorf("ParseIndexEntry(%q) = %+v, %v; want %+v", line, got, ok, want)
	}
	if got, ok := ParseIndexEntry(strings.Fields("set_up v 1 0 1 0 00000004")); !ok || got.Lemma != "set_up" || got.Tagged != 0 {
		t.Errorf("ParseIndexEntry(set_up) = %+v, %v", got, ok)
	}
	f := strings.Fields(line)
	for k := range len(f) {
		if e, ok := ParseIndexEntry(f[:k]); ok {
			t.Errorf("ParseIndexEntry(%q) = %+v; want none, an offset short", f[:k], e)
		}
	}
	refused(t, "ParseIndexEntry", ParseIndexEntry,
		"hold v 0 0 0 0",
		"hold v x 0 1 0 00000001",
		"hold v 1 y 1 0 00000001",
		"hold v 1 -1 1 0 00000001",
		"hold v 1 0 1 z 00000001",
		"hold v 1 9 1 0 00000001",
		"hold v 9223372036854775807 0 1 0 00000001")
}

// refused fails t for each of lines that parse reads.
func refused[T any](t *testing.T, name string, parse func([]string) (T, bool), lines ...string) {
	t.Helper()
	for _, l := range lines {
		if v, ok := parse(strings.Fields(l)); ok {
			t.Errorf("%s(%q) = %+v; want none", name, l, v)
		}
	}
}

// TestWordNetFiles: the readers of a whole file skip its licence, blank
// lines and entries that do not read, in any bytes, and call back the rest
// in order.
func TestWordNetFiles(t *testing.T) {
	data := "  1 licence — café’s £5\n\n" + verbLine + "\n00000009 41 v 02 ajar 0\n\xff\xfe garbled é line\nzz\n00000010 38 v 01 stroll 0 000 01 + 02 00 | walk\n"
	var offs []string
	WordNetSynsets([]byte(data), func(s Synset) { offs = append(offs, s.Offset) })
	if want := []string{"00000001", "00000010"}; !slices.Equal(offs, want) {
		t.Errorf("WordNetSynsets: %q; want %q", offs, want)
	}
	index := "  1 licence — café’s\n\nhold v 1 0 1 1 00000001\nnaïve a 1 0 1 0\nwalk v 1 0 1 4 00000010\n"
	var lemmas []string
	WordNetIndex([]byte(index), func(e IndexEntry) { lemmas = append(lemmas, e.Lemma) })
	if want := []string{"hold", "walk"}; !slices.Equal(lemmas, want) {
		t.Errorf("WordNetIndex: %q; want %q", lemmas, want)
	}
	WordNetSynsets(nil, func(Synset) { t.Error("WordNetSynsets(nil) called back") })
	WordNetIndex(nil, func(IndexEntry) { t.Error("WordNetIndex(nil) called back") })
}

// FuzzParse: no line panics either reader.
func FuzzParse(f *testing.F) {
	for _, s := range []string{verbLine, "hold v 3 2 @ ~ 3 2 00000001 00000002 00000003", "", "a b c d e", "x 1 v 01 w 0 001 ! y v 0 | é"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		ParseSynset(strings.Fields(line))
		ParseIndexEntry(strings.Fields(line))
	})
}

func TestLowerWord(t *testing.T) {
	for w, want := range map[string]bool{"think": true, "": false, "look_into": false, "Think": false, "re-read": false, "b2": false} {
		if got := LowerWord(w); got != want {
			t.Errorf("LowerWord(%q) = %v; want %v", w, got, want)
		}
	}
}
