package corpus

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const goodArticle = "---\nid: %s\nheadline: Talks resume\nurl: https://example.com/a\n---\nTalks resumed in Geneva on Monday, officials said.\n"

func article(id string) string { return strings.Replace(goodArticle, "%s", id, 1) }

// writeDir writes files (name → content) into a new temporary folder.
func writeDir(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestDirBadFiles(t *testing.T) {
	for _, tc := range []struct {
		name    string
		content string // of bad.md, beside a good ok.md (read first)
		line    int    // the line the error must name (0: the whole file)
		msg     string // words the error must hold
	}{
		{"no id", "---\nheadline: x\n---\nText.\n", 1, "no id"},
		{"duplicate id", article("ok"), 2, `duplicate id "ok"`},
		{"unknown key", "---\nid: b\nsection: world\n---\nText.\n", 3, `unknown front-matter key "section"`},
		{"malformed date", "---\nid: b\npublished: 6 January 2026\n---\nText.\n", 3, "not a date"},
		{"empty text", "---\nid: b\n---\n\n\n", 0, "no text"},
		{"invalid UTF-8", "---\nid: b\n---\nText.\nbad \xff byte\n", 5, "invalid UTF-8"},
		{"binary", "---\nid: b\n---\n\x00\x01\x02", 0, "binary"},
		{"unclosed front matter", "---\nid: b\nText.\n", 3, "not \"key: value\""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeDir(t, map[string]string{"ok.md": article("ok"), "z-bad.md": tc.content})
			c, _, err := Dir(dir, LoadOptions{})
			if c != nil || err == nil {
				t.Fatalf("Dir = %v, %v; want no corpus and an error", c, err)
			}
			checkParseError(t, err, filepath.Join(dir, "z-bad.md"), tc.line, tc.msg)

			c, skipped, err := Dir(dir, LoadOptions{SkipBad: true})
			if err != nil {
				t.Fatalf("Dir(SkipBad) error %v; want none", err)
			}
			if got := len(c.Articles); got != 1 || c.Article("ok") == nil {
				t.Errorf("Dir(SkipBad) loaded %d articles; want just ok", got)
			}
			if len(skipped) != 1 {
				t.Fatalf("Dir(SkipBad) skipped %v; want bad.md", skipped)
			}
			checkParseError(t, skipped[0], filepath.Join(dir, "z-bad.md"), tc.line, tc.msg)
		})
	}
}

func checkParseError(t *testing.T, err error, file string, line int, msg string) {
	t.Helper()
	var pe *ParseError
	if !errors.As(err, &pe) {
		t.Fatalf("error %v is not a *ParseError", err)
	}
	if pe.File != file || pe.Line != line || !strings.Contains(pe.Msg, msg) {
		t.Errorf("error = %v (file %s, line %d); want %s, line %d, %q", err, pe.File, pe.Line, file, line, msg)
	}
}

func TestDirHugeFile(t *testing.T) {
	dir := writeDir(t, map[string]string{"ok.md": article("ok")})
	huge := filepath.Join(dir, "huge.md")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	// 50 MB, sparse: refused by its size before a byte is read.
	if err := f.Truncate(50 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	_, _, err = Dir(dir, LoadOptions{})
	checkParseError(t, err, huge, 0, "over the")
	c, skipped, err := Dir(dir, LoadOptions{SkipBad: true})
	if err != nil || len(c.Articles) != 1 || len(skipped) != 1 {
		t.Errorf("Dir(SkipBad) = %d articles, skipped %v, %v; want 1, huge.md, nil", len(c.Articles), skipped, err)
	}
}

func TestDirWithEmbedded(t *testing.T) {
	emb, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	dir := writeDir(t, map[string]string{
		"new.md":    article("follow-up"),
		"clash.md":  article(emb.Articles[0].ID),
		"notes.txt": "not an article",
	})
	if _, _, err := Dir(dir, LoadOptions{With: emb.Articles}); err == nil || !strings.Contains(err.Error(), "duplicate id") {
		t.Errorf("Dir(With embedded) error = %v; want a duplicate id", err)
	}
	c, skipped, err := Dir(dir, LoadOptions{With: emb.Articles, SkipBad: true})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(c.Articles), len(emb.Articles)+1; got != want || len(skipped) != 1 {
		t.Errorf("Dir(With embedded, SkipBad) = %d articles, skipped %v; want %d and clash.md", got, skipped, want)
	}
	if a := c.Article("follow-up"); a == nil || a.URL != "https://example.com/a" || a.File != filepath.Join(dir, "new.md") {
		t.Errorf("Article(follow-up) = %+v; want its url and file", a)
	}
}

func TestDirEmpty(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"no files", map[string]string{"a.txt": "x"}, "no article files"},
		{"all bad", map[string]string{"a.md": "nonsense"}, "every article file"},
	} {
		_, _, err := Dir(writeDir(t, tc.files), LoadOptions{SkipBad: true})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: Dir error = %v; want %q", tc.name, err, tc.want)
		}
	}
	if _, _, err := Dir(filepath.Join(t.TempDir(), "missing"), LoadOptions{}); err == nil {
		t.Errorf("Dir(missing folder) = nil error; want one")
	}
}

func TestHash(t *testing.T) {
	a, _, err := Dir(writeDir(t, map[string]string{"x.md": article("a"), "y.md": article("b")}), LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	b, _, err := Dir(writeDir(t, map[string]string{"z.md": article("b"), "w.md": article("a")}), LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	c, _, err := Dir(writeDir(t, map[string]string{"x.md": article("a"), "y.md": strings.Replace(article("b"), "Monday", "Tuesday", 1)}), LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Hash() != b.Hash() {
		t.Errorf("Hash differs for the same articles in other files")
	}
	if a.Hash() == c.Hash() {
		t.Errorf("Hash is the same for different text")
	}
}

// TestIndex checks Index finds each article at its place in Articles
// (ordered by id, not as given) and no article for an unknown id, and
// that Article and Passage, which read through Index's map, agree.
func TestIndex(t *testing.T) {
	c, err := New(&Article{ID: "tram-b"}, &Article{ID: "ferry#2", Passages: []Passage{{Article: "ferry#2", Text: "The ferry left."}}}, &Article{ID: "café"})
	if err != nil {
		t.Fatal(err)
	}
	for i, a := range c.Articles {
		if k, ok := c.Index(a.ID); !ok || k != i {
			t.Errorf("Index(%q) = %d, %v; want %d, true", a.ID, k, ok, i)
		}
		if got := c.Article(a.ID); got != a {
			t.Errorf("Article(%q) = %p; want %p", a.ID, got, a)
		}
	}
	for _, id := range []string{"", "tram", "caf"} {
		if k, ok := c.Index(id); ok {
			t.Errorf("Index(%q) = %d, true; want false", id, k)
		}
		if a := c.Article(id); a != nil {
			t.Errorf("Article(%q) = %q; want nil", id, a.ID)
		}
	}
	if p, ok := c.Passage("ferry#2", 0); !ok || p.Text != "The ferry left." {
		t.Errorf("Passage(ferry#2, 0) = %q, %v; want its one passage", p.Text, ok)
	}
	for _, seq := range []int{-1, 1} {
		if _, ok := c.Passage("ferry#2", seq); ok {
			t.Errorf("Passage(ferry#2, %d) found; want none", seq)
		}
	}
}
