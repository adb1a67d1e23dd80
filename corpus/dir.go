package corpus

import (
	"os"
)

// Dir loads the article files (*.md) of a folder on disk, as LoadWith does;
// errors and Article.File name the files by their path on disk. Pass the
// embedded articles in opt.With to answer from both.
func Dir(dir string, opt LoadOptions) (*Corpus, []error, error) {
	opt.Prefix = dir
	return LoadWith(os.DirFS(dir), ".", opt)
}
