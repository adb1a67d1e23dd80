package endpoint

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/bwmarrin/discordgo"
)

// result is what a Responder returned.
type result struct {
	resp *discordgo.InteractionResponse
	err  error
}

// answer asks the responder and writes its response if it is ready within
// DeferAfter; otherwise it defers (commands and buttons) and delivers the
// answer over REST when it comes, or gives no choices (autocomplete, which
// Discord does not let us defer). It returns the outcome for the metrics.
func (s *Server) answer(w http.ResponseWriter, r *http.Request, i *discordgo.Interaction, rsp Responder) string {
	// The work outlives the HTTP request when deferred, so it must not end
	// with it; Discord accepts edits for 15 minutes from the interaction,
	// one deadline for the work and its delivery.
	deadline := time.Now().Add(editWindow)
	ctx, cancel := context.WithDeadline(context.WithoutCancel(r.Context()), deadline)
	done := make(chan result, 1)
	s.bg.Add(1)
	go func() {
		defer s.bg.Done()
		defer cancel()
		done <- s.call(ctx, rsp, i)
	}()

	select {
	case res := <-done:
		return s.write(w, i, res)
	case <-s.opts.After(s.opts.DeferAfter):
	}
	if i.Type == discordgo.InteractionApplicationCommandAutocomplete {
		cancel()
		writeJSON(w, json.RawMessage(noChoices))
		return outcomeTimeout
	}
	deferred := discordgo.InteractionResponseDeferredChannelMessageWithSource
	if i.Type == discordgo.InteractionMessageComponent {
		deferred = discordgo.InteractionResponseDeferredMessageUpdate
	}
	writeJSON(w, &discordgo.InteractionResponse{Type: deferred})
	s.bg.Add(1)
	go func() {
		defer s.bg.Done()
		res := <-done
		dctx, dcancel := context.WithDeadline(context.WithoutCancel(r.Context()), deadline)
		defer dcancel()
		outcome := outcomeOK
		if err := s.deliver(dctx, i, deferred, res); err != nil {
			outcome = outcomeError
			s.log.Error("interaction: deferred answer not delivered", "id", i.ID, "err", err)
		}
		s.metrics.deliveries.WithLabelValues(outcome).Inc()
	}()
	return outcomeDeferred
}

// noChoices is an autocomplete result with no choices. (discordgo's
// InteractionResponseData omits an empty choices list.)
const noChoices = `{"type":8,"data":{"choices":[]}}`

// call runs the responder, turning a panic into an error.
func (s *Server) call(ctx context.Context, rsp Responder, i *discordgo.Interaction) (res result) {
	defer func() {
		if p := recover(); p != nil {
			res = result{err: fmt.Errorf("endpoint: responder panicked: %v", p)}
		}
	}()
	resp, err := rsp.Respond(ctx, i)
	if err == nil && resp == nil {
		err = errors.New("endpoint: responder returned no response")
	}
	return result{resp, err}
}

// write answers the HTTP request with a responder's result.
func (s *Server) write(w http.ResponseWriter, i *discordgo.Interaction, res result) string {
	if res.err != nil {
		if s.unknown(res.err) {
			writeStatus(w, http.StatusBadRequest)
			return outcomeUnknown
		}
		s.log.Error("interaction: responder failed", "id", i.ID, "err", res.err)
		writeStatus(w, http.StatusInternalServerError)
		return outcomeError
	}
	writeJSON(w, res.resp)
	return outcomeOK
}

func (s *Server) unknown(err error) bool {
	return errors.Is(err, ErrUnknown) || (s.opts.IsUnknown != nil && s.opts.IsUnknown(err))
}

// apology replaces an answer that failed after the interaction was deferred.
const apology = "Sorry, something went wrong while answering. Please try again."

// deliver sends a deferred interaction its answer: an edit of the original
// response, or a follow-up message where the answer is a new message after a
// button (or is shown only to the asker, which an edit cannot change).
func (s *Server) deliver(ctx context.Context, i *discordgo.Interaction, deferred discordgo.InteractionResponseType, res result) error {
	if s.opts.Editor == nil {
		return errors.New("deliver: no editor configured")
	}
	if res.err != nil {
		s.log.Error("interaction: responder failed after deferring", "id", i.ID, "err", res.err)
		res.resp = &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{Content: apology, Flags: discordgo.MessageFlagsEphemeral},
		}
	}
	if res.resp.Data == nil {
		return fmt.Errorf("deliver: response type %d has no data", res.resp.Type)
	}
	d := res.resp.Data
	ephemeral := d.Flags&discordgo.MessageFlagsEphemeral != 0
	switch {
	case res.resp.Type == discordgo.InteractionResponseUpdateMessage,
		res.resp.Type == discordgo.InteractionResponseChannelMessageWithSource &&
			deferred == discordgo.InteractionResponseDeferredChannelMessageWithSource && !ephemeral:
		return s.opts.Editor.EditOriginal(ctx, i, editOf(d))
	case res.resp.Type == discordgo.InteractionResponseChannelMessageWithSource:
		if deferred == discordgo.InteractionResponseDeferredChannelMessageWithSource {
			// The deferred reply is public; only a follow-up can be ephemeral.
			if err := s.opts.Editor.DeleteOriginal(ctx, i); err != nil {
				return fmt.Errorf("deliver: %w", err)
			}
		}
		return s.opts.Editor.Followup(ctx, i, followupOf(d))
	}
	return fmt.Errorf("deliver: cannot deliver response type %d", res.resp.Type)
}

// editOf is the edit of a message that makes it show d.
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
		AllowedMentions: d.AllowedMentions,
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
		AllowedMentions: d.AllowedMentions,
		Flags:           d.Flags,
	}
}
