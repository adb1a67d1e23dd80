package main

import (
	"slices"
	"testing"
)

// TestPersons: a noun is kept when its first sense is a person's, and
// not when that sense is a thing, a name, or a later sense only; the
// words of the first senses of "person" and "people" are kept too.
func TestPersons(t *testing.T) {
	data := []byte("  1 licence line\n" +
		"00000001 18 n 01 guy 0 000 | a man\n" +
		"00000002 26 n 01 thing 0 000 | an entity\n" +
		"00000003 18 n 01 Aaron 0 000 | a prophet\n" +
		"00000004 18 n 01 thing 1 000 | a person thought of as a thing\n" +
		"00000005 03 n 02 person 0 individual 0 000 | a human being\n" +
		"00000006 14 n 01 people 0 000 | persons together\n" +
		"00000007 18 n 01 go-between 0 000 | an intermediary\n")
	index := []byte("  1 licence line\n" +
		"guy n 1 0 1 0 00000001  \n" +
		"thing n 2 0 2 0 00000002 00000004  \n" +
		"aaron n 1 0 1 0 00000003  \n" +
		"person n 1 0 1 0 00000005  \n" +
		"people n 1 0 1 0 00000006  \n" +
		"go-between n 1 0 1 0 00000007  \n")
	got := persons(data, index)
	want := []string{"go-between", "guy", "individual", "people", "person"}
	if !slices.Equal(got, want) {
		t.Errorf("persons = %v; want %v", got, want)
	}
}
