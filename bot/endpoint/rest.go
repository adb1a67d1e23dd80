package endpoint

import (
	"context"
	"fmt"
	"net/http"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/summitbot/summitbot/bot/deliver"
)

// REST delivers deferred answers through Discord's webhook endpoints with
// discordgo. Interaction webhooks are authorised by the interaction token,
// so it needs no bot token.
type REST struct {
	s deliver.Session
}

// NewREST returns a REST client sending through client, which may redirect
// discord.com to a Discord-compatible server (bot.APIClient does, for
// DISCORD_API_BASE); nil means a plain client for Discord.
func NewREST(client *http.Client) (*REST, error) {
	s, err := discordgo.New("")
	if err != nil {
		return nil, fmt.Errorf("rest: %w", err)
	}
	if client == nil {
		client = &http.Client{Timeout: 20 * time.Second}
	}
	s.Client = client
	return &REST{s: deliver.Session{S: s}}, nil
}

// EditOriginal edits the interaction's original response.
func (c *REST) EditOriginal(ctx context.Context, i *discordgo.Interaction, edit *discordgo.WebhookEdit) error {
	if err := c.s.EditOriginal(ctx, i, edit); err != nil {
		return fmt.Errorf("rest: %w", err)
	}
	return nil
}

// DeleteOriginal deletes the interaction's original response.
func (c *REST) DeleteOriginal(ctx context.Context, i *discordgo.Interaction) error {
	if err := c.s.DeleteOriginal(ctx, i); err != nil {
		return fmt.Errorf("rest: %w", err)
	}
	return nil
}

// Followup sends a follow-up message to the interaction.
func (c *REST) Followup(ctx context.Context, i *discordgo.Interaction, msg *discordgo.WebhookParams) error {
	if err := c.s.Followup(ctx, i, msg); err != nil {
		return fmt.Errorf("rest: %w", err)
	}
	return nil
}
