package bot

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
)

// result is what Respond returned.
type result struct {
	resp *discordgo.InteractionResponse
	err  error
}

// interaction answers an interaction in its own goroutine, within Discord's
// deadline: directly when the response is ready within deferAfter of
// receipt; otherwise it defers (callback type 5) and edits the original
// response when ready, within the token's 15 minutes.
func (g *gateway) interaction(ctx context.Context, s *discordgo.Session, i *discordgo.Interaction) {
	received := time.Now()
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		ctx, cancel := context.WithTimeout(ctx, tokenWindow)
		defer cancel()
		done := make(chan result, 1)
		go func() {
			resp, err := g.h.Respond(ctx, i)
			done <- result{resp, err}
		}()
		if i.Type == discordgo.InteractionApplicationCommandAutocomplete {
			// Autocomplete cannot be deferred; it answers from memory.
			g.respond(ctx, s, i, <-done)
			return
		}
		timer := time.NewTimer(g.deferAfter - time.Since(received))
		defer timer.Stop()
		select {
		case res := <-done:
			g.respond(ctx, s, i, res)
			return
		case <-timer.C:
		}
		deferred := &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource}
		ephemeral := willBeEphemeral(i)
		if ephemeral {
			deferred.Data = &discordgo.InteractionResponseData{Flags: discordgo.MessageFlagsEphemeral}
		}
		if err := s.InteractionRespond(i, deferred, discordgo.WithContext(ctx)); err != nil {
			g.log.Warn("defer interaction", "interaction", i.ID, "err", err)
			<-done
			return
		}
		g.log.Info("deferred", "interaction", i.ID, "after", time.Since(received))
		g.edit(ctx, s, i, <-done, ephemeral)
	}()
}

// willBeEphemeral reports whether the response to i is always shown only to
// its user ("More passages", "Sources"), so that a deferral can say so.
func willBeEphemeral(i *discordgo.Interaction) bool {
	if c, ok := i.Data.(discordgo.ApplicationCommandInteractionData); ok {
		return c.Name == cmdCheck // a check is first shown only to its user
	}
	d, ok := i.Data.(discordgo.MessageComponentInteractionData)
	return ok && (d.CustomID == idSources || strings.HasPrefix(d.CustomID, idMore))
}

// final is the response to send for a result: Respond's, or a notice for an
// interaction it does not handle.
func final(res result) *discordgo.InteractionResponse {
	if res.err == nil && res.resp != nil {
		return res.resp
	}
	if errors.Is(res.err, ErrUnknownInteraction) {
		return notice(msgUnknown).response()
	}
	return notice(msgApology).response()
}

func (g *gateway) respond(ctx context.Context, s *discordgo.Session, i *discordgo.Interaction, res result) {
	if res.err != nil {
		g.log.Warn("interaction not handled", "interaction", i.ID, "err", res.err)
	}
	if err := s.InteractionRespond(i, final(res), discordgo.WithContext(ctx)); err != nil {
		g.log.Warn("respond to interaction", "interaction", i.ID, "err", err)
	}
}

// edit replaces a deferred response with the real one. An ephemeral response
// to a public deferral cannot be made private by an edit, so the public
// placeholder is deleted and the response sent as an ephemeral follow-up.
func (g *gateway) edit(ctx context.Context, s *discordgo.Session, i *discordgo.Interaction, res result, deferredEphemeral bool) {
	if res.err != nil {
		g.log.Warn("interaction not handled", "interaction", i.ID, "err", res.err)
	}
	d := final(res).Data
	if d == nil {
		d = &discordgo.InteractionResponseData{}
	}
	private := d.Flags&discordgo.MessageFlagsEphemeral != 0
	if private && !deferredEphemeral {
		if err := s.InteractionResponseDelete(i, discordgo.WithContext(ctx)); err != nil {
			g.log.Warn("delete deferred response", "interaction", i.ID, "err", err)
		}
		p := &discordgo.WebhookParams{Content: d.Content, Embeds: d.Embeds, Components: d.Components,
			AllowedMentions: noMentions(), Flags: discordgo.MessageFlagsEphemeral}
		if _, err := s.FollowupMessageCreate(i, true, p, discordgo.WithContext(ctx)); err != nil {
			g.log.Warn("follow up interaction", "interaction", i.ID, "err", err)
		}
		return
	}
	content := d.Content
	e := &discordgo.WebhookEdit{Content: &content, Embeds: &d.Embeds, Components: &d.Components, AllowedMentions: noMentions()}
	if _, err := s.InteractionResponseEdit(i, e, discordgo.WithContext(ctx)); err != nil {
		g.log.Warn("edit deferred response", "interaction", i.ID, "err", err)
	}
}
