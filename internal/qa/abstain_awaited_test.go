package qa

import "testing"

// TestAwaitedAt: a word after a verb of waiting and its "for", or right
// after "await", is what someone still waits for; after a deed told in
// the past since, a relative or subordinate clause, or a wait with no
// "for", it is not.
func TestAwaitedAt(t *testing.T) {
	for before, want := range map[string]bool{
		"Elena Voss has been waiting for news of her":                                       true,
		"Elena Voss has been waiting outside the flooded mine since Monday for word of her": true,
		"Families at the pit head are awaiting word of the":                                 true,
		"She waited by the gate for the":                                                    true,
		"She waited for hours until rescuers pulled out her":                                false,
		"She waited for news, and rescuers carried out her":                                 false,
		"She waited outside the gate with her":                                              false,
		"Maria Ortiz waited for two hours beside her":                                       false,
		"Families awaited word until rescuers reach her":                                    false,
		"She has been waiting for news since rescuers reached her":                          false,
		"She waited for the bus. Rescuers found her":                                        false,
		"Rescuers found her":                                                                false,
		"":                                                                                  false,
		"waiting":                                                                           false,
		"Vänner — £5 ’é waiting":                                                            false,
	} {
		if got := awaitedAt(before); got != want {
			t.Errorf("awaitedAt(%q) = %v; want %v", before, got, want)
		}
	}
}

// TestAwaitedOnly: "did X V" is declined where the passage holds what the
// question asks about only as what someone still waits for, and answered
// where a passage tells what came of it, or where the question asks of
// the wait itself.
func TestAwaitedOnly(t *testing.T) {
	const head = "---\nid: p\nheadline: Miners trapped after flood at Hollin\n---\n" +
		"Pumps were brought to the Hollin mine on Tuesday after water flooded the lower shafts.\n\n"
	e := engineOfText(t, head+
		"Elena Voss, 54, who runs a bakery in the village, has been waiting outside the flooded mine since Monday for news of her brother, a pump operator who was working the night shift.\n")
	for _, q := range []string{
		"did they find elena vosss brother yet",
		"did elena vosss brother get found alive",
		"did elena vosss brother make it out alive",
	} {
		wantDeclined(t, e, q)
	}
	// the wait itself is told
	wantAnswered(t, e, "did elena voss wait outside the mine")
	// a passage that tells what came of it answers
	e = engineOfText(t, head+
		"Elena Voss, 54, who runs a bakery in the village, waited outside the flooded mine until rescuers brought out her brother, a pump operator, alive on Wednesday.\n")
	wantAnswered(t, e, "did elena vosss brother make it out alive")
}
