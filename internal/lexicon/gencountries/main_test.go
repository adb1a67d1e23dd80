package main

import (
	"slices"
	"testing"
)

// TestDemonyms: a country's words are the adjectives WordNet says pertain
// to a synset it names first, or that name it and are made of its name
// ("Chinese" pertains to "Taiwan, China, Republic of China" but is
// China's); a synset that only names a country in passing gives nothing
// unmade of its name ("Soviet").
func TestDemonyms(t *testing.T) {
	nouns := []byte(`  1 licence text, skipped
00000001 15 n 02 Peru 0 Republic_of_Peru 0 000 | a republic
00000002 15 n 01 China 0 000 | a republic
00000003 15 n 04 Taiwan 0 China 1 Nationalist_China 0 Republic_of_China 0 000 | an island
00000004 15 n 03 Soviet_Union 0 Russia 0 USSR 0 000 | a former country
00000005 15 n 01 Russia 0 000 | a country
`)
	adjs := []byte(`00000101 01 a 01 Peruvian 0 001 \ 00000001 n 0101 | of Peru
00000102 01 a 01 Chinese 0 001 \ 00000003 n 0101 | of China
00000103 01 a 02 Taiwanese 0 Formosan 0 001 \ 00000003 n 0101 | of Taiwan
00000104 01 a 01 Soviet 0 001 \ 00000004 n 0101 | of the Soviet Union
00000105 01 a 01 Russian 0 001 \ 00000004 n 0101 | of Russia
00000106 01 a 01 presidential 0 001 \ 00000001 n 0101 | lower case: no demonym
`)
	countries := []country{{name: "China"}, {name: "Peru"}, {name: "Russia", aliases: []string{"Russian Federation"}}, {name: "Taiwan"}}
	got := demonyms(countries, nouns, adjs)
	want := [][]string{
		{"china", "|", "chinese"},
		{"peru", "|", "peruvian", "peruvians"},
		{"russia", "russian federation", "|", "russian", "russians"},
		{"taiwan", "|", "formosan", "formosans", "taiwanese"},
	}
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("demonyms = %q; want %q", got, want)
	}
}

// TestCapitals: a capital and its country, not one named as its country.
func TestCapitals(t *testing.T) {
	got := capitals([]country{{name: "Peru", capital: "Lima"}, {name: "Singapore", capital: "Singapore"}, {name: "Chile", capital: "Santiago"}})
	if want := []string{"lima, peru", "santiago, chile"}; !slices.Equal(got, want) {
		t.Errorf("capitals = %q; want %q", got, want)
	}
}

// TestDemonymsManyPointers: an adjective with eight pointers or more
// ("008", a count written with leading zeros) is read like one with
// fewer: "Greek" pertains to Greece through its third pointer of eight.
func TestDemonymsManyPointers(t *testing.T) {
	nouns := []byte(`00000001 15 n 01 Greece 0 000 | a republic
00000002 10 n 01 Greek 0 000 | a language
`)
	adjs := []byte(`00000101 01 a 02 Greek 1 Grecian 0 008 + 00000002 n 0102 + 00000002 n 0101 \ 00000001 n 0101 + 00000002 n 0201 \ 00000001 n 0201 + 00000002 n 0202 + 00000002 n 0101 + 00000002 n 0102 | of Greece
`)
	got := demonyms([]country{{name: "Greece"}}, nouns, adjs)
	if want := [][]string{{"greece", "|", "grecian", "grecians", "greek"}}; !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("demonyms = %q; want %q", got, want)
	}
}
