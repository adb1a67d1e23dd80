package index

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"

	"github.com/summitbot/summitbot/corpus"
)

// A persistent index is a folder: PATH is a symbolic link to a sibling
// folder ".BASE.<random>" holding the bleve index ("bleve") and a manifest
// of what it was built from ("manifest.json"). Write builds a new sibling
// and swaps the link with one rename, so an index is never half-written at
// PATH: a build killed at any point leaves the previous one in place.

// Format is the layout version of a persistent index; Open refuses others.
const Format = 1

// analysisVersion names the analysis code's behaviour: change it when the
// analyzer changes in a way the mapping, vocabulary and probe text cannot
// show.
const analysisVersion = "summit-analysis-3"

const (
	manifestName = "manifest.json"
	bleveName    = "bleve"
	// batchPassages is how many passages a batch of a persistent build holds:
	// large batches make few segments for the merger to merge.
	batchPassages = 5000
)

// ErrMismatch reports a persistent index built from other articles or with
// other analysis settings than those it is opened with.
var ErrMismatch = errors.New("index does not match")

// Manifest records what a persistent index was built from.
type Manifest struct {
	Format   int       `json:"format"`
	Corpus   string    `json:"corpus"`   // corpus.Corpus.Hash of the articles indexed
	Analysis string    `json:"analysis"` // AnalysisHash of the vocabulary and analyzer
	Articles int       `json:"articles"`
	Passages int       `json:"passages"`
	Built    time.Time `json:"built"`
}

// AnalysisHash fingerprints the analysis an index made with v applies: the
// bleve mapping (analyzer, aliases, stop words, scoring), the synonyms, the
// analysis code's version, and the terms a probe text analyses to.
func AnalysisHash(v *Vocabulary) (string, error) {
	m, err := indexMapping(v)
	if err != nil {
		return "", err
	}
	return analysisHash(m, v)
}

// analysisHash is AnalysisHash of v with its mapping m already built.
func analysisHash(m *mapping.IndexMappingImpl, v *Vocabulary) (string, error) {
	mj, err := json.Marshal(m)
	if err != nil {
		return "", fmt.Errorf("index: analysis hash: %w", err)
	}
	h := sha256.New()
	fmt.Fprintf(h, "%s\n%s\n", analysisVersion, mj)
	for _, g := range v.Synonyms {
		fmt.Fprintf(h, "synonym %q\n", g)
	}
	a := m.AnalyzerNamed(analyzerName)
	if a == nil {
		return "", errors.New("index: analysis hash: analyzer missing")
	}
	for _, t := range a.Analyze([]byte(probeText(v))) {
		fmt.Fprintf(h, "%s %d %d %d\n", t.Term, t.Start, t.End, t.Position)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// probeText is text whose analysis shows a change in the analysis code.
func probeText(v *Vocabulary) string {
	words := []string{"The Élysée's U.S.-led talks (US envoys told us) wouldn't, couldn't, they'll; Zelenskyy’s soldiers deployed 35 troops."}
	for k := range v.Aliases {
		words = append(words, k)
	}
	for _, g := range v.Synonyms {
		words = append(words, g...)
	}
	words = append(words, stopWords...)
	sort.Strings(words[1:])
	return strings.Join(words, " . ")
}

// Write builds a persistent index of c's passages with vocabulary v at
// path, replacing any index there only once the new one is complete.
// progress, when not nil, is told how the build goes. When ctx is done
// the build stops between batches, leaving any previous index in place.
func Write(ctx context.Context, path string, c *corpus.Corpus, v *Vocabulary, progress Progress) (Manifest, error) {
	man := Manifest{Format: Format, Corpus: c.Hash(), Articles: len(c.Articles), Built: time.Now().UTC()}
	var err error
	if man.Analysis, err = AnalysisHash(v); err != nil {
		return man, err
	}
	if fi, err := os.Lstat(path); err == nil && fi.Mode()&os.ModeSymlink == 0 {
		return man, fmt.Errorf("index: write: %s exists and is not an index written by summitbot (a symbolic link); remove it or choose another path", path)
	}
	parent, base := filepath.Split(filepath.Clean(path))
	if parent == "" {
		parent = "."
	}
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return man, fmt.Errorf("index: write: %w", err)
	}
	unlock, err := lockBuild(parent, base)
	if err != nil {
		return man, err
	}
	defer unlock()
	removeLeftovers(parent, base, path)

	dir, err := os.MkdirTemp(parent, "."+base+".")
	if err != nil {
		return man, fmt.Errorf("index: write: %w", err)
	}
	done := false
	os.Chmod(dir, 0o755) // MkdirTemp makes it private; an index is for every reader
	defer func() {
		if !done {
			os.RemoveAll(dir)
		}
	}()
	if man.Passages, err = writeBleve(ctx, filepath.Join(dir, bleveName), c, v, progress); err != nil {
		return man, err
	}
	mj, err := json.MarshalIndent(man, "", "  ")
	if err != nil {
		return man, fmt.Errorf("index: write: %w", err)
	}
	if err := writeSynced(filepath.Join(dir, manifestName), append(mj, '\n')); err != nil {
		return man, err
	}
	old, _ := os.Readlink(path)
	if err := swapLink(parent, base, filepath.Base(dir)); err != nil {
		return man, err
	}
	done = true
	if old != "" && strings.HasPrefix(filepath.Base(old), "."+base+".") {
		os.RemoveAll(filepath.Join(parent, filepath.Base(old)))
	}
	return man, nil
}

func writeBleve(ctx context.Context, path string, c *corpus.Corpus, v *Vocabulary, progress Progress) (int, error) {
	m, err := indexMapping(v)
	if err != nil {
		return 0, err
	}
	b, err := bleve.NewUsing(path, m, scorch.Name, scorch.Name, nil)
	if err != nil {
		return 0, fmt.Errorf("index: write: %w", err)
	}
	docs, err := fill(ctx, b, c, v, batchPassages, progress)
	if cerr := b.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("index: write: %w", cerr)
	}
	return docs, err
}

// Open opens the persistent index at path read-only, for corpus c analysed
// with vocabulary v. An index built from other articles or with other
// analysis settings is refused with an error wrapping ErrMismatch.
func Open(path string, c *corpus.Corpus, v *Vocabulary) (*Index, error) {
	// Resolve the link once: a build swapping it meanwhile must not give
	// this open one folder's manifest and another's index.
	dir, err := filepath.EvalSymlinks(path)
	if err != nil {
		return nil, fmt.Errorf("index: open: %w", err)
	}
	man, err := ReadManifest(dir)
	if err != nil {
		return nil, err
	}
	m, err := indexMapping(v)
	if err != nil {
		return nil, err
	}
	analysis, err := analysisHash(m, v)
	if err != nil {
		return nil, err
	}
	switch {
	case man.Format != Format:
		return nil, fmt.Errorf("index: open %s: %w: its format is %d, this program reads %d; rebuild it with \"summitbot index build\"", path, ErrMismatch, man.Format, Format)
	case man.Analysis != analysis:
		return nil, fmt.Errorf("index: open %s: %w: it was built with other analysis settings (vocabulary or analyzer) than this program's; rebuild it with \"summitbot index build\"", path, ErrMismatch)
	case man.Corpus != c.Hash():
		return nil, fmt.Errorf("index: open %s: %w: it was built from other articles (%d, corpus hash %.12s) than those loaded (%d, corpus hash %.12s); rebuild it with \"summitbot index build\" from the same articles", path, ErrMismatch, man.Articles, man.Corpus, len(c.Articles), c.Hash())
	}
	b, err := bleve.OpenUsing(filepath.Join(dir, bleveName), map[string]interface{}{"read_only": true})
	if err != nil {
		return nil, fmt.Errorf("index: open %s: %w", path, err)
	}
	ix, err := newIndex(b, m, v, man.Passages)
	if err != nil {
		b.Close()
		return nil, fmt.Errorf("index: open %s: %w", path, err)
	}
	return ix, nil
}

// ReadManifest reads what the persistent index at path was built from.
func ReadManifest(path string) (Manifest, error) {
	var man Manifest
	data, err := os.ReadFile(filepath.Join(path, manifestName))
	if errors.Is(err, os.ErrNotExist) {
		return man, fmt.Errorf("index: %s is not a summitbot index (no %s); build one with \"summitbot index build\"", path, manifestName)
	}
	if err != nil {
		return man, fmt.Errorf("index: %w", err)
	}
	if err := json.Unmarshal(data, &man); err != nil {
		return man, fmt.Errorf("index: %s: %w", filepath.Join(path, manifestName), err)
	}
	return man, nil
}
