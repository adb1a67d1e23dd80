package deliver

import (
	"context"
	"fmt"

	"github.com/bwmarrin/discordgo"
)

// Session is an Editor over a discordgo session: interaction webhooks are
// authorised by the interaction's token, so any session will do, even one
// with no bot token.
type Session struct {
	S *discordgo.Session
}

// EditOriginal edits the interaction's original response.
func (s Session) EditOriginal(ctx context.Context, i *discordgo.Interaction, edit *discordgo.WebhookEdit) error {
	if _, err := s.S.InteractionResponseEdit(i, edit, discordgo.WithContext(ctx)); err != nil {
		return fmt.Errorf("edit original: %w", err)
	}
	return nil
}

// DeleteOriginal deletes the interaction's original response.
func (s Session) DeleteOriginal(ctx context.Context, i *discordgo.Interaction) error {
	if err := s.S.InteractionResponseDelete(i, discordgo.WithContext(ctx)); err != nil {
		return fmt.Errorf("delete original: %w", err)
	}
	return nil
}

// Followup sends a follow-up message to the interaction.
func (s Session) Followup(ctx context.Context, i *discordgo.Interaction, msg *discordgo.WebhookParams) error {
	if _, err := s.S.FollowupMessageCreate(i, true, msg, discordgo.WithContext(ctx)); err != nil {
		return fmt.Errorf("follow-up: %w", err)
	}
	return nil
}
