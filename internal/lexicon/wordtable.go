package lexicon

// A wordTable numbers words kept as spans of one string, found by open
// addressing. It holds no pointer per word, as a map[string] does: the
// garbage collector scans a map's every key at every cycle, and the
// tables of the embeddings and the dictionary (80,000 words each) live as
// long as the program, so a long-running bot would pay for them again and
// again. Not safe for concurrent writes; reads once built are.
type wordTable struct {
	all    string   // every word's bytes; word i is all[starts[i] : starts[i]+lens[i]]
	starts []uint32 // by word number
	lens   []uint16
	slots  []int32 // a word's number + 1, 0 for an empty slot
}

// newWordTable returns a table for about n words of all.
func newWordTable(all string, n int) *wordTable {
	size := 16
	for size < 2*n {
		size *= 2
	}
	return &wordTable{
		all:    all,
		starts: make([]uint32, 0, n),
		lens:   make([]uint16, 0, n),
		slots:  make([]int32, size),
	}
}

// word returns word number i.
func (t *wordTable) word(i int) string {
	s := t.starts[i]
	return t.all[s : s+uint32(t.lens[i])]
}

// len returns how many words the table holds.
func (t *wordTable) len() int { return len(t.starts) }

// slot returns the slot that holds w, or the empty one where it would go.
func (t *wordTable) slot(w string) int {
	mask := len(t.slots) - 1
	k := int(hash(w)) & mask
	for {
		n := t.slots[k]
		if n == 0 || t.word(int(n-1)) == w {
			return k
		}
		k = (k + 1) & mask
	}
}

// find returns w's number.
func (t *wordTable) find(w string) (int, bool) {
	n := t.slots[t.slot(w)]
	return int(n) - 1, n != 0
}

// add numbers all[start:end] next, unless the table holds it already
// (false) or it is longer than 65,535 bytes (false). The table grows as it
// fills past half.
func (t *wordTable) add(start, end int) bool {
	if end-start > 0xffff || start < 0 || end > len(t.all) || start > end {
		return false
	}
	w := t.all[start:end]
	k := t.slot(w)
	if t.slots[k] != 0 {
		return false
	}
	t.starts = append(t.starts, uint32(start))
	t.lens = append(t.lens, uint16(end-start))
	t.slots[k] = int32(len(t.starts))
	if 2*len(t.starts) > len(t.slots) {
		t.rehash()
	}
	return true
}

// rehash doubles the slots and places every word again.
func (t *wordTable) rehash() {
	t.slots = make([]int32, 2*len(t.slots))
	for i := range t.starts {
		t.slots[t.slot(t.word(i))] = int32(i + 1)
	}
}

// hash is FNV-1a of w, its high bits folded into the low ones that pick
// a slot.
func hash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	return h ^ h>>16
}
