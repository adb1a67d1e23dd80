package bot

import (
	"context"
	"errors"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Outcome is how the Handler dealt with one interaction or message: logged
// as "outcome" and passed to Options.Observe.
type Outcome string

// The outcomes.
const (
	OutcomePing         Outcome = "ping"         // a PING, answered with a PONG
	OutcomeAnswered     Outcome = "answered"     // a question the articles answer
	OutcomeNotAnswered  Outcome = "not_answered" // a question they do not: the nearest miss
	OutcomeSmallTalk    Outcome = "small_talk"   // a greeting, thanks, a question about the bot or a task it does not do: a reply in kind
	OutcomeQuotes       Outcome = "quotes"       // quotations found
	OutcomeNoQuotes     Outcome = "no_quotes"    // no quotation matches
	OutcomeSources      Outcome = "sources"      // the article list
	OutcomeHelp         Outcome = "help"         // what the bot can do
	OutcomeForm         Outcome = "form"         // the follow-up form, to fill in
	OutcomeAutocomplete Outcome = "autocomplete" // speaker choices
	OutcomeInvalid      Outcome = "invalid"      // a question or look-up the engine refused
	OutcomeStale        Outcome = "stale"        // a button whose question cannot be recovered
	OutcomeUnknown      Outcome = "unknown"      // no such command, button or interaction type
	OutcomeCooldown     Outcome = "cooldown"     // turned away by the per-user cooldown
	OutcomeBusy         Outcome = "busy"         // turned away by the bound on concurrent work
	OutcomeTimeout      Outcome = "timeout"      // the engine ran out of time: an apology
	OutcomeError        Outcome = "error"        // the engine failed: an apology
	OutcomePanic        Outcome = "panic"        // a recovered panic: an apology
)

// outcome is how handling went, for the log and Options.Observe.
type outcome struct {
	name   Outcome
	qlen   int   // length of the question or look-up, in bytes
	detail error // an internal error, logged, never shown
}

// errorOutcome turns an unexpected error into an apology and an outcome.
func errorOutcome(err error, qlen int) (reply, outcome) {
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return notice(msgApology), outcome{name: OutcomeTimeout, qlen: qlen, detail: err}
	}
	return notice(msgApology), outcome{name: OutcomeError, qlen: qlen, detail: err}
}

func (h *Handler) recordInteraction(i *discordgo.Interaction, out outcome, latency time.Duration) {
	var attrs []any
	if i != nil {
		attrs = []any{"interaction", i.ID, "user", userID(i), "type", int(i.Type)}
	}
	h.record("interaction", attrs, out, latency)
}

// record logs how handling went (an error for a panic, a warning for an
// internal error, else information) and tells Options.Observe.
func (h *Handler) record(msg string, attrs []any, out outcome, latency time.Duration) {
	attrs = append(attrs, "outcome", string(out.name), "question_len", out.qlen, "latency", latency)
	switch {
	case out.name == OutcomePanic:
		h.log.Error(msg, append(attrs, "err", out.detail)...)
	case out.detail != nil:
		h.log.Warn(msg, append(attrs, "err", out.detail)...)
	default:
		h.log.Info(msg, attrs...)
	}
	if h.observe != nil {
		h.observe(out.name)
	}
}
