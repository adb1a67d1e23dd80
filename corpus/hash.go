package corpus

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"hash"
)

// Hash is a content hash of the corpus: of every article's id, stated facts
// and text, and of how the text was split into passages, in id order. Two
// corpora with one hash index alike, wherever their files were loaded
// from, so a persistent index records it to know what it was built from.
func (c *Corpus) Hash() string {
	h := sha256.New()
	writeInt(h, len(c.Articles))
	for _, a := range c.Articles {
		for _, s := range []string{a.ID, a.Headline, a.Standfirst, a.Outlet, a.Author, a.Published, a.EventDate, a.URL, a.Dateline, a.Byline, a.Dated, a.Text} {
			writeString(h, s)
		}
		writeInt(h, len(a.Passages))
		for _, p := range a.Passages {
			writeString(h, string(p.Kind))
			writeInt(h, p.Block)
			writeInt(h, p.Start)
			writeInt(h, p.End)
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}

func writeString(h hash.Hash, s string) {
	writeInt(h, len(s))
	h.Write([]byte(s))
}

func writeInt(h hash.Hash, n int) {
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], uint64(n))
	h.Write(b[:])
}
