package endpoint

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Outcomes, the "outcome" label of the requests metric.
const (
	outcomeOK           = "ok"
	outcomeDeferred     = "deferred"
	outcomeTimeout      = "timeout" // autocomplete not ready in time: no choices
	outcomeBadMethod    = "bad_method"
	outcomeTooLarge     = "too_large"
	outcomeBadSignature = "bad_signature"
	outcomeBadRequest   = "bad_request"
	outcomeUnknown      = "unknown"
	outcomeNotReady     = "not_ready"
	outcomeError        = "error"
)

// serveInteraction handles POST /interactions. Every check that looks at
// the body's meaning comes after the signature check, so an unsigned request
// learns nothing but 401.
func (s *Server) serveInteraction(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	kind, outcome := "none", outcomeError
	s.metrics.inflight.Inc()
	defer func() {
		s.metrics.inflight.Dec()
		s.metrics.observe(kind, outcome, time.Since(start))
	}()

	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		outcome = outcomeBadMethod
		writeStatus(w, http.StatusMethodNotAllowed)
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.opts.MaxBody))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			outcome = outcomeTooLarge
			writeStatus(w, http.StatusRequestEntityTooLarge)
			return
		}
		outcome = outcomeBadRequest
		writeStatus(w, http.StatusBadRequest)
		return
	}
	if err := verify(r, body, s.opts.PublicKey, s.opts.Now(), s.opts.MaxSkew); err != nil {
		reason := "signature"
		if errors.Is(err, errStale) {
			reason = "stale"
		}
		s.metrics.signatures.WithLabelValues(reason).Inc()
		outcome = outcomeBadSignature
		writeStatus(w, http.StatusUnauthorized)
		return
	}
	i, err := parse(r.Header.Get("Content-Type"), body)
	if err != nil {
		s.log.Debug("interaction: bad request", "err", err)
		outcome = outcomeBadRequest
		writeStatus(w, http.StatusBadRequest)
		return
	}
	kind = typeName(i.Type)
	if i.Type == discordgo.InteractionPing {
		outcome = outcomeOK
		writeJSON(w, &discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong})
		return
	}
	box := s.responder.Load()
	if box == nil {
		outcome = outcomeNotReady
		w.Header().Set("Retry-After", "5")
		writeStatus(w, http.StatusServiceUnavailable)
		return
	}
	outcome = s.answer(w, r, i, box.r)
	s.log.Info("interaction", "id", i.ID, "type", kind, "user", userID(i),
		"outcome", outcome, "latency", time.Since(start))
}

// parse decodes and checks an interaction: a JSON body of a type the bot
// handles, with the fields it needs.
func parse(contentType string, body []byte) (*discordgo.Interaction, error) {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil || mt != "application/json" {
		return nil, fmt.Errorf("parse: content type %q", contentType)
	}
	var i discordgo.Interaction
	if err := json.Unmarshal(body, &i); err != nil {
		return nil, fmt.Errorf("parse: %w", err)
	}
	if i.ID == "" || i.Token == "" {
		return nil, errors.New("parse: missing id or token")
	}
	switch i.Type {
	case discordgo.InteractionPing:
		return &i, nil
	case discordgo.InteractionApplicationCommand, discordgo.InteractionApplicationCommandAutocomplete:
		d, ok := i.Data.(discordgo.ApplicationCommandInteractionData)
		if !ok || d.Name == "" {
			return nil, errors.New("parse: missing command name")
		}
	case discordgo.InteractionMessageComponent:
		d, ok := i.Data.(discordgo.MessageComponentInteractionData)
		if !ok || d.CustomID == "" {
			return nil, errors.New("parse: missing custom_id")
		}
		if d.ComponentType != discordgo.ButtonComponent {
			return nil, fmt.Errorf("parse: component type %d", d.ComponentType)
		}
	case discordgo.InteractionModalSubmit:
		d, ok := i.Data.(discordgo.ModalSubmitInteractionData)
		if !ok || d.CustomID == "" {
			return nil, errors.New("parse: missing custom_id")
		}
	default:
		return nil, fmt.Errorf("parse: interaction type %d", i.Type)
	}
	if i.AppID == "" || userID(&i) == "" {
		return nil, errors.New("parse: missing application_id or user")
	}
	return &i, nil
}

// userID is who invoked the interaction: the member's user in a server, the
// user in a DM.
func userID(i *discordgo.Interaction) string {
	if i.Member != nil && i.Member.User != nil {
		return i.Member.User.ID
	}
	if i.User != nil {
		return i.User.ID
	}
	return ""
}

// typeName is the "type" label of the metrics.
func typeName(t discordgo.InteractionType) string {
	switch t {
	case discordgo.InteractionPing:
		return "ping"
	case discordgo.InteractionApplicationCommand:
		return "command"
	case discordgo.InteractionApplicationCommandAutocomplete:
		return "autocomplete"
	case discordgo.InteractionMessageComponent:
		return "component"
	case discordgo.InteractionModalSubmit:
		return "modal"
	}
	return "other"
}

// writeStatus answers with a status and no detail.
func writeStatus(w http.ResponseWriter, code int) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(code)
}

// writeJSON answers 200 with v as JSON.
func writeJSON(w http.ResponseWriter, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		writeStatus(w, http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(b)
}
