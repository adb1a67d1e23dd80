package qa_test

import (
	"context"
	"fmt"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/qa"
)

func Example() {
	c, err := corpus.Embedded()
	if err != nil {
		panic(err)
	}
	ix, err := index.Build(c, index.DefaultVocabulary())
	if err != nil {
		panic(err)
	}
	defer ix.Close()
	e := qa.New(c, ix)

	a, _ := e.Ask(context.Background(), "Who refused to deploy troops?")
	fmt.Println(a.Short)
	fmt.Println(a.Passages[0].Article.ID)

	a, _ = e.Ask(context.Background(), "Who won the Nobel Peace Prize in 2025?")
	fmt.Println(a.Answered)

	quotes, _ := e.Quote(context.Background(), "hardest yards", "")
	fmt.Printf("%s: %q\n", quotes[0].Speaker, quotes[0].Text)
	// Output:
	// Croatia and the Czech Republic
	// us-backs-guarantees
	// false
	// Keir Starmer: "the hardest yards are still ahead"
}
