package corpus

import (
	"embed"
	"errors"
	"fmt"
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
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	var articles []*Article
	var errs []error
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".md") {
			continue
		}
		name := path.Join(dir, e.Name())
		info, err := e.Info()
		if err == nil && info.Size() > MaxArticleBytes {
			errs = append(errs, &ParseError{File: name, Msg: fmt.Sprintf("file is %d bytes, over the %d-byte limit", info.Size(), MaxArticleBytes)})
			continue
		}
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			errs = append(errs, fmt.Errorf("corpus: %w", err))
			continue
		}
		a, err := Parse(name, data)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		articles = append(articles, a)
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("corpus: %w", errors.Join(errs...))
	}
	if len(articles) == 0 {
		return nil, fmt.Errorf("corpus: no article files (*.md) in %s", dir)
	}
	return New(articles...)
}

// New makes a corpus of articles, ordered by id. Ids must be unique.
func New(articles ...*Article) (*Corpus, error) {
	c := &Corpus{byID: map[string]*Article{}}
	var errs []error
	for _, a := range articles {
		if prev, ok := c.byID[a.ID]; ok {
			errs = append(errs, fmt.Errorf("corpus: duplicate id %q in %s and %s", a.ID, prev.File, a.File))
			continue
		}
		c.byID[a.ID] = a
		c.Articles = append(c.Articles, a)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	sort.Slice(c.Articles, func(i, j int) bool { return c.Articles[i].ID < c.Articles[j].ID })
	return c, nil
}
