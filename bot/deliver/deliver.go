// Package deliver is the one policy both front ends (the gateway bot and the
// HTTP interactions endpoint) follow to get an interaction's answer to
// Discord when it is not ready at once: defer it the way Discord's
// documentation says for its kind, then, within the interaction token's
// lifetime, edit the original response or send a follow-up, retrying what
// Discord refuses with a 5xx or what the network loses (Policy.Do, which the
// gateway bot's replies to messages use too).
//
// It decides and sends; it neither logs nor starts goroutines: the front ends
// own those.
package deliver

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/bwmarrin/discordgo"
)

// TokenWindow is how long an interaction token stays usable for edits and
// follow-ups after Discord sends the interaction: 15 minutes. Work and
// delivery for one interaction share one deadline, the receipt plus this.
const TokenWindow = 15 * time.Minute

// Apology is what an asker reads in place of an answer that failed.
const Apology = "Sorry, something went wrong while answering. Please try again in a moment."

// Deadline is when the token of an interaction received at received stops
// being usable.
func Deadline(received time.Time) time.Time { return received.Add(TokenWindow) }

// ApologyResponse is the response sent in place of an answer that failed:
// the apology, shown only to the asker.
func ApologyResponse() *discordgo.InteractionResponse {
	return &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Content: Apology, Flags: discordgo.MessageFlagsEphemeral},
	}
}

// Deferral is the response that defers an interaction, and false for one
// that cannot be deferred (autocomplete, which answers with choices at once
// or not at all). A button or select menu is deferred as
// DEFERRED_UPDATE_MESSAGE (type 6): no "thinking" placeholder, and the
// original response is then the message the component is on, so an answer
// that updates it is an edit and a new message is a follow-up. A command is
// deferred as DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE (type 5), a placeholder
// shown only to the asker when ephemeral says the answer will be.
func Deferral(i *discordgo.Interaction, ephemeral bool) (*discordgo.InteractionResponse, bool) {
	if i == nil {
		return nil, false
	}
	switch i.Type {
	case discordgo.InteractionApplicationCommandAutocomplete, discordgo.InteractionPing:
		return nil, false
	case discordgo.InteractionMessageComponent:
		return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredMessageUpdate}, true
	}
	r := &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource}
	if ephemeral {
		r.Data = &discordgo.InteractionResponseData{Flags: discordgo.MessageFlagsEphemeral}
	}
	return r, true
}

// A Step is one request that delivers a deferred answer.
type Step string

// The steps Plan chooses from.
const (
	Edit     Step = "edit"     // PATCH the original response
	Delete   Step = "delete"   // DELETE the original response
	Followup Step = "followup" // POST a follow-up message
)

// Plan returns the requests that deliver final after deferral: an answer
// that updates a component's message, or a message after a command whose
// placeholder is as public or private as it, edits the original response; a
// message after a component is a follow-up; a private message after a public
// placeholder deletes the placeholder and follows up (an edit cannot make a
// message private). A public message after a private placeholder stays
// private, as an edit. Other responses (a modal, a pong) cannot follow a
// deferral.
func Plan(deferral, final *discordgo.InteractionResponse) ([]Step, error) {
	if deferral == nil || final == nil {
		return nil, errors.New("deliver: plan: no response")
	}
	if final.Data == nil {
		return nil, fmt.Errorf("deliver: response type %d has no data", final.Type)
	}
	switch {
	case final.Type == discordgo.InteractionResponseUpdateMessage:
		return []Step{Edit}, nil
	case final.Type != discordgo.InteractionResponseChannelMessageWithSource:
	case deferral.Type == discordgo.InteractionResponseDeferredMessageUpdate:
		return []Step{Followup}, nil
	case deferral.Type == discordgo.InteractionResponseDeferredChannelMessageWithSource:
		if isEphemeral(final.Data) && (deferral.Data == nil || !isEphemeral(deferral.Data)) {
			return []Step{Delete, Followup}, nil
		}
		return []Step{Edit}, nil
	}
	return nil, fmt.Errorf("deliver: cannot deliver response type %d after deferral type %d", final.Type, deferral.Type)
}

func isEphemeral(d *discordgo.InteractionResponseData) bool {
	return d.Flags&discordgo.MessageFlagsEphemeral != 0
}

// Editor sends the requests of a Plan; Session is one over discordgo, and
// tests may count or fail requests.
type Editor interface {
	EditOriginal(ctx context.Context, i *discordgo.Interaction, edit *discordgo.WebhookEdit) error
	DeleteOriginal(ctx context.Context, i *discordgo.Interaction) error
	Followup(ctx context.Context, i *discordgo.Interaction, msg *discordgo.WebhookParams) error
}

// Policy delivers deferred answers and retries what Discord refuses with a
// 5xx; its zero value is the default policy.
type Policy struct {
	// Retries bounds the retries of one request; zero means DefaultRetries.
	Retries int
	// Wait is the wait before the first retry, doubled before each next;
	// zero means DefaultWait.
	Wait time.Duration
	// Sleep waits d or until ctx is done; nil means a timer. Tests make it
	// instant.
	Sleep func(ctx context.Context, d time.Duration) error
}

// Deliver sends final, the answer to i after it was deferred with deferral,
// through e: each step of Plan, retried as Do says, within ctx, whose
// deadline should be the token's (see Deadline). A failed delete does not stop the follow-up that
// carries the answer; the first error is returned.
func (p Policy) Deliver(ctx context.Context, e Editor, i *discordgo.Interaction, deferral, final *discordgo.InteractionResponse) error {
	steps, err := Plan(deferral, final)
	if err != nil {
		return err
	}
	d := final.Data
	var first error
	for _, s := range steps {
		var err error
		switch s {
		case Edit:
			err = p.Do(ctx, func(ctx context.Context) error { return e.EditOriginal(ctx, i, editOf(d)) })
		case Delete:
			err = p.Do(ctx, func(ctx context.Context) error { return e.DeleteOriginal(ctx, i) })
		case Followup:
			err = p.Do(ctx, func(ctx context.Context) error { return e.Followup(ctx, i, followupOf(d)) })
		}
		if err != nil && first == nil {
			first = fmt.Errorf("deliver: %s: %w", s, err)
		}
	}
	return first
}

// editOf is the edit of a message that makes it show d, pinging nobody
// unless d says whom.
func editOf(d *discordgo.InteractionResponseData) *discordgo.WebhookEdit {
	content := d.Content
	components := d.Components
	if components == nil {
		components = []discordgo.MessageComponent{}
	}
	embeds := d.Embeds
	if embeds == nil {
		embeds = []*discordgo.MessageEmbed{}
	}
	return &discordgo.WebhookEdit{
		Content:         &content,
		Components:      &components,
		Embeds:          &embeds,
		AllowedMentions: mentions(d),
	}
}

// followupOf is the follow-up message that shows d.
func followupOf(d *discordgo.InteractionResponseData) *discordgo.WebhookParams {
	components := d.Components
	if components == nil {
		components = []discordgo.MessageComponent{}
	}
	return &discordgo.WebhookParams{
		Content:         d.Content,
		Components:      components,
		Embeds:          d.Embeds,
		AllowedMentions: mentions(d),
		Flags:           d.Flags,
	}
}

// mentions is d's allowed mentions, or none: discordgo's nil would send
// null, which lets Discord ping everyone named.
func mentions(d *discordgo.InteractionResponseData) *discordgo.MessageAllowedMentions {
	if d.AllowedMentions != nil {
		return d.AllowedMentions
	}
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}
