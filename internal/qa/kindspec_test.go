package qa

import (
	"strings"
	"testing"
)

// TestKindSpecs: the table is consistent: a kind that needs its type or
// compares figures has a type and a span of its own; and a typed kind ranks a passage with its type above one
// without.
func TestKindSpecs(t *testing.T) {
	for k, s := range kindSpecs {
		if (s.typed || s.needsType || s.figure) && (s.typeScore == nil || s.span == nil) {
			t.Errorf("kind %q: typed, needsType or figure without its own typeScore and span", k)
		}
		if s.needsType && !s.typed {
			t.Errorf("kind %q needs its type but does not put typed passages first", k)
		}
	}
	e := testEngine(t)
	for _, tc := range []struct{ question, typed, untyped string }{
		{"When did the talks end?", "The talks ended on Tuesday.", "The talks ended well."},
		{"How many tents arrived?", "Some 40 tents arrived.", "Tents arrived."},
		{"How long will the force stay?", "The force will stay for 15 years.", "The force will stay."},
	} {
		q := e.analyse(tc.question)
		if !specOf(q.kind).typed {
			t.Fatalf("%q: kind %q not typed", tc.question, q.kind)
		}
		if a, b := e.typeScore(&q, candOf(e, tc.typed)), e.typeScore(&q, candOf(e, tc.untyped)); a <= b {
			t.Errorf("%q: typeScore(%q) = %.2f, not above %.2f for %q", tc.question, tc.typed, a, b, tc.untyped)
		}
	}
}

// TestCueSectionsOnce: every section of kinds.txt is declared once. Two
// sections of one name are read as one list, so a rule reading either
// would take the other's words too (as [request-words], the chat's "tell
// me more", once did with the verbs of asking another to act).
func TestCueSectionsOnce(t *testing.T) {
	seen := map[string]int{}
	for n, line := range strings.Split(kindsList, "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "[") || !strings.HasSuffix(line, "]") {
			continue
		}
		if at, ok := seen[line]; ok {
			t.Errorf("kinds.txt line %d: %s declared again (first at line %d)", n+1, line, at)
		}
		seen[line] = n + 1
	}
}
