package bot

import (
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
	"github.com/summitbot/summitbot/internal/qa"
)

// TestRenderCheck renders claim checks from fixed inputs (golden files) and
// past every limit: six of the corpus's longest passages, forty differences
// and a claim at qa's limit in characters outside the Basic Multilingual
// Plane.
func TestRenderCheck(t *testing.T) {
	c := engine(t).Corpus()
	long := longestPassages(c, 6)
	golden(t, "check-supported", renderCheck(qa.Checked{Claim: "35 countries attended the summit", Verdict: qa.Supported, Supporting: long[:2]}, false))
	golden(t, "check-differs", renderCheck(qa.Checked{Claim: "only 20 heads of state came", Verdict: qa.Differs, Differing: long[2:3],
		Differences: []string{"Claim: “20 heads of state”", long[2].Article.Title() + ": “27 heads of state”"}}, true))
	near := long[3]
	golden(t, "check-not-covered", renderCheck(qa.Checked{Claim: "the pope visited Paris", Verdict: qa.NotCovered, Nearest: &near}, false))

	var diffs []string
	for i := 0; i < 40; i++ {
		diffs = append(diffs, long[i%len(long)].Text)
	}
	claim := strings.Repeat("𝔸", qa.MaxQuestionBytes/4)
	for _, public := range []bool{false, true} {
		r := renderCheck(qa.Checked{Claim: claim, Verdict: qa.Differs, Supporting: long[:3], Differing: long[3:], Differences: diffs}, public)
		valid(t, "check-over-limits", r)
		if _, ok := claimOf(nil); ok {
			t.Error("claimOf(nil) found a claim")
		}
		if got, ok := claimOf(&discordgo.Message{Embeds: r.embeds}); !ok || got != claim {
			t.Errorf("claimOf = %.20q, %v; want the claim back from the footer", got, ok)
		}
	}
}
