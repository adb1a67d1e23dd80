package qa_test

import (
	"context"
	"fmt"
	"strings"

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
	fmt.Println(strings.Contains(a.Passages[0].Text, "German"))
	// Output:
	// did germany send troops?
	// and germany?
	// true
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
