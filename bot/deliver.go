package bot

import (
	"context"
	"errors"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/summitbot/summitbot/bot/deliver"
)

// result is what Respond returned.
type result struct {
	resp *discordgo.InteractionResponse
	err  error
}

// interaction answers an interaction in its own goroutine, within Discord's
// deadline: directly when the response is ready within deferAfter of
// receipt; otherwise it defers and delivers the response when ready, as the
// one delivery policy (package deliver) says, within the token's lifetime.
func (g *gateway) interaction(ctx context.Context, s *discordgo.Session, i *discordgo.Interaction) {
	received := time.Now()
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		ctx, cancel := context.WithDeadline(ctx, deliver.Deadline(received))
		defer cancel()
		done := make(chan result, 1)
		go func() {
			resp, err := g.h.Respond(ctx, i)
			done <- result{resp, err}
		}()
		deferral, ok := deliver.Deferral(i, g.h.Private(i))
		if !ok {
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
		if err := s.InteractionRespond(i, deferral, discordgo.WithContext(ctx)); err != nil {
			g.log.Warn("defer interaction", "interaction", i.ID, "err", err)
			<-done
			return
		}
		g.log.Info("deferred", "interaction", i.ID, "after", time.Since(received))
		res := <-done
		if res.err != nil {
			g.log.Warn("interaction not handled", "interaction", i.ID, "err", res.err)
		}
		if err := g.delivery.Deliver(ctx, deliver.Session{S: s}, i, deferral, final(res)); err != nil {
			g.log.Warn("deliver deferred response", "interaction", i.ID, "err", err)
		}
	}()
}

// Private reports whether the answer to a command is first shown only to
// its user (a check), so that its deferral can say so (see
// deliver.Deferral); the HTTP endpoint asks it too. A component's deferral
// shows nothing, so it need not know.
func (h *Handler) Private(i *discordgo.Interaction) bool {
	c, ok := i.Data.(discordgo.ApplicationCommandInteractionData)
	return ok && c.Name == cmdCheck
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
