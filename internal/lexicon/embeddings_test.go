package lexicon

import (
	"encoding/binary"
	"fmt"
	"runtime"
	"strings"
	"testing"
)

func TestCloser(t *testing.T) {
	e := Default()
	for _, c := range []struct{ word, near, far string }{
		{"troops", "soldiers", "banana"},
		{"pledged", "promised", "banana"},
		{"talks", "negotiations", "guitar"},
		{"ceasefire", "truce", "recipe"},
		{"president", "leader", "carrot"},
		{"refused", "declined", "painted"},
	} {
		near, ok1 := e.Similarity(c.word, c.near)
		far, ok2 := e.Similarity(c.word, c.far)
		if !ok1 || !ok2 {
			t.Errorf("Similarity(%q, %q/%q): unknown word", c.word, c.near, c.far)
			continue
		}
		if near <= far {
			t.Errorf("Similarity(%q, %q) = %.3f; want more than Similarity(%q, %q) = %.3f", c.word, c.near, near, c.word, c.far, far)
		}
	}
}

func TestNearPairs(t *testing.T) {
	e := Default()
	for _, c := range []struct {
		a, b string
		min  float32
	}{
		{"pledged", "promised", 0.6},
		{"talks", "negotiations", 0.7},
		{"troops", "soldiers", 0.7},
	} {
		got, ok := e.Similarity(c.a, c.b)
		if !ok || got < c.min {
			t.Errorf("Similarity(%q, %q) = %.3f, %v; want ≥ %.2f, true", c.a, c.b, got, ok, c.min)
		}
	}
}

func TestSimilarityRange(t *testing.T) {
	e := Default()
	for _, p := range [][2]string{{"the", "the"}, {"war", "peace"}, {"up", "down"}, {"paris", "zebra"}} {
		got, ok := e.Similarity(p[0], p[1])
		if !ok || got < -1 || got > 1 {
			t.Errorf("Similarity(%q, %q) = %v, %v; want in [-1, 1], true", p[0], p[1], got, ok)
		}
	}
	if got, _ := e.Similarity("summit", "summit"); got < 0.999 {
		t.Errorf("Similarity(summit, summit) = %v; want 1", got)
	}
}

func TestUnknown(t *testing.T) {
	e := Default()
	for _, w := range []string{"", "zzqxjv", "soldjers", "a", "\xff\xfe", strings.Repeat("x", 1<<16)} {
		if _, ok := e.Vector(w); ok {
			t.Errorf("Vector(%q) found; want false", w)
		}
		if _, ok := e.Rank(w); ok {
			t.Errorf("Rank(%q) found; want false", w)
		}
		if _, ok := e.Similarity(w, "the"); ok {
			t.Errorf("Similarity(%q, the) found; want false", w)
		}
		if _, ok := e.Similarity("the", w); ok {
			t.Errorf("Similarity(the, %q) found; want false", w)
		}
		if got := e.Nearest(w, []string{"the"}, 3); got != nil {
			t.Errorf("Nearest(%q) = %v; want nil", w, got)
		}
	}
}

func TestRank(t *testing.T) {
	e := Default()
	if r, ok := e.Rank("the"); !ok || r != 0 {
		t.Errorf("Rank(the) = %d, %v; want 0, true", r, ok)
	}
	prev := -1
	for _, w := range []string{"the", "said", "government", "summit", "ceasefire", "reassurance"} {
		r, ok := e.Rank(w)
		if !ok {
			t.Errorf("Rank(%q) unknown", w)
			continue
		}
		if r <= prev {
			t.Errorf("Rank(%q) = %d; want more than %d", w, r, prev)
		}
		prev = r
	}
	if got, want := e.Words(), 80000; got != want {
		t.Errorf("Words() = %d; want %d", got, want)
	}
}

func TestCapitals(t *testing.T) {
	e := Default()
	lo, _ := e.Rank("paris")
	if r, ok := e.Rank("Paris"); !ok || r != lo {
		t.Errorf("Rank(Paris) = %d, %v; want %d, true", r, ok, lo)
	}
	if r, ok := e.Rank("PARIS"); !ok || r != lo {
		t.Errorf("Rank(PARIS) = %d, %v; want %d, true", r, ok, lo)
	}
	for _, c := range [][2]string{{"Élysée", "elysee"}, {"zürich", "zurich"}, {"KRAKÓW", "krakow"}, {"Œuvre", "oeuvre"}} {
		want, ok1 := e.Rank(c[1])
		got, ok2 := e.Rank(c[0])
		if !ok1 || !ok2 || got != want {
			t.Errorf("Rank(%q) = %d, %v; want Rank(%q) = %d, %v", c[0], got, ok2, c[1], want, ok1)
		}
	}
	v, ok := e.Vector("Troops")
	if !ok || len(v) != e.Dims() {
		t.Errorf("Vector(Troops) = %d components, %v; want %d, true", len(v), ok, e.Dims())
	}
}

func TestNearest(t *testing.T) {
	e := Default()
	cands := []string{"banana", "soldiers", "troops", "forces", "soldiers", "qqqzzz", "guitar", "army"}
	got := e.Nearest("troops", cands, 3)
	if len(got) != 3 {
		t.Fatalf("Nearest(troops, …, 3) = %v; want 3 neighbours", got)
	}
	for i, n := range got {
		if n.Word == "troops" || n.Word == "banana" || n.Word == "guitar" {
			t.Errorf("Nearest(troops)[%d] = %v; want a military word", i, n)
		}
		if i > 0 && n.Similarity > got[i-1].Similarity {
			t.Errorf("Nearest(troops) not in order: %v", got)
		}
	}
	if all := e.Nearest("troops", cands, 100); len(all) != 5 {
		t.Errorf("Nearest(troops, …, 100) = %v; want the 5 distinct known candidates but troops", all)
	}
	if got := e.Nearest("troops", cands, 0); got != nil {
		t.Errorf("Nearest(troops, …, 0) = %v; want nil", got)
	}
}

// TestHeap decodes the table afresh and checks the heap it holds.
func TestHeap(t *testing.T) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	e, err := decode(gloveBin)
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	grew := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	t.Logf("table heap: %.1f MB for %d words", float64(grew)/1e6, e.Words())
	if grew > 60<<20 {
		t.Errorf("decoded table holds %d bytes of heap; want under 60 MB", grew)
	}
	runtime.KeepAlive(e)
}

// table builds a small table in decode's format.
func table(dims int, words []string, vec func(i, d int) int8) []byte {
	var wb []byte
	for _, w := range words {
		wb = binary.AppendUvarint(wb, uint64(len(w)))
		wb = append(wb, w...)
	}
	b := []byte(magic)
	b = binary.LittleEndian.AppendUint32(b, uint32(dims))
	b = binary.LittleEndian.AppendUint32(b, uint32(len(words)))
	b = binary.LittleEndian.AppendUint32(b, uint32(len(wb)))
	b = append(b, wb...)
	for i := range words {
		for d := range dims {
			b = append(b, byte(vec(i, d)))
		}
	}
	return b
}

func TestDecodeSmall(t *testing.T) {
	b := table(2, []string{"up", "down", "zero"}, func(i, d int) int8 {
		return [][]int8{{127, 0}, {-127, 0}, {0, 0}}[i][d]
	})
	e, err := decode(b)
	if err != nil {
		t.Fatal(err)
	}
	if s, ok := e.Similarity("up", "down"); !ok || s != -1 {
		t.Errorf("Similarity(up, down) = %v, %v; want -1, true", s, ok)
	}
	if s, ok := e.Similarity("up", "zero"); !ok || s != 0 {
		t.Errorf("Similarity(up, zero) = %v, %v; want 0, true", s, ok)
	}
}

func TestDecodeBad(t *testing.T) {
	good := table(2, []string{"up", "down"}, func(i, d int) int8 { return int8(i + d) })
	for _, c := range []struct {
		name string
		b    []byte
	}{
		{"empty", nil},
		{"magic", append([]byte("LXG2"), good[4:]...)},
		{"truncated header", good[:10]},
		{"truncated vectors", good[:len(good)-1]},
		{"extra byte", append(append([]byte{}, good...), 0)},
		{"zero dims", table(0, []string{"up"}, nil)},
		{"duplicate", table(2, []string{"up", "up"}, func(i, d int) int8 { return 1 })},
		{"empty word", table(2, []string{"up", ""}, func(i, d int) int8 { return 1 })},
		{"invalid utf-8", table(2, []string{"up", "\xff"}, func(i, d int) int8 { return 1 })},
		{"half of the table", gloveBin[:len(gloveBin)/2]},
	} {
		if e, err := decode(c.b); err == nil {
			t.Errorf("decode(%s) = %d words, nil error; want an error", c.name, e.Words())
		} else if !strings.HasPrefix(err.Error(), "lexicon: ") {
			t.Errorf("decode(%s) error %q; want the prefix \"lexicon: \"", c.name, err)
		}
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(table(2, []string{"up", "down"}, func(i, d int) int8 { return int8(i - d) }))
	f.Add(table(3, []string{"a"}, func(i, d int) int8 { return -128 }))
	f.Add(gloveBin[:4096])
	f.Fuzz(func(t *testing.T, b []byte) {
		e, err := decode(b)
		if err != nil {
			return
		}
		for i := range e.Words() {
			w, first := e.words.word(i), e.words.word(0)
			if _, ok := e.Similarity(w, first); !ok {
				t.Fatalf("Similarity(%q) unknown after decode", w)
			}
			if s, _ := e.Similarity(w, first); s < -1 || s > 1 {
				t.Fatalf("Similarity(%q, %q) = %v; out of [-1, 1]", w, first, s)
			}
		}
	})
}

func BenchmarkDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		resetDefault()
		Default()
	}
}

func BenchmarkSimilarity(b *testing.B) {
	e := Default()
	for b.Loop() {
		e.Similarity("troops", "soldiers")
	}
}

func ExampleEmbeddings_Nearest() {
	e := Default()
	for _, n := range e.Nearest("troops", []string{"banana", "soldiers", "guitar", "forces"}, 2) {
		fmt.Println(n.Word)
	}
	for _, w := range []string{"the", "summit", "soldjers"} {
		r, ok := e.Rank(w)
		fmt.Println(w, r, ok)
	}
	// Output:
	// forces
	// soldiers
	// the 0 true
	// summit 985 true
	// soldjers 0 false
}

func TestTableSize(t *testing.T) {
	if len(gloveBin) > 10_000_000 {
		t.Errorf("glove.bin is %d bytes; the budget is 10 MB", len(gloveBin))
	}
}

// TestAnchor: an anchor's similarity to a word is Similarity of the two.
func TestAnchor(t *testing.T) {
	e := Default()
	words := []string{"promised", "vowed", "stadium", "Élysée", "PARIS", "zzqx", ""}
	for _, a := range words {
		anchor := e.Anchor(a)
		for _, b := range words {
			gs, gok := anchor.Similarity(b)
			ws, wok := e.Similarity(a, b)
			if gs != ws || gok != wok {
				t.Errorf("Anchor(%q).Similarity(%q) = %v, %v; Similarity %v, %v", a, b, gs, gok, ws, wok)
			}
		}
	}
}
