package bot

import (
	"context"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Follow-ups take their context from Discord itself, never from a store, so
// that they work across restarts and replicas: the message a question
// replies to (the bot's answer, whose footer holds the question it answered,
// or the question that asked it), or the bot's answers in the thread it is
// asked in.
const (
	// threadWindow is how recent the bot's last answer in a thread must be
	// for a question there to follow it up.
	threadWindow = 30 * time.Minute
	// threadLookback bounds the messages read back in a thread.
	threadLookback = 25
	// maxPrevious bounds the previous questions a follow-up is read after.
	maxPrevious = 5
	// maxThreadName is Discord's limit on a thread's name.
	maxThreadName = 100
)

// converse answers a message for the bot: read after the question it
// follows up, if any; with AnswerInThreads, a mention in a channel starts a
// thread on the question, and a message in a thread the bot started needs
// no mention.
func (g *gateway) converse(ctx context.Context, s *discordgo.Session, m *discordgo.Message, q string, mentioned bool, botID string) {
	var info channelInfo
	threads := g.threads(m.GuildID)
	if m.GuildID != "" && (threads || m.MessageReference == nil) {
		info = g.channel(ctx, s, m.ChannelID)
	}
	if !mentioned {
		// a message in a thread the bot started (threads): its whole text
		if !info.thread || info.owner != botID {
			return
		}
		q = strings.Join(strings.Fields(m.Content), " ")
		if q == "" {
			return // no MESSAGE_CONTENT intent, or only an attachment
		}
	}
	previous := g.previous(ctx, s, m, botID, info)
	send := g.h.FollowUp(ctx, m, q, previous)
	channel := m.ChannelID
	if threads && mentioned && m.GuildID != "" && !info.thread && m.MessageReference == nil && q != "" {
		th, err := s.MessageThreadStartComplex(m.ChannelID, m.ID, &discordgo.ThreadStart{Name: cutWord(q, maxThreadName), AutoArchiveDuration: 60}, discordgo.WithContext(ctx))
		if err != nil {
			g.log.Warn("start a thread", "message", m.ID, "err", err) // answer in the channel instead
		} else {
			g.channels.put(th.ID, channelInfo{thread: true, owner: botID})
			channel, send.Reference = th.ID, nil
		}
	}
	err := g.delivery.Do(ctx, func(ctx context.Context) error {
		_, err := s.ChannelMessageSendComplex(channel, send, discordgo.WithContext(ctx))
		return err
	})
	if err != nil {
		g.log.Warn("reply to message", "message", m.ID, "err", err)
	}
}

// threadsIn says in which servers to answer in threads: none unless on;
// then every server, or only those listed.
func threadsIn(on bool, guilds []string) func(string) bool {
	return func(guildID string) bool {
		return on && guildID != "" && (len(guilds) == 0 || slices.Contains(guilds, guildID))
	}
}

// mayBeInOwnThread reports, without a request, whether a message that does
// not mention the bot may stand in a thread the bot started: with
// AnswerInThreads, a person's message in a server channel not known to be
// something else.
func (g *gateway) mayBeInOwnThread(m *discordgo.Message, botID string) bool {
	if m == nil || !g.threads(m.GuildID) || m.Author == nil || m.Author.Bot || m.Author.ID == botID || m.GuildID == "" || botID == "" {
		return false
	}
	info, known := g.channels.get(m.ChannelID)
	return !known || info.thread && info.owner == botID
}

// previous returns the questions a message follows up, oldest first: the
// question of the message it replies to, or of the bot's recent answers in
// the thread it stands in.
func (g *gateway) previous(ctx context.Context, s *discordgo.Session, m *discordgo.Message, botID string, info channelInfo) []string {
	if ref := m.MessageReference; ref != nil && ref.MessageID != "" {
		r := m.ReferencedMessage
		if r == nil {
			channel := ref.ChannelID
			if channel == "" {
				channel = m.ChannelID
			}
			var err error
			if r, err = s.ChannelMessage(channel, ref.MessageID, discordgo.WithContext(ctx)); err != nil {
				g.log.Warn("fetch the message replied to", "message", m.ID, "err", err)
				return nil
			}
		}
		if r.Author != nil && r.Author.ID == botID {
			if q, ok := questionOf(r); ok {
				return []string{q}
			}
			return nil
		}
		if q, ok := forBot(r, botID); ok && q != "" {
			return []string{q} // the question that asked the bot
		}
		if info.thread && info.owner == botID && r.Author != nil && !r.Author.Bot {
			if q := strings.Join(strings.Fields(r.Content), " "); q != "" {
				return []string{q} // a question in the bot's thread, unmentioned
			}
		}
		return nil
	}
	if !info.thread {
		return nil
	}
	msgs, err := s.ChannelMessages(m.ChannelID, threadLookback, m.ID, "", "", discordgo.WithContext(ctx))
	if err != nil {
		g.log.Warn("read the thread", "message", m.ID, "err", err)
		return nil
	}
	return recentQuestions(msgs, botID, m.Timestamp)
}

// recentQuestions are the questions of the bot's answers among msgs (newest
// first, as Discord lists them), oldest first, when the newest answer is
// within threadWindow of at.
func recentQuestions(msgs []*discordgo.Message, botID string, at time.Time) []string {
	var out []string
	for _, r := range msgs {
		if r == nil || r.Author == nil || r.Author.ID != botID {
			continue
		}
		if len(out) == 0 && !at.IsZero() && at.Sub(r.Timestamp) > threadWindow {
			return nil // the bot's last answer here is too old to follow up
		}
		if q, ok := questionOf(r); ok && (len(out) == 0 || out[len(out)-1] != q) {
			out = append(out, q)
		}
		if len(out) == maxPrevious {
			break
		}
	}
	slices.Reverse(out)
	return out
}

// channelInfo is what the bot needs to know of a channel: whether it is a
// thread, and who started it.
type channelInfo struct {
	thread bool
	owner  string
}

// channel returns what a channel is, from memory or by REST (GET
// /channels/{id}); a failed look-up is taken as an ordinary channel.
func (g *gateway) channel(ctx context.Context, s *discordgo.Session, id string) channelInfo {
	if info, ok := g.channels.get(id); ok {
		return info
	}
	c, err := s.Channel(id, discordgo.WithContext(ctx))
	if err != nil {
		g.log.Warn("look up a channel", "channel", id, "err", err)
		return channelInfo{}
	}
	info := channelInfo{thread: c.IsThread(), owner: c.OwnerID}
	g.channels.put(id, info)
	return info
}

// maxChannels bounds the channels remembered; past it, memory starts
// afresh (the facts can be asked for again).
const maxChannels = 4096

// channels remembers what channels are, bounded; safe for concurrent use.
type channels struct {
	mu sync.Mutex
	m  map[string]channelInfo
}

func newChannels() *channels { return &channels{m: map[string]channelInfo{}} }

func (c *channels) get(id string) (channelInfo, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	info, ok := c.m[id]
	return info, ok
}

func (c *channels) put(id string, info channelInfo) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.m) >= maxChannels {
		clear(c.m)
	}
	c.m[id] = info
}
