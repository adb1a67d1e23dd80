package corpus

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite corpus/articles from testdata/raw and testdata/manifest.json")

type manifest struct {
	Articles []struct {
		ID         string  `json:"id"`
		Raw        string  `json:"raw"`
		Headline   *string `json:"headline"`
		Standfirst *string `json:"standfirst"`
		Outlet     *string `json:"outlet"`
		Author     *string `json:"author"`
		Published  *string `json:"published"`
		EventDate  *string `json:"event_date"`
	} `json:"articles"`
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// TestArticlesFromRaw checks that the embedded articles are exactly what
// Clean makes of the articles as received (testdata/raw, a copy of
// ../shared/corpus/raw) with the manifest's facts. Run with -update to
// rewrite corpus/articles after changing Clean.
func TestArticlesFromRaw(t *testing.T) {
	data, err := os.ReadFile("testdata/manifest.json")
	if err != nil {
		t.Fatal(err)
	}
	var m manifest
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	if len(m.Articles) != 5 {
		t.Fatalf("manifest has %d articles; want 5", len(m.Articles))
	}
	for _, a := range m.Articles {
		raw, err := os.ReadFile(filepath.Join("testdata", a.Raw))
		if err != nil {
			t.Fatal(err)
		}
		got := Clean(string(raw), Meta{ID: a.ID, Headline: str(a.Headline), Standfirst: str(a.Standfirst),
			Outlet: str(a.Outlet), Author: str(a.Author), Published: str(a.Published), EventDate: str(a.EventDate)})
		path := filepath.Join("articles", a.ID+".md")
		if *update {
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("Clean(%s) differs from %s; run go test ./corpus -run TestArticlesFromRaw -update", a.Raw, path)
		}
	}
}

// TestCleanKeepsDated: a headline under its date above the text
// ("date 2026-02-03 Storm Hits Coast") is no text of the article; Clean
// keeps it in the front matter as received, and Parse reads it back.
func TestCleanKeepsDated(t *testing.T) {
	for _, tc := range []struct{ raw, dated string }{
		{" date 2026-02-03 Storm Hits Coast\n\nThe storm struck the coast on Monday.\n", "date 2026-02-03 Storm Hits Coast"},
		{"Storm Hits Coast\n\nThe storm struck the coast on Monday.\n", ""},
		{"date 2026-02-03 Another Headline\n\nThe storm struck the coast on Monday.\n", ""}, // another article's headline: a line of text
	} {
		a, err := Parse("t.md", Clean(tc.raw, Meta{ID: "t", Headline: "Storm Hits Coast"}))
		if err != nil {
			t.Fatalf("Parse(Clean(%q)): %v", tc.raw, err)
		}
		if a.Dated != tc.dated {
			t.Errorf("Clean(%q): dated %q; want %q", tc.raw, a.Dated, tc.dated)
		}
		if tc.dated != "" && a.Text != "Storm Hits Coast\nThe storm struck the coast on Monday." {
			t.Errorf("Clean(%q): text %q; want the headline and the sentence only", tc.raw, a.Text)
		}
	}
}

// TestCleanKeepsDateline: the dateline and byline Clean takes out of the
// text go to the front matter as received, and Parse reads them back.
func TestCleanKeepsDateline(t *testing.T) {
	for _, tc := range []struct {
		raw, dateline, byline string
	}{
		{"Storm Hits Coast\n\nLIMA\n\nThe storm struck the coast on Monday.\n", "LIMA", ""},
		{"Storm Hits Coast\n\nStorm Hits Coast/ Example News/ LIMA/ A. Reporter/ Morning Edition/ The storm struck the coast on Monday.\n", "LIMA", "Example News/ LIMA/ A. Reporter/ Morning Edition"},
		{"Storm Hits Coast\n\nThe storm struck the coast on Monday.\n", "", ""},
		{"Storm Hits Coast\n\nStorm Hits Coast/ AP/ LIMA/ A. Reporter/ The storm struck the coast on Monday.\n", "LIMA", "AP/ LIMA/ A. Reporter"}, // the outlet in capitals is no place
		{"Storm Hits Coast\n\nMENU\n\nLIMA\n\nThe storm struck the coast on Monday.\n", "LIMA", ""},                                               // site chrome in capitals neither
	} {
		out := Clean(tc.raw, Meta{ID: "t", Headline: "Storm Hits Coast", Outlet: "AP"})
		a, err := Parse("t.md", out)
		if err != nil {
			t.Fatalf("Parse(Clean(%q)): %v", tc.raw, err)
		}
		if a.Dateline != tc.dateline || a.Byline != tc.byline {
			t.Errorf("Clean(%q): dateline %q, byline %q; want %q, %q", tc.raw, a.Dateline, a.Byline, tc.dateline, tc.byline)
		}
		if a.Text != "Storm Hits Coast\nThe storm struck the coast on Monday." {
			t.Errorf("Clean(%q): text %q; want the headline and the sentence only", tc.raw, a.Text)
		}
	}
}
