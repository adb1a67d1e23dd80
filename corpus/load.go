package corpus

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"sort"
	"strings"
)

//go:embed articles/*.md
var embedded embed.FS

// Embedded loads the articles built into the program.
func Embedded() (*Corpus, error) {
	return Load(embedded, "articles")
}

// Load reads every *.md article file in dir of fsys. It fails whole: one bad
// file (or two files with one id) and no corpus is returned; every problem
// found is reported, joined.
func Load(fsys fs.FS, dir string) (*Corpus, error) {
	c, _, err := LoadWith(fsys, dir, LoadOptions{})
	return c, err
}

// LoadOptions change how LoadWith treats a folder of article files.
type LoadOptions struct {
	// SkipBad leaves out a bad file (and the second of two files with one
	// id) and reports it among the skipped problems, instead of failing.
	SkipBad bool
	// With are articles loaded already, such as the embedded ones: the
	// folder's articles join them and must not repeat their ids.
	With []*Article
	// Prefix is put before file names in errors and in Article.File: the
	// folder's name on disk when fsys is an os.DirFS.
	Prefix string
}

// LoadWith reads every *.md article file in dir of fsys, as Load does, with
// options. With SkipBad, skipped lists one error (a *ParseError) for each
// file left out; without, any such error fails the load whole. A folder
// with no article files at all is an error either way.
func LoadWith(fsys fs.FS, dir string, opt LoadOptions) (c *Corpus, skipped []error, err error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, nil, fmt.Errorf("corpus: %w", err)
	}
	ids := map[string]string{} // id → file that has it
	for _, a := range opt.With {
		ids[a.ID] = a.File
	}
	articles := append([]*Article(nil), opt.With...)
	var errs []error
	files := 0
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".md") || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		files++
		name := path.Join(dir, e.Name())
		shown := path.Join(opt.Prefix, name)
		data, err := readArticle(fsys, name, shown)
		var a *Article
		if err == nil {
			a, err = Parse(shown, data)
		}
		if err == nil {
			if prev, dup := ids[a.ID]; dup {
				err = &ParseError{File: shown, Line: keyLine(data, "id"), Msg: fmt.Sprintf("duplicate id %q (also in %s)", a.ID, prev)}
			}
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		ids[a.ID] = shown
		articles = append(articles, a)
	}
	if len(errs) > 0 && !opt.SkipBad {
		return nil, nil, fmt.Errorf("corpus: %w", errors.Join(errs...))
	}
	if files == 0 {
		return nil, nil, fmt.Errorf("corpus: no article files (*.md) in %s", path.Join(opt.Prefix, dir))
	}
	if len(articles) == 0 {
		return nil, errs, fmt.Errorf("corpus: every article file in %s is bad: %w", path.Join(opt.Prefix, dir), errors.Join(errs...))
	}
	c, err = New(articles...)
	if err != nil {
		return nil, nil, fmt.Errorf("corpus: %w", err)
	}
	return c, errs, nil
}

// readArticle reads one file, refusing (before reading it) a file over
// MaxArticleBytes or one that is not a regular file.
func readArticle(fsys fs.FS, name, shown string) ([]byte, error) {
	info, err := fs.Stat(fsys, name) // follows a symbolic link, unlike the entry's Info
	if err != nil {
		return nil, &ParseError{File: shown, Msg: unwrapPath(err).Error()}
	}
	if !info.Mode().IsRegular() {
		return nil, &ParseError{File: shown, Msg: "not a regular file"}
	}
	if info.Size() > MaxArticleBytes {
		return nil, &ParseError{File: shown, Msg: fmt.Sprintf("file is %d bytes, over the %d-byte limit", info.Size(), MaxArticleBytes)}
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, &ParseError{File: shown, Msg: unwrapPath(err).Error()}
	}
	defer f.Close()
	// The limit holds even for a file that grows after the Stat.
	data, err := io.ReadAll(io.LimitReader(f, MaxArticleBytes+1))
	if err != nil {
		return nil, &ParseError{File: shown, Msg: unwrapPath(err).Error()}
	}
	return data, nil
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}

// keyLine is the line of the front-matter key in an article file, or 0.
func keyLine(data []byte, key string) int {
	for i, line := range bytes.Split(data, []byte("\n")) {
		k, _, ok := bytes.Cut(bytes.TrimSpace(line), []byte(":"))
		if ok && string(bytes.TrimSpace(k)) == key {
			return i + 1
		}
	}
	return 0
}

// New makes a corpus of articles, ordered by id. Ids must be unique.
func New(articles ...*Article) (*Corpus, error) {
	c := &Corpus{}
	seen := make(map[string]*Article, len(articles)) // (input order, for the errors)
	var errs []error
	for _, a := range articles {
		if prev, ok := seen[a.ID]; ok {
			errs = append(errs, fmt.Errorf("corpus: duplicate id %q in %s and %s", a.ID, prev.File, a.File))
			continue
		}
		seen[a.ID] = a
		c.Articles = append(c.Articles, a)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	sort.Slice(c.Articles, func(i, j int) bool { return c.Articles[i].ID < c.Articles[j].ID })
	c.at = make(map[string]int, len(c.Articles))
	for i, a := range c.Articles {
		c.at[a.ID] = i
	}
	return c, nil
}
