package bot

import (
	"context"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// forBot reports whether a message is for the bot, and the question in it: a
// message from a person (not a bot, not the bot itself) that mentions the bot
// or comes in a direct message. It reads nothing else, so the bot needs no
// privileged intent.
func forBot(m *discordgo.Message, botID string) (string, bool) {
	if m == nil || m.Author == nil || m.Author.Bot || m.Author.ID == botID || botID == "" {
		return "", false
	}
	mentioned := false
	for _, u := range m.Mentions {
		if u != nil && u.ID == botID {
			mentioned = true
		}
	}
	tags := []string{"<@" + botID + ">", "<@!" + botID + ">"}
	for _, t := range tags {
		mentioned = mentioned || strings.Contains(m.Content, t)
	}
	if !mentioned && m.GuildID != "" {
		return "", false
	}
	q := m.Content
	for _, t := range tags {
		q = strings.ReplaceAll(q, t, " ")
	}
	return strings.Join(strings.Fields(q), " "), true
}

// Message answers a message that forBot accepted, as a reply to it: the same
// answer /ask gives, within the same cooldown and bound on concurrent work.
func (h *Handler) Message(ctx context.Context, m *discordgo.Message, question string) *discordgo.MessageSend {
	start := h.now()
	var r reply
	var out outcome
	func() {
		defer func() {
			if p := recover(); p != nil {
				r, out = notice(msgApology), outcome{name: OutcomePanic, qlen: len(question), detail: panicError(p)}
			}
		}()
		if question == "" {
			r, out = renderHelp(), outcome{name: OutcomeHelp}
			return
		}
		r, out = h.ask(ctx, m.Author.ID, question, h.renderAnswer)
	}()
	h.record("message", []any{"message", m.ID, "user", m.Author.ID}, out, h.now().Sub(start))
	return r.messageSend(m)
}

// messageSend is r as a reply to m that pings nobody, not even m's author.
// A message cannot be shown only to one user, so an ephemeral reply is sent
// as an ordinary one.
func (r reply) messageSend(m *discordgo.Message) *discordgo.MessageSend {
	s := &discordgo.MessageSend{
		Content:         r.content,
		Embeds:          r.embeds,
		Components:      r.components,
		AllowedMentions: noMentions(),
		Reference:       &discordgo.MessageReference{MessageID: m.ID, ChannelID: m.ChannelID, GuildID: m.GuildID},
	}
	if s.Embeds == nil {
		s.Embeds = []*discordgo.MessageEmbed{}
	}
	if s.Components == nil {
		s.Components = []discordgo.MessageComponent{}
	}
	return s
}
