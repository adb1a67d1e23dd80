// kindSpec: what each kind of question does differently from the default.

package qa

// A kindSpec is what one kind of question does differently from the
// others, in one place: how a passage is scored for holding the kind of
// thing asked for, how the short answer is cut from it, and how the rest of
// the engine treats that answer. A kind without a span of its own (what,
// why, how, yes/no) answers with the clause the question's words lead to
// (spanOther); "why" and "how" score by the reason or means a passage
// gives (reasonrank.go), and a yes/no question of what is to come or of
// the present by the tense that says so (typeYesNo); other yes/no
// questions score every passage alike. The kinds with answers of their own (overviews, lists,
// articles' facts, definitions, verdicts, reasons) are gathered in
// kinds.go.
type kindSpec struct {
	// typeScore is how well a passage holds the kind of thing asked for:
	// 1 for a date to a "when", down to 0 (answertype.go, type*.go)
	typeScore func(e *Engine, q *question, c *cand) float64
	// span cuts the short answer from a passage, near the question's
	// words (anchors.go), each kind's reader in its own file (when.go, where.go, …)
	span func(e *Engine, q *question, c *cand, anchors []span) span
	// typed: a passage nearly as well matched that holds the kind of
	// thing asked for goes before one that does not (decide.go)
	typed bool
	// needsType: a passage without the kind of thing asked for does not
	// answer, whatever else it matches ("when" and no date)
	needsType bool
	// figure: articles may give the answer differently ("35 countries",
	// "more than 35 officials"), and corroboration says so (corroborate.go)
	figure bool
}

// kindSpecs are the kinds with behaviour of their own. Set in init, as the
// functions they hold reach kindSpecs again (typeWhat cuts a span).
var kindSpecs map[Kind]kindSpec

func init() {
	kindSpecs = map[Kind]kindSpec{
		KindWho:     {typeScore: (*Engine).typeWho, span: (*Engine).spanWho, typed: true},
		KindWhere:   {typeScore: (*Engine).typeWhere, span: (*Engine).spanWhere, typed: true},
		KindWhen:    {typeScore: (*Engine).typeWhen, span: (*Engine).spanWhen, typed: true, needsType: true, figure: true},
		KindHowMany: {typeScore: (*Engine).typeHowMany, span: (*Engine).spanHowMany, typed: true, needsType: true, figure: true},
		KindHowLong: {typeScore: (*Engine).typeHowLong, span: (*Engine).spanHowLong, typed: true, needsType: true},
		KindSaid:    {typeScore: (*Engine).typeSaid, span: (*Engine).spanSaid, typed: true, needsType: true},
		KindWhat:    {typeScore: (*Engine).typeWhat},
		KindWhy:     {typeScore: (*Engine).typeReason},
		KindHow:     {typeScore: (*Engine).typeReason},
		KindYesNo:   {typeScore: (*Engine).typeYesNo},
	}
}

// specOf returns what kind k does differently; the zero kindSpec for a
// kind with nothing of its own.
func specOf(k Kind) kindSpec { return kindSpecs[k] }
