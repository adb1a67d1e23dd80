package qa_test

import (
	"context"
	"fmt"

	"github.com/summitbot/summitbot/internal/qa"
)

// Quotation look-ups take words as people remember them, with the
// speaker's name or title among them, and say when nothing matches.
func ExampleEngine_Quote() {
	e, ix, err := qa.Embedded()
	if err != nil {
		panic(err)
	}
	defer ix.Close()
	ctx := context.Background()

	res, _ := e.Quote(ctx, "merz said we wont reach textbook solutions", "")
	fmt.Printf("%s: %q (near %v)\n", res[0].Speaker, res[0].Text, res[0].Near)

	res, _ = e.Quote(ctx, "", "the british pm")
	fmt.Printf("%s, %d quotations\n", res[0].Speaker, len(res))

	res, _ = e.Quote(ctx, "weather forecast for tomorrow", "")
	fmt.Printf("%d nearest, near %v\n", len(res), res[0].Near)
	// Output:
	// Friedrich Merz: "we will not achieve textbook diplomatic solutions" (near false)
	// Keir Starmer, 3 quotations
	// 1 nearest, near true
}
