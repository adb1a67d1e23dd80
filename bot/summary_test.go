package bot

import (
	"context"
	"regexp"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
	"github.com/summitbot/summitbot/internal/qa"
)

func summaryInteraction(user, topic string) *discordgo.Interaction {
	var opts []*discordgo.ApplicationCommandInteractionDataOption
	if topic != "" {
		opts = append(opts, &discordgo.ApplicationCommandInteractionDataOption{Name: optTopic, Type: discordgo.ApplicationCommandOptionString, Value: topic})
	}
	return &discordgo.Interaction{ID: "1", Type: discordgo.InteractionApplicationCommand, User: &discordgo.User{ID: user},
		Data: discordgo.ApplicationCommandInteractionData{Name: cmdSummary, Options: opts}}
}

var citeNumber = regexp.MustCompile(`” \[(\d)\]`)

// TestSummaryCommand: /summary, with a topic or none, and an overview asked
// by a question, render as an embed of verbatim sentences, each followed by
// the number of a citation that is listed, within Discord's limits; an
// Answerer without Summary gets one by asking.
func TestSummaryCommand(t *testing.T) {
	e := engine(t)
	for _, tc := range []struct {
		name string
		a    Answerer
		i    *discordgo.Interaction
	}{
		{"summary", e, summaryInteraction("u1", "")},
		{"summary greenland", e, summaryInteraction("u2", "greenland")},
		{"summary by asking", &fakeAnswerer{real: e}, summaryInteraction("u3", "")},
		{"tldr asked", e, askInteraction("u4", "tldr of the paris summit?")},
	} {
		h := NewHandler(tc.a, Options{})
		resp, err := h.Respond(context.Background(), tc.i)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		checkLimits(t, tc.name, resp)
		if len(resp.Data.Embeds) != 1 || resp.Data.Embeds[0].Title != "Summary" {
			t.Fatalf("%s: embeds %+v; want one titled Summary", tc.name, resp.Data.Embeds)
		}
		em := resp.Data.Embeds[0]
		quotes := citeNumber.FindAllStringSubmatch(em.Description, -1)
		if len(quotes) < 3 || len(quotes) > 5 {
			t.Errorf("%s: %d cited sentences; want 3 to 5:\n%s", tc.name, len(quotes), em.Description)
		}
		if len(em.Fields) == 0 {
			t.Fatalf("%s: no Sources field", tc.name)
		}
		for _, q := range quotes {
			if !strings.Contains(em.Fields[0].Value, "["+q[1]+"] ") {
				t.Errorf("%s: citation [%s] is not listed in %q", tc.name, q[1], em.Fields[0].Value)
			}
		}
	}
	found := false
	for _, c := range Commands() {
		found = found || c.Name == cmdSummary
	}
	if !found {
		t.Error("Commands() has no /summary")
	}
}

// TestRenderGatheredList: a list whose items two passages give shows both
// passages, each with its citation number, under the list in bold.
func TestRenderGatheredList(t *testing.T) {
	c := engine(t).Corpus()
	a1, a2 := c.Articles[0], c.Articles[1]
	h1 := qa.Hit{Article: a1, Passages: a1.Passages[:1], Text: a1.Passages[0].Text}
	h2 := qa.Hit{Article: a2, Passages: a2.Passages[:1], Text: a2.Passages[0].Text}
	w1, w2 := strings.Fields(h1.Text)[0], strings.Fields(h2.Text)[0]
	a := qa.Answer{Question: "which ones, all of them", Answered: true, Short: w1 + " and " + w2,
		Passages: []qa.Hit{h1, h2}, Items: []qa.Item{{Text: w1, Passage: 0}, {Text: w2, Passage: 1}}, Sources: []string{a1.ID, a2.ID}}
	r := renderAnswer(a, c)
	resp := r.response()
	checkLimits(t, "gathered list", resp)
	d := resp.Data.Embeds[0].Description
	if !strings.HasPrefix(d, "**"+escape(a.Short)+"**") || !strings.Contains(d, "” [1]") || !strings.Contains(d, "” [2]") {
		t.Errorf("description %q; want the list in bold, then both passages cited [1] and [2]", d)
	}
	if f := resp.Data.Embeds[0].Fields; len(f) == 0 || !strings.Contains(f[0].Value, "[2] ") {
		t.Errorf("fields %+v; want both sources listed", f)
	}
}

// TestRenderGatheredListNoLine: a list whose items are too long to join in
// a line (no short answer) shows its passages with no empty bold line
// ("****" in Discord's markdown).
func TestRenderGatheredListNoLine(t *testing.T) {
	c := engine(t).Corpus()
	a1, a2 := c.Articles[0], c.Articles[1]
	h1 := qa.Hit{Article: a1, Passages: a1.Passages[:1], Text: a1.Passages[0].Text}
	h2 := qa.Hit{Article: a2, Passages: a2.Passages[:1], Text: a2.Passages[0].Text}
	a := qa.Answer{Question: "list them all", Answered: true,
		Passages: []qa.Hit{h1, h2}, Items: []qa.Item{{Text: h1.Text, Passage: 0}, {Text: h2.Text, Passage: 1}}, Sources: []string{a1.ID, a2.ID}}
	resp := renderAnswer(a, c).response()
	checkLimits(t, "gathered list, no line", resp)
	if d := resp.Data.Embeds[0].Description; strings.Contains(d, "****") || !strings.Contains(d, "” [2]") {
		t.Errorf("description %q; want both passages and no empty bold line", d)
	}
}
