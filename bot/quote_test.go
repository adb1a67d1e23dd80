package bot

import (
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
)

func quoteInteraction(words, speaker string) *discordgo.Interaction {
	var opts []*discordgo.ApplicationCommandInteractionDataOption
	if words != "" {
		opts = append(opts, &discordgo.ApplicationCommandInteractionDataOption{Name: optText, Type: discordgo.ApplicationCommandOptionString, Value: words})
	}
	if speaker != "" {
		opts = append(opts, &discordgo.ApplicationCommandInteractionDataOption{Name: optSpeaker, Type: discordgo.ApplicationCommandOptionString, Value: speaker})
	}
	return &discordgo.Interaction{ID: "1", Type: discordgo.InteractionApplicationCommand, User: &discordgo.User{ID: "u"},
		Data: discordgo.ApplicationCommandInteractionData{Name: cmdQuote, Options: opts}}
}

// TestQuoteReplies: /quote shows the best match first, says whom a
// speaker was taken for, and says when results are only near.
func TestQuoteReplies(t *testing.T) {
	h := NewHandler(engine(t), Options{})
	for _, tc := range []struct {
		words, speaker string
		title, desc    string // what the embed's title and description hold
		first          string // the first field's name: the speaker
		ephemeral      bool
	}{
		{"hardest yards", "", "Quotations matching", "", "Keir Starmer", false},
		{"merz textbook solutions", "", "Quotations matching", "", "Friedrich Merz", false},
		{"", "the chancellor", "Quotations matching", "taken for Friedrich Merz", "Friedrich Merz", false},
		{"not just words", "zelenksy", "Quotations matching", "taken for Volodymyr Zelenskyy", "Volodymyr Zelenskyy", false},
		{"compromises", "zelenksy", "No quotation in the coverage matches", "taken for Volodymyr Zelenskyy.\n**Nearest (not a match):**", "Volodymyr Zelenskyy", true},
		{"weather forecast tomorrow", "", "No quotation in the coverage matches", "Nearest (not a match)", "", true},
	} {
		r, err := h.Respond(t.Context(), quoteInteraction(tc.words, tc.speaker))
		if err != nil {
			t.Fatalf("/quote %q %q: %v", tc.words, tc.speaker, err)
		}
		if len(r.Data.Embeds) != 1 {
			t.Errorf("/quote %q %q: %q and %d embeds; want one embed", tc.words, tc.speaker, r.Data.Content, len(r.Data.Embeds))
			continue
		}
		e := r.Data.Embeds[0]
		if !strings.Contains(e.Title, tc.title) || !strings.Contains(e.Description, tc.desc) ||
			tc.first != "" && (len(e.Fields) == 0 || e.Fields[0].Name != tc.first) {
			t.Errorf("/quote %q %q: title %q description %q fields %d; want %q, %q, first by %q", tc.words, tc.speaker, e.Title, e.Description, len(e.Fields), tc.title, tc.desc, tc.first)
		}
		if got := r.Data.Flags == discordgo.MessageFlagsEphemeral; got != tc.ephemeral {
			t.Errorf("/quote %q %q: ephemeral %v; want %v", tc.words, tc.speaker, got, tc.ephemeral)
		}
	}
}

// TestSpeakerAutocomplete: the speaker option offers the person a name,
// a misspelling or a title means.
func TestSpeakerAutocomplete(t *testing.T) {
	h := NewHandler(engine(t), Options{})
	for typed, want := range map[string]string{
		"the chancellor": "Friedrich Merz",
		"british pm":     "Keir Starmer",
		"witkof":         "Steve Witkoff",
		"zel":            "Volodymyr Zelenskyy",
		"Emanuel Macron": "Emmanuel Macron",
	} {
		i := &discordgo.Interaction{ID: "1", Type: discordgo.InteractionApplicationCommandAutocomplete, User: &discordgo.User{ID: "u"},
			Data: discordgo.ApplicationCommandInteractionData{Name: cmdQuote, Options: []*discordgo.ApplicationCommandInteractionDataOption{
				{Name: optSpeaker, Type: discordgo.ApplicationCommandOptionString, Value: typed, Focused: true}}}}
		r, err := h.Respond(t.Context(), i)
		if err != nil {
			t.Fatalf("autocomplete %q: %v", typed, err)
		}
		if len(r.Data.Choices) == 0 || r.Data.Choices[0].Name != want {
			var names []string
			for _, c := range r.Data.Choices {
				names = append(names, c.Name)
			}
			t.Errorf("autocomplete %q = %v; want %s first", typed, names, want)
		}
	}
}
