package endpoint

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
)

// REST delivers deferred answers through Discord's webhook endpoints with
// discordgo. Interaction webhooks are authorised by the interaction token,
// so it needs no bot token.
type REST struct {
	s *discordgo.Session
}

// NewREST returns a REST client for Discord at apiBase: "" for Discord
// itself, or the base URL of a Discord-compatible server (such as a test
// fake), to which requests for discord.com are redirected. client may be nil.
func NewREST(apiBase string, client *http.Client) (*REST, error) {
	s, err := discordgo.New("")
	if err != nil {
		return nil, fmt.Errorf("rest: %w", err)
	}
	if client == nil {
		client = &http.Client{Timeout: 20 * time.Second}
	}
	if apiBase != "" {
		u, err := url.Parse(apiBase)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return nil, fmt.Errorf("rest: bad API base %q", apiBase)
		}
		next := client.Transport
		if next == nil {
			next = http.DefaultTransport
		}
		c := *client
		c.Transport = rewrite{base: u, next: next}
		client = &c
	}
	s.Client = client
	return &REST{s: s}, nil
}

// EditOriginal edits the interaction's original response.
func (c *REST) EditOriginal(ctx context.Context, i *discordgo.Interaction, edit *discordgo.WebhookEdit) error {
	if _, err := c.s.InteractionResponseEdit(i, edit, discordgo.WithContext(ctx)); err != nil {
		return fmt.Errorf("rest: edit original: %w", err)
	}
	return nil
}

// DeleteOriginal deletes the interaction's original response.
func (c *REST) DeleteOriginal(ctx context.Context, i *discordgo.Interaction) error {
	if err := c.s.InteractionResponseDelete(i, discordgo.WithContext(ctx)); err != nil {
		return fmt.Errorf("rest: delete original: %w", err)
	}
	return nil
}

// Followup sends a follow-up message to the interaction.
func (c *REST) Followup(ctx context.Context, i *discordgo.Interaction, msg *discordgo.WebhookParams) error {
	if _, err := c.s.FollowupMessageCreate(i, true, msg, discordgo.WithContext(ctx)); err != nil {
		return fmt.Errorf("rest: follow-up: %w", err)
	}
	return nil
}

// rewrite sends requests for discord.com to base instead, keeping the path
// under base's path.
type rewrite struct {
	base *url.URL
	next http.RoundTripper
}

func (t rewrite) RoundTrip(r *http.Request) (*http.Response, error) {
	if r.URL.Host != "discord.com" {
		return t.next.RoundTrip(r)
	}
	r = r.Clone(r.Context())
	r.URL.Scheme = t.base.Scheme
	r.URL.Host = t.base.Host
	r.URL.Path = strings.TrimSuffix(t.base.Path, "/") + r.URL.Path
	if r.URL.RawPath != "" {
		r.URL.RawPath = strings.TrimSuffix(t.base.Path, "/") + r.URL.RawPath
	}
	r.Host = t.base.Host
	return t.next.RoundTrip(r)
}
