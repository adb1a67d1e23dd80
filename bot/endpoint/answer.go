package endpoint

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/summitbot/summitbot/bot/deliver"
)

// result is what a Responder returned.
type result struct {
	resp *discordgo.InteractionResponse
	err  error
}

// answer asks the responder and writes its response if it is ready within
// DeferAfter; otherwise it defers (commands and buttons) and delivers the
// answer over REST when it comes, as the one delivery policy (package
// deliver) says, or gives no choices (autocomplete, which Discord does not
// let us defer). It returns the outcome for the metrics.
func (s *Server) answer(w http.ResponseWriter, r *http.Request, i *discordgo.Interaction, rsp Responder) string {
	// The work outlives the HTTP request when deferred, so it must not end
	// with it; the token's lifetime is one deadline for the work and its
	// delivery.
	deadline := deliver.Deadline(time.Now())
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
	private := false
	if p, ok := rsp.(Privacy); ok {
		private = p.Private(i)
	}
	deferral, ok := deliver.Deferral(i, private)
	if !ok {
		cancel()
		writeJSON(w, json.RawMessage(noChoices))
		return outcomeTimeout
	}
	writeJSON(w, deferral)
	s.bg.Add(1)
	go func() {
		defer s.bg.Done()
		res := <-done
		dctx, dcancel := context.WithDeadline(context.WithoutCancel(r.Context()), deadline)
		defer dcancel()
		outcome := outcomeOK
		if err := s.deliver(dctx, i, deferral, res); err != nil {
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

// deliver sends a deferred interaction its answer, or the apology if the
// responder failed.
func (s *Server) deliver(ctx context.Context, i *discordgo.Interaction, deferral *discordgo.InteractionResponse, res result) error {
	if s.opts.Editor == nil {
		return errors.New("deliver: no editor configured")
	}
	final := res.resp
	if res.err != nil {
		s.log.Error("interaction: responder failed after deferring", "id", i.ID, "err", res.err)
		final = deliver.ApologyResponse()
	}
	return s.opts.Delivery.Deliver(ctx, s.opts.Editor, i, deferral, final)
}
