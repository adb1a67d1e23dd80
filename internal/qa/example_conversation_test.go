package qa_test

import (
	"context"
	"fmt"

	"github.com/summitbot/summitbot/internal/qa"
)

func ExampleEngine_AskAfter() {
	e, ix, err := qa.Embedded()
	if err != nil {
		panic(err)
	}
	defer ix.Close()

	a, _ := e.AskAfter(context.Background(), "and germany?", "did Croatia send troops?")
	fmt.Println(a.Question)
	fmt.Println(a.Typed)
	fmt.Println(a.Passages[0].Text)
	// Output:
	// did germany send troops?
	// and germany?
	// Chancellor Friedrich Merz said German forces could join to monitor a ceasefire but would be based in a neighbouring country.
}

func ExampleEngine_Check() {
	e, ix, err := qa.Embedded()
	if err != nil {
		panic(err)
	}
	defer ix.Close()

	c, _ := e.Check(context.Background(), "only 20 heads of state came to the paris summit")
	fmt.Println(c.Verdict)
	for _, d := range c.Differences {
		fmt.Println(d)
	}
	c, _ = e.Check(context.Background(), "the pope visited Paris")
	fmt.Println(c.Verdict)
	// Output:
	// differs
	// Claim: “20 heads of state”
	// The United States has backed security guarantees for Ukraine, including…: “27 heads of state”
	// not_covered
}
