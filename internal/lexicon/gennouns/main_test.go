package main

import (
	"slices"
	"testing"
)

// TestNounClasses: a noun is a person's when its first sense lies in
// noun.person, not when that sense is another's or a name's, or only a
// later sense is, nor when it is mostly another part of speech; the words
// of the first senses of "person" and "people" are persons too; a noun
// for a text is a kind of message (by hypernyms), not any noun of
// noun.communication; a group of people is a kind of social group, not
// any noun of noun.group, by any of its first three senses tagged at least
// half as often as its first. A first sense that is a name leaves the common
// noun's ("Chancellor" of the Exchequer, a chancellor). Each person is a
// kind of the persons up its senses' hypernyms, in any case, not of
// "person" itself. A time's name is a noun whose first sense, in any
// case, is written only capitalised in noun.time.
func TestNounClasses(t *testing.T) {
	data := []byte("  1 licence line\n" +
		"00000001 18 n 01 guy 0 000 | a man\n" +
		"00000002 26 n 01 thing 0 000 | an entity\n" +
		"00000003 18 n 01 Aaron 0 000 | a prophet\n" +
		"00000004 18 n 01 thing 1 000 | a person thought of as a thing\n" +
		"00000005 03 n 02 person 0 individual 0 000 | a human being\n" +
		"00000006 14 n 01 people 0 000 | persons together\n" +
		"00000007 18 n 01 go-between 0 000 | an intermediary\n" +
		"00000008 18 n 01 even 0 000 | a poet's evening, as a person\n" +
		"00000009 18 n 01 official 0 000 | a person in office\n" +
		"00000012 10 n 01 statement 0 000 | a message stated\n" +
		"00000013 10 n 01 message 0 000 | a communication\n" +
		"00000014 10 n 01 bulletin 0 001 @ 00000013 n 0000 | a brief message\n" +
		"00000015 10 n 01 question 0 001 @ 00000016 n 0000 | an instance of questioning\n" +
		"00000016 04 n 01 asking 0 000 | an act\n" +
		"00000017 18 n 01 leader 0 001 @ 00000005 n 0000 | one who leads\n" +
		"00000018 18 n 01 minister 0 001 @ 00000017 n 0000 | one who heads a ministry\n" +
		"00000019 18 n 01 Chancellor 0 001 @ 00000018 n 0000 | of the Exchequer\n" +
		"00000020 18 n 01 chancellor 0 001 @ 00000021 n 0000 | a head of government\n" +
		"00000021 18 n 01 head_of_state 0 000 | the chief public representative\n" +
		"00000022 18 n 01 guitarist 0 000 | one who plays the guitar\n" +
		"00000023 18 n 01 King 0 001 @i 00000022 n 0000 | a guitarist so named\n" +
		"00000024 18 n 01 king 0 001 @ 00000017 n 0000 | a ruler\n" +
		"00000025 14 n 01 social_group 0 000 | people who interact\n" +
		"00000026 14 n 01 crew 0 001 @ 00000025 n 0000 | those who man a vessel\n" +
		"00000027 14 n 01 fleet 0 001 @ 00000028 n 0000 | ships together\n" +
		"00000028 14 n 01 collection 0 000 | things together\n" +
		"00000029 28 n 02 Christmas 0 Xmas 0 000 | a Christian holiday\n" +
		"00000030 28 n 01 noon 0 000 | midday\n" +
		"00000031 28 n 01 Spring 0 000 | a season so named\n" +
		"00000032 28 n 01 spring 0 000 | the season of growth\n" +
		"00000033 18 n 01 Bach 0 000 | a composer\n" +
		"00000034 23 n 01 unit 0 000 | a measure\n" +
		"00000035 14 n 01 unit 0 001 @ 00000025 n 0000 | a social unit\n" +
		"00000036 13 n 01 dinner 0 000 | a meal\n" +
		"00000037 14 n 01 dinner 0 001 @ 00000025 n 0000 | a dinner party\n")
	index := []byte("  1 licence line\n" +
		"guy n 1 0 1 0 00000001  \n" +
		"thing n 2 0 2 0 00000002 00000004  \n" +
		"aaron n 1 0 1 0 00000003  \n" +
		"person n 1 0 1 0 00000005  \n" +
		"people n 1 0 1 0 00000006  \n" +
		"go-between n 1 0 1 0 00000007  \n" +
		"even n 1 0 1 0 00000008  \n" +
		"official n 1 0 1 2 00000009  \n" +
		"statement n 1 0 1 0 00000012  \n" +
		"message n 1 0 1 0 00000013  \n" +
		"bulletin n 1 0 1 0 00000014  \n" +
		"question n 1 0 1 0 00000015  \n" +
		"asking n 1 0 1 0 00000016  \n" +
		"leader n 1 0 1 0 00000017  \n" +
		"minister n 1 0 1 0 00000018  \n" +
		"chancellor n 2 0 2 0 00000019 00000020  \n" +
		"guitarist n 1 0 1 0 00000022  \n" +
		"king n 2 0 2 0 00000023 00000024  \n" +
		"social_group n 1 0 1 0 00000025  \n" +
		"crew n 1 0 1 0 00000026  \n" +
		"fleet n 1 0 1 0 00000027  \n" +
		"collection n 1 0 1 0 00000028  \n" +
		"christmas n 1 0 1 0 00000029  \n" +
		"xmas n 1 0 1 0 00000029  \n" +
		"noon n 1 0 1 0 00000030  \n" +
		"spring n 2 0 2 0 00000032 00000031  \n" +
		"bach n 1 0 1 0 00000033  \n" +
		"unit n 2 0 2 2 00000034 00000035  \n" +
		"dinner n 2 0 2 2 00000036 00000037  \n")
	// how often the tagged texts saw each sense: "unit" as a social unit
	// more than half as often as a measure, "dinner" as a party seldom
	tags := map[string]int{
		"n:unit:00000034": 14, "n:unit:00000035": 9,
		"n:dinner:00000036": 20, "n:dinner:00000037": 2,
	}
	// "even" is mostly an adverb, "official" nearly as much an adjective
	// as a noun
	adv := []byte("  1 licence line\n" +
		"even r 1 0 1 9 00000010  \n" +
		"official a 1 0 1 3 00000011  \n")
	got, kinds := nounClasses(data, index, tags, adv)
	for class, want := range map[string][]string{
		"person": {"chancellor", "go-between", "guitarist", "guy", "individual", "king", "leader", "minister", "official", "people", "person"},
		"text":   {"bulletin", "message", "statement"},
		// not "fleet", a collection of things; "social_group" is no plain
		// word; "unit" by its second sense, often seen, not "dinner" by one
		// seldom seen
		"group": {"crew", "unit"},
		// a name's first sense in noun.time: not "noon", a common noun, nor
		// "spring", whose first sense is a common noun, a name ("Spring")
		// only after it, nor "bach", a person's name
		"timename": {"christmas", "xmas"},
	} {
		if !slices.Equal(got[class], want) {
			t.Errorf("nounClasses[%s] = %v; want %v", class, got[class], want)
		}
	}
	for w, want := range map[string][]string{
		"chancellor": {"leader", "minister"},
		"king":       {"leader"}, // not "guitarist": King the musician is an instance, not a kind
		"minister":   {"leader"},
		"leader":     nil,
	} {
		if !slices.Equal(kinds[w], want) {
			t.Errorf("kinds[%s] = %v; want %v", w, kinds[w], want)
		}
	}
}

// TestClosedUp: a hyphenated noun's closed-up spelling is of its class
// where the word list holds it and WordNet has no noun of it; not where
// WordNet has one (its own senses say its class), nor where the list
// lacks it or holds only a capitalised name.
func TestClosedUp(t *testing.T) {
	byClass := map[string][]string{
		"event":  {"cease-fire", "war", "wind-up"},
		"person": {"co-worker", "go-between", "look-alike"},
	}
	index := []byte("  1 licence line\n" +
		"lookalike n 1 0 1 0 00000001  \n")
	list := []byte("# a word list\nceasefire\ncoworker\nlookalike\nWindup\n")
	closedUp(byClass, index, list)
	for class, want := range map[string][]string{
		"event":  {"cease-fire", "ceasefire", "war", "wind-up"},
		"person": {"co-worker", "coworker", "go-between", "look-alike"},
	} {
		if !slices.Equal(byClass[class], want) {
			t.Errorf("closedUp[%s] = %v; want %v", class, byClass[class], want)
		}
	}
}
