package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestQuoteNearAndTakenFor: the CLI says when results are only near, and
// whom --speaker was taken for, in words and in JSON.
func TestQuoteNearAndTakenFor(t *testing.T) {
	out, err := runCmd(t, "", "quote", "--speaker", "the chancellor", "compromises")
	if err != nil || !strings.HasPrefix(out, `Quotations by Friedrich Merz (for "the chancellor"):`) {
		t.Errorf("quote --speaker 'the chancellor' compromises = %q, %v; want Merz's, saying so", out, err)
	}
	out, err = runCmd(t, "", "quote", "weather forecast tomorrow")
	if err != nil || !strings.HasPrefix(out, "No quotation with those words in the articles.\nNearest (not a match):\n1. ") {
		t.Errorf("quote 'weather forecast tomorrow' = %q, %v; want no quotation, then the nearest", out, err)
	}
	out, err = runCmd(t, "", "quote", "--json", "--speaker", "british pm", "hardest yards")
	if err != nil {
		t.Fatal(err)
	}
	var q struct {
		Speaker  string   `json:"speaker"`
		TakenFor []string `json:"speaker_taken_for"`
		Quotes   []struct {
			Text  string  `json:"text"`
			Score float64 `json:"score"`
			Near  *bool   `json:"near"`
		} `json:"quotes"`
	}
	if err := json.Unmarshal([]byte(out), &q); err != nil {
		t.Fatal(err)
	}
	if q.Speaker != "british pm" || len(q.TakenFor) != 1 || q.TakenFor[0] != "Keir Starmer" ||
		len(q.Quotes) == 0 || q.Quotes[0].Score <= 0 || q.Quotes[0].Near != nil {
		t.Errorf("quote --json --speaker 'british pm' = %s; want Starmer's, taken for him, scored, not near", out)
	}
	// words remembered without the quotation's negation are told so
	out, err = runCmd(t, "", "quote", "these are just words")
	if err != nil || !strings.Contains(out, "differ by “not”") {
		t.Errorf("quote 'these are just words' = %q, %v; want a note that the quotation says not", out, err)
	}
	if out, _ = runCmd(t, "", "quote", "these are not just words"); strings.Contains(out, "differ by") {
		t.Errorf("quote 'these are not just words' = %q; want no note", out)
	}
	out, _ = runCmd(t, "", "quote", "--json", "weather forecast tomorrow")
	if !strings.Contains(out, `"near":true`) {
		t.Errorf("quote --json 'weather forecast tomorrow' = %s; want near results marked", out)
	}
}
