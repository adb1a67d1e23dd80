package deliver

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// TestPolicy is the one table of how both front ends defer an interaction
// and deliver its late answer.
func TestPolicy(t *testing.T) {
	public := &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Content: "answer"}}
	private := &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Content: "only you", Flags: discordgo.MessageFlagsEphemeral}}
	update := &discordgo.InteractionResponse{Type: discordgo.InteractionResponseUpdateMessage,
		Data: &discordgo.InteractionResponseData{Content: "page 2"}}
	modal := &discordgo.InteractionResponse{Type: discordgo.InteractionResponseModal,
		Data: &discordgo.InteractionResponseData{CustomID: "form"}}
	command, button := discordgo.InteractionApplicationCommand, discordgo.InteractionMessageComponent
	tests := []struct {
		name      string
		typ       discordgo.InteractionType
		private   bool // the front end's hint: the answer is first shown only to the asker
		final     *discordgo.InteractionResponse
		wantType  discordgo.InteractionResponseType // of the deferral; 0: none
		wantFlags discordgo.MessageFlags            // of the deferral
		wantSteps []Step                            // nil: cannot be delivered
	}{
		{"public answer to a command", command, false, public, 5, 0, []Step{Edit}},
		{"private answer to a public placeholder", command, false, private, 5, 0, []Step{Delete, Followup}},
		{"private answer to a private placeholder (a check)", command, true, private, 5, 64, []Step{Edit}},
		{"public answer to a private placeholder stays private", command, true, public, 5, 64, []Step{Edit}},
		{"apology after a command", command, false, ApologyResponse(), 5, 0, []Step{Delete, Followup}},
		{"new message after a button", button, false, private, 6, 0, []Step{Followup}},
		{"public message after a button", button, false, public, 6, 0, []Step{Followup}},
		{"hint ignored for a button", button, true, private, 6, 0, []Step{Followup}},
		{"button that updates its message", button, false, update, 6, 0, []Step{Edit}},
		{"apology after a button", button, false, ApologyResponse(), 6, 0, []Step{Followup}},
		{"modal after a deferral", command, false, modal, 5, 0, nil},
		{"autocomplete", discordgo.InteractionApplicationCommandAutocomplete, false, public, 0, 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i := &discordgo.Interaction{ID: "1", Type: tt.typ}
			d, ok := Deferral(i, tt.private)
			if tt.wantType == 0 {
				if ok {
					t.Fatalf("Deferral = %+v; want none", d)
				}
				return
			}
			var flags discordgo.MessageFlags
			if d != nil && d.Data != nil {
				flags = d.Data.Flags
			}
			if !ok || d.Type != tt.wantType || flags != tt.wantFlags {
				t.Fatalf("Deferral = %+v, %v; want type %d flags %d", d, ok, tt.wantType, tt.wantFlags)
			}
			steps, err := Plan(d, tt.final)
			if tt.wantSteps == nil {
				if err == nil {
					t.Errorf("Plan = %v; want an error", steps)
				}
				return
			}
			if err != nil || !slices.Equal(steps, tt.wantSteps) {
				t.Errorf("Plan = %v, %v; want %v", steps, err, tt.wantSteps)
			}
			rec := &recorder{}
			if err := (Policy{}).Deliver(context.Background(), rec, i, d, tt.final); err != nil || !slices.Equal(rec.steps, tt.wantSteps) {
				t.Errorf("Deliver sent %v, %v; want %v", rec.steps, err, tt.wantSteps)
			}
		})
	}
}

// TestNothingPanics: missing pieces are refused, not dereferenced.
func TestNothingPanics(t *testing.T) {
	if d, ok := Deferral(nil, true); ok {
		t.Errorf("Deferral(nil) = %+v; want none", d)
	}
	d, _ := Deferral(&discordgo.Interaction{Type: discordgo.InteractionApplicationCommand}, false)
	for _, final := range []*discordgo.InteractionResponse{nil, {Type: discordgo.InteractionResponseChannelMessageWithSource}} {
		if err := (Policy{}).Deliver(context.Background(), &recorder{}, &discordgo.Interaction{}, d, final); err == nil {
			t.Errorf("Deliver(%+v) = nil; want an error", final)
		}
	}
	if _, err := Plan(nil, ApologyResponse()); err == nil {
		t.Error("Plan with no deferral = nil error; want one")
	}
}

func TestDeadline(t *testing.T) {
	at := time.Date(2026, 1, 6, 12, 0, 0, 0, time.UTC)
	if got, want := Deadline(at), at.Add(15*time.Minute); !got.Equal(want) {
		t.Errorf("Deadline(%v) = %v; want %v (Discord's 15-minute token)", at, got, want)
	}
}

// TestDeliverAfterFailedDelete: the answer still follows when the
// placeholder could not be deleted, and the error is reported.
func TestDeliverAfterFailedDelete(t *testing.T) {
	rec := &recorder{fail: map[Step]error{Delete: errors.New("gone")}}
	d, _ := Deferral(&discordgo.Interaction{Type: discordgo.InteractionApplicationCommand}, false)
	err := (Policy{}).Deliver(context.Background(), rec, &discordgo.Interaction{}, d, ApologyResponse())
	if err == nil || !slices.Equal(rec.steps, []Step{Delete, Followup}) {
		t.Errorf("Deliver sent %v, %v; want delete and follow-up, and an error", rec.steps, err)
	}
	if rec.sent.Content != Apology || rec.sent.AllowedMentions == nil {
		t.Errorf("follow-up = %+v; want the apology, pinging nobody", rec.sent)
	}
}

// recorder is an Editor that records the steps it is asked to take.
type recorder struct {
	steps []Step
	fail  map[Step]error // what a step returns
	once  bool           // fail only the first time
	sent  *discordgo.WebhookParams
}

func (r *recorder) result(s Step) error {
	r.steps = append(r.steps, s)
	err := r.fail[s]
	if r.once {
		delete(r.fail, s)
	}
	return err
}

func (r *recorder) EditOriginal(ctx context.Context, i *discordgo.Interaction, e *discordgo.WebhookEdit) error {
	return r.result(Edit)
}

func (r *recorder) DeleteOriginal(ctx context.Context, i *discordgo.Interaction) error {
	return r.result(Delete)
}

func (r *recorder) Followup(ctx context.Context, i *discordgo.Interaction, m *discordgo.WebhookParams) error {
	r.sent = m
	return r.result(Followup)
}
