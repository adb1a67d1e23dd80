package discordfake

import (
	"testing"

	"github.com/bwmarrin/discordgo"
)

// TestStore reads channels and messages back through the real discordgo
// client: what a test adds, what the bot sends, a thread started on a
// message; each request is validated as every other.
func TestStore(t *testing.T) {
	fake := New(t)
	s, err := discordgo.New("Bot " + Token)
	if err != nil {
		t.Fatal(err)
	}
	s.Client = fake.Client()
	fake.AddChannel(map[string]any{"id": "7", "type": 0, "guild_id": "3"})
	for _, id := range []string{"9001", "9002", "9003"} {
		fake.AddMessage(map[string]any{"id": id, "channel_id": "7", "content": "m" + id, "type": 0,
			"timestamp": Timestamp, "author": map[string]any{"id": "u1", "username": "u"}})
	}
	if ch, err := s.Channel("7"); err != nil || ch.Type != discordgo.ChannelTypeGuildText {
		t.Errorf("Channel(7) = %+v, %v; want the text channel", ch, err)
	}
	if _, err := s.Channel("8"); err == nil {
		t.Error("Channel(8) = nil error; want Unknown Channel")
	}
	if m, err := s.ChannelMessage("7", "9002"); err != nil || m.Content != "m9002" {
		t.Errorf("ChannelMessage(7, 9002) = %+v, %v", m, err)
	}
	msgs, err := s.ChannelMessages("7", 1, "9003", "", "")
	if err != nil || len(msgs) != 1 || msgs[0].ID != "9002" {
		t.Errorf("ChannelMessages(before 9003, limit 1) = %v, %v; want 9002 (newest first)", msgs, err)
	}
	sent, err := s.ChannelMessageSend("7", "hello")
	if err != nil {
		t.Fatal(err)
	}
	if m, err := s.ChannelMessage("7", sent.ID); err != nil || m.Author == nil || m.Author.ID != BotID || m.Content != "hello" {
		t.Errorf("the bot's message read back = %+v, %v", m, err)
	}
	th, err := s.MessageThreadStartComplex("7", "9001", &discordgo.ThreadStart{Name: "a question", AutoArchiveDuration: 60})
	if err != nil || th.ID != "9001" || !th.IsThread() || th.OwnerID != BotID || th.ParentID != "7" {
		t.Fatalf("thread = %+v, %v; want a thread on 9001 owned by the bot", th, err)
	}
	if ch := fake.Channel("9001"); ch == nil || ch["name"] != "a question" {
		t.Errorf("Channel(9001) = %v; want the thread", ch)
	}
	if got := fake.Messages("7"); len(got) != 4 {
		t.Errorf("Messages(7) = %d messages; want 4", len(got))
	}
}
