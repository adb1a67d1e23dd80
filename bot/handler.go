package bot

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"runtime/debug"
	"strconv"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/summitbot/summitbot/bot/deliver"
	"github.com/summitbot/summitbot/internal/qa"
)

// Options tune a Handler. The zero value is usable: no cooldown, a bound of
// 8 concurrent answers, logs discarded, the real clock.
type Options struct {
	// CooldownQuestions questions per CooldownWindow are allowed per user;
	// zero in either turns the cooldown off.
	CooldownQuestions int
	CooldownWindow    time.Duration
	// MaxConcurrent bounds questions answered at once; more are turned away
	// with a polite message. Zero means 8.
	MaxConcurrent int
	Logger        *slog.Logger
	// Now is the clock, for tests; nil means time.Now.
	Now func() time.Time
	// Observe, if not nil, is called once for every interaction and message
	// the Handler deals with, with its outcome, after it is logged (for
	// metrics such as cooldown hits). It must be safe for concurrent use.
	Observe func(Outcome)
}

// Handler answers Discord interactions and messages from an Answerer.
type Handler struct {
	a        Answerer
	log      *slog.Logger
	now      func() time.Time
	observe  func(Outcome)
	cooldown *cooldown
	gate     gate
}

// NewHandler returns a Handler answering from a.
func NewHandler(a Answerer, opts Options) *Handler {
	if opts.MaxConcurrent <= 0 {
		opts.MaxConcurrent = 8
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	return &Handler{
		a:        a,
		log:      opts.Logger,
		now:      opts.Now,
		observe:  opts.Observe,
		cooldown: newCooldown(opts.CooldownQuestions, opts.CooldownWindow),
		gate:     make(gate, opts.MaxConcurrent),
	}
}

// The words for users when the bot cannot answer.
const (
	msgApology = deliver.Apology
	msgBusy    = "I'm answering a lot of questions right now. Please try again in a moment."
	msgUnknown = "Sorry, I don't know that command or button. Try /help."
)

// Respond turns an interaction (slash command, autocomplete, button) into
// its response. It applies the per-user cooldown and the bound on concurrent
// work, and recovers a panic into an apology. It returns an error wrapping
// ErrUnknownInteraction for an interaction it does not handle; any other
// trouble becomes a polite response, with the details only in the log.
func (h *Handler) Respond(ctx context.Context, i *discordgo.Interaction) (resp *discordgo.InteractionResponse, err error) {
	start := h.now()
	var out outcome
	defer func() {
		if p := recover(); p != nil {
			out = outcome{name: OutcomePanic, qlen: out.qlen, detail: panicError(p)}
			resp, err = notice(msgApology).response(), nil
		}
		h.recordInteraction(i, out, h.now().Sub(start))
	}()
	if i == nil {
		out.name = OutcomeUnknown
		return nil, fmt.Errorf("bot: no interaction: %w", ErrUnknownInteraction)
	}
	var r reply
	switch i.Type {
	case discordgo.InteractionPing:
		out.name = OutcomePing
		return &discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong}, nil
	case discordgo.InteractionApplicationCommand:
		if form, o, ok := h.followUpForm(i); ok {
			out = o
			return form, nil
		}
		r, out, err = h.command(ctx, i)
	case discordgo.InteractionModalSubmit:
		r, out, err = h.followUpSubmit(ctx, i)
	case discordgo.InteractionApplicationCommandAutocomplete:
		resp, out = h.autocomplete(i)
		return resp, nil
	case discordgo.InteractionMessageComponent:
		r, out, err = h.component(ctx, i)
	default:
		out.name = OutcomeUnknown
		err = fmt.Errorf("bot: interaction type %d: %w", i.Type, ErrUnknownInteraction)
	}
	if err != nil {
		return nil, err
	}
	return r.response(), nil
}

// userID is the id of whoever caused the interaction, in a server or a DM.
func userID(i *discordgo.Interaction) string {
	switch {
	case i.Member != nil && i.Member.User != nil:
		return i.Member.User.ID
	case i.User != nil:
		return i.User.ID
	}
	return ""
}

// admit applies the cooldown and takes a place in the gate; when it returns
// ok, the caller must call h.gate.leave.
func (h *Handler) admit(user string) (reply, Outcome, bool) {
	if ok, wait := h.cooldown.allow(user, h.now()); !ok {
		secs := int(math.Ceil(wait.Seconds()))
		return notice("You're asking quickly. Please wait " + strconv.Itoa(max(secs, 1)) + " s and try again."), OutcomeCooldown, false
	}
	if !h.gate.enter() {
		return notice(msgBusy), OutcomeBusy, false
	}
	return reply{}, "", true
}

// response is the interaction response carrying r: a message, with no
// mention parsed.
func (r reply) response() *discordgo.InteractionResponse {
	d := &discordgo.InteractionResponseData{
		Content:         r.content,
		Embeds:          r.embeds,
		Components:      r.components,
		AllowedMentions: noMentions(),
	}
	if d.Embeds == nil {
		d.Embeds = []*discordgo.MessageEmbed{}
	}
	if d.Components == nil {
		d.Components = []discordgo.MessageComponent{}
	}
	if r.ephemeral {
		d.Flags = discordgo.MessageFlagsEphemeral
	}
	return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: d}
}

// noMentions is allowed_mentions with an explicit empty parse list: nobody
// is pinged (discordgo's zero value would send null, which parses all).
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

// panicError describes a recovered panic with its stack, for the log only.
func panicError(p any) error {
	return fmt.Errorf("panic: %v\n%s", p, debug.Stack())
}

// inputProblem is the asker-facing reason an input was refused.
func inputProblem(err error) string {
	msg := "it is not a question I can read"
	if ie, ok := errors.AsType[*qa.InputError](err); ok {
		msg = ie.Reason
	}
	return "I can't take that: " + msg + "."
}
