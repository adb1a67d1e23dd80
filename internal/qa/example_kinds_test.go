package qa_test

import (
	"context"
	"fmt"

	"github.com/summitbot/summitbot/internal/qa"
)

// An overview: sentences of the articles, best first in Passages and in
// reading order through Order, each from an article Sources cites.
func ExampleEngine_Summary() {
	e, ix, err := qa.Embedded()
	if err != nil {
		panic(err)
	}
	defer ix.Close()

	a, _ := e.Summary(context.Background(), "greenland")
	fmt.Println(a.Kind, a.Answered, len(a.Passages) >= 3, len(a.Order) == len(a.Passages))

	a, _ = e.Summary(context.Background(), "budget gaming laptops")
	fmt.Println(a.Answered)
	// Output:
	// overview true true true
	// false
}

// The other kinds of question: a verdict, a whole list (names a "which"
// question asks for, with what they did), an article's own facts, a
// definition.
func ExampleEngine_Ask_kinds() {
	e, ix, err := qa.Embedded()
	if err != nil {
		panic(err)
	}
	defer ix.Close()
	for _, q := range []string{
		"did russia annex crimea?",
		"which countries said they would not deploy troops",
		"who wrote the newslooks article",
		"what is greenland",
	} {
		a, _ := e.Ask(context.Background(), q)
		fmt.Println(a.Headline())
	}
	// Output:
	// Yes: annexed Crimea in 2014 and launched a full-scale invasion in 2022
	// Croatia and the Czech Republic said they would not deploy troops
	// J. Mansour
	// Greenland, an autonomous part of NATO ally Denmark
}
