package bot

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/summitbot/summitbot/internal/discordfake"
)

// userMessage is a MESSAGE_CREATE payload from a person in server 3; at is
// minutes after discordfake.Timestamp; mention says whether it mentions the
// bot.
func userMessage(id, channel, content string, at int, mention bool) map[string]any {
	m := map[string]any{"id": id, "channel_id": channel, "guild_id": "3", "content": content, "type": 0,
		"author":    map[string]any{"id": "u9", "username": "dana"},
		"timestamp": "2026-01-06T12:" + twoDigits(at) + ":00+00:00", "mentions": []any{}}
	if mention {
		m["content"] = "<@100> " + content
		m["mentions"] = []any{map[string]any{"id": discordfake.BotID, "username": "summitbot"}}
	}
	return m
}

func twoDigits(n int) string {
	return string([]byte{byte('0' + n/10%10), byte('0' + n%10)})
}

// reply waits for the bot's message to channel (a reply to ref, when ref is
// not "") and returns it, with the footer of its embed.
func (r *running) reply(t *testing.T, channel, ref string) (discordfake.Request, string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), wait)
	defer cancel()
	req, err := r.fake.Wait(ctx, func(q discordfake.Request) bool {
		return q.Method == "POST" && strings.HasSuffix(q.Path, "/channels/"+channel+"/messages") &&
			(ref == "" || strings.Contains(string(q.Body), `"message_id":"`+ref+`"`))
	})
	if err != nil {
		t.Fatalf("no message to channel %s replying to %q: %v", channel, ref, err)
	}
	if req.Err != nil {
		t.Errorf("%s %s: Discord would reject it: %v", req.Method, req.Path, req.Err)
	}
	noPings(t, "reply", req.Body)
	var msg struct {
		Embeds []discordgo.MessageEmbed `json:"embeds"`
	}
	req.JSON(&msg)
	if len(msg.Embeds) == 0 || msg.Embeds[0].Footer == nil {
		return req, ""
	}
	return req, msg.Embeds[0].Footer.Text
}

// lastID is the id of the last message the bot sent to a channel, as the
// fake stored it. The fake records a request (and wakes Wait) before it
// answers and stores the message, so this waits for it.
func lastID(t *testing.T, fake *discordfake.Server, channel string) string {
	t.Helper()
	for deadline := time.Now().Add(wait); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		msgs := fake.Messages(channel)
		for i := len(msgs) - 1; i >= 0; i-- {
			if a, _ := msgs[i]["author"].(map[string]any); a != nil && a["id"] == discordfake.BotID {
				id, _ := msgs[i]["id"].(string)
				return id
			}
		}
	}
	t.Fatalf("no message from the bot in channel %s", channel)
	return ""
}

func requested(fake *discordfake.Server, method, path string) bool {
	return slices.ContainsFunc(fake.Requests(), func(q discordfake.Request) bool {
		return q.Method == method && strings.HasSuffix(q.Path, path)
	})
}

// TestFollowUpsOverGateway drives follow-ups through the fake Discord: a
// reply to the bot's answer (fetched by REST, as the event lacks it), a reply
// to the question that asked it (carried by the event), and a mention in a
// thread where the bot answered, recently or not.
func TestFollowUpsOverGateway(t *testing.T) {
	r := serve(t, NewHandler(engine(t), Options{}), ServeOptions{GuildID: "3"})
	r.fake.AddChannel(map[string]any{"id": "7", "type": 0, "guild_id": "3"})
	for _, id := range r.fake.Identifies() {
		if discordgo.Intent(id.Intents)&discordgo.IntentMessageContent != 0 {
			t.Errorf("IDENTIFY intents %d; want no privileged intent by default", id.Intents)
		}
	}

	t.Run("reply to the answer", func(t *testing.T) {
		r.dispatch(t, "MESSAGE_CREATE", userMessage("9001", "7", "who refused to deploy troops?", 1, true))
		_, footer := r.reply(t, "7", "9001")
		if footer != "Asked: who refused to deploy troops?" {
			t.Fatalf("first answer's footer = %q", footer)
		}
		answer := lastID(t, r.fake, "7")
		m := userMessage("9002", "7", "why?", 2, true)
		m["message_reference"] = map[string]any{"message_id": answer, "channel_id": "7", "guild_id": "3"}
		m["type"] = 19
		r.dispatch(t, "MESSAGE_CREATE", m)
		_, footer = r.reply(t, "7", "9002")
		if !strings.HasPrefix(footer, "Asked: why") || !strings.Contains(footer, "refused to deploy troops") {
			t.Errorf("follow-up's footer = %q; want why, read with the previous question", footer)
		}
		if !requested(r.fake, "GET", "/channels/7/messages/"+answer) {
			t.Errorf("the bot did not fetch the answer replied to (GET /channels/7/messages/%s)", answer)
		}
	})

	t.Run("reply to the question", func(t *testing.T) {
		q := userMessage("9003", "7", "did Croatia send troops?", 3, true)
		r.fake.AddMessage(q)
		m := userMessage("9004", "7", "and germany?", 4, true)
		m["message_reference"] = map[string]any{"message_id": "9003", "channel_id": "7"}
		m["referenced_message"] = q // the gateway carries it: no fetch
		m["type"] = 19
		r.dispatch(t, "MESSAGE_CREATE", m)
		_, footer := r.reply(t, "7", "9004")
		if footer != "Asked: did germany send troops?" {
			t.Errorf("follow-up's footer = %q; want the question about Germany", footer)
		}
		m = userMessage("9005", "7", "what about belgium", 5, true)
		m["message_reference"] = map[string]any{"message_id": "9003"}
		m["type"] = 19
		r.dispatch(t, "MESSAGE_CREATE", m)
		if _, footer := r.reply(t, "7", "9005"); !strings.Contains(strings.ToLower(footer), "belgium send troops") {
			t.Errorf("follow-up's footer = %q; want the question about Belgium (fetched by REST)", footer)
		}
		if !requested(r.fake, "GET", "/channels/7/messages/9003") {
			t.Error("the bot did not fetch the question replied to")
		}
	})

	t.Run("thread", func(t *testing.T) {
		for _, th := range []string{"20", "21"} {
			r.fake.AddChannel(map[string]any{"id": th, "type": 11, "guild_id": "3", "parent_id": "7", "owner_id": "u9"})
			r.fake.AddMessage(map[string]any{"id": "9010", "channel_id": th, "type": 0, "timestamp": discordfake.Timestamp,
				"author": map[string]any{"id": discordfake.BotID, "username": "summitbot", "bot": true}, "content": "",
				"embeds": []any{map[string]any{"footer": map[string]any{"text": "Asked: what did Starmer announce?"}}}})
		}
		r.dispatch(t, "MESSAGE_CREATE", userMessage("9011", "20", "what about Merz", 10, true))
		if _, footer := r.reply(t, "20", "9011"); footer != "Asked: what did Merz announce?" {
			t.Errorf("follow-up in a thread: footer %q; want the previous question about Merz", footer)
		}
		if !requested(r.fake, "GET", "/channels/20/messages") {
			t.Error("the bot did not read the thread")
		}
		old := userMessage("9012", "21", "what about Merz", 0, true)
		old["timestamp"] = "2026-01-06T12:45:00+00:00" // the bot's answer is 45 minutes old
		r.dispatch(t, "MESSAGE_CREATE", old)
		if _, footer := r.reply(t, "21", "9012"); footer != "Asked: what about Merz" {
			t.Errorf("after 45 minutes: footer %q; want the question read on its own", footer)
		}
	})
}

// TestCheckCommand drives the message command through the fake Discord: the
// check shown only to its user, with a button that posts it in the channel.
func TestCheckCommand(t *testing.T) {
	r := serve(t, NewHandler(engine(t), Options{}), ServeOptions{GuildID: "3"})
	var cmds []discordgo.ApplicationCommand
	for _, q := range r.fake.Requests() {
		if q.Method == "PUT" {
			if err := json.Unmarshal(q.Body, &cmds); err != nil {
				t.Fatal(err)
			}
		}
	}
	if !slices.ContainsFunc(cmds, func(c discordgo.ApplicationCommand) bool {
		return c.Type == discordgo.MessageApplicationCommand && c.Name == cmdCheck
	}) {
		t.Errorf("registered commands %+v; want the message command %q", cmds, cmdCheck)
	}
	check := func(claim string) map[string]any {
		return map[string]any{"id": "901", "name": cmdCheck, "type": 3, "target_id": "9100",
			"resolved": map[string]any{"messages": map[string]any{"9100": map[string]any{
				"id": "9100", "channel_id": "7", "content": claim, "timestamp": discordfake.Timestamp, "type": 0,
				"author": map[string]any{"id": "u8", "username": "sam"}}}}}
	}
	for _, c := range []struct{ claim, title, holds string }{
		{"35 countries attended the summit", "Supported by the coverage", "representatives of 35 countries"},
		{"the paris meeting was on january 8", "The coverage gives something different", "6 January 2026"},
		{"The pope visited Paris", "The coverage does not say", "Nearest miss"},
	} {
		i, path := r.interaction(2, "u8", check(c.claim), nil)
		r.dispatch(t, "INTERACTION_CREATE", i)
		req, got := r.await(t, path)
		noPings(t, "check", req.Body)
		if got.Type != 4 || got.Data.Flags != 64 || len(got.Data.Embeds) != 1 {
			t.Fatalf("check %q: type %d flags %d; want an ephemeral message (4, 64)", c.claim, got.Type, got.Data.Flags)
		}
		e := got.Data.Embeds[0]
		if e.Title != c.title || !strings.Contains(strings.ReplaceAll(e.Description, "**", ""), c.holds) || e.Footer == nil || e.Footer.Text != claimPrefix+c.claim {
			t.Errorf("check %q: %q / %q; want %q with %q", c.claim, e.Title, e.Description, c.title, c.holds)
		}
		if ids := buttonIDs(t, got.Data.Components); !slices.Equal(ids, []string{idPost}) {
			t.Errorf("check %q: buttons %v; want [%s]", c.claim, ids, idPost)
		}
		// the button posts it for everyone
		msg := map[string]any{"id": "9101", "channel_id": "7", "content": "", "flags": 64,
			"embeds": []any{map[string]any{"title": e.Title, "footer": map[string]any{"text": e.Footer.Text}}}}
		b, bpath := r.interaction(3, "u8", map[string]any{"custom_id": idPost, "component_type": 2}, msg)
		r.dispatch(t, "INTERACTION_CREATE", b)
		_, posted := r.await(t, bpath)
		if posted.Type != 4 || posted.Data.Flags != 0 || len(posted.Data.Embeds) != 1 || posted.Data.Embeds[0].Title != c.title || len(buttonIDs(t, posted.Data.Components)) != 0 {
			t.Errorf("post %q: type %d flags %d embeds %+v; want the check, public, without the button", c.claim, posted.Type, posted.Data.Flags, posted.Data.Embeds)
		}
	}
	// the follow-up form: opened on the bot's answer, answered when sent
	form := map[string]any{"id": "903", "name": cmdFollowUp, "type": 3, "target_id": "9102",
		"resolved": map[string]any{"messages": map[string]any{"9102": map[string]any{
			"id": "9102", "channel_id": "7", "content": "", "timestamp": discordfake.Timestamp, "type": 0,
			"author": map[string]any{"id": discordfake.BotID, "username": "summitbot", "bot": true},
			"embeds": []any{map[string]any{"footer": map[string]any{"text": "Asked: did Croatia send troops?"}}}}}}}
	f, fpath := r.interaction(2, "u8", form, nil)
	r.dispatch(t, "INTERACTION_CREATE", f)
	if req, got := r.await(t, fpath); got.Type != 9 || !strings.Contains(string(req.Body), `"value":"did Croatia send troops?"`) {
		t.Errorf("follow-up form = %s; want a modal (9) filled in with the question", req.Body)
	}
	row := func(id, v string) map[string]any {
		return map[string]any{"type": 1, "components": []any{map[string]any{"type": 4, "custom_id": id, "value": v}}}
	}
	sub, spath := r.interaction(5, "u8", map[string]any{"custom_id": idFollowUp,
		"components": []any{row(inputQuestion, "and germany?"), row(inputAfter, "did Croatia send troops?")}}, nil)
	r.dispatch(t, "INTERACTION_CREATE", sub)
	if _, got := r.await(t, spath); got.Type != 4 || len(got.Data.Embeds) != 1 || got.Data.Embeds[0].Footer == nil || got.Data.Embeds[0].Footer.Text != "Asked: did germany send troops?" {
		t.Errorf("follow-up form sent: %+v; want the answer about Germany", got.Data.Embeds)
	}

	for claim, want := range map[string]string{"<@100>  ": "no text", strings.Repeat("35 countries ", 150): "too long"} {
		i, path := r.interaction(2, "u8", check(claim), nil)
		r.dispatch(t, "INTERACTION_CREATE", i)
		if _, got := r.await(t, path); got.Data.Flags != 64 || !strings.Contains(got.Data.Content, want) {
			t.Errorf("check of %.20q: %+v; want an ephemeral notice saying %q", claim, got.Data, want)
		}
	}
}

// TestAnswerInThreads: with AnswerInThreads in server 3, a mention there
// starts a thread on the question and the answer goes there (in another
// server it is a reply); a message in that thread needs no
// mention and follows the answer up; the session asks for MESSAGE_CONTENT,
// which the default does not.
func TestAnswerInThreads(t *testing.T) {
	r := serveSession(t, NewHandler(engine(t), Options{}), SessionOptions{MessageContent: true},
		ServeOptions{GuildID: "3", AnswerInThreads: true, ThreadGuilds: []string{"3"}})
	r.fake.AddChannel(map[string]any{"id": "7", "type": 0, "guild_id": "3"})
	r.fake.AddChannel(map[string]any{"id": "22", "type": 11, "guild_id": "3", "parent_id": "7", "owner_id": "u9"})

	r.dispatch(t, "MESSAGE_CREATE", userMessage("9030", "7", "who refused to deploy troops?", 1, true))
	_, footer := r.reply(t, "9030", "")
	if footer != "Asked: who refused to deploy troops?" {
		t.Fatalf("answer in the thread: footer %q", footer)
	}
	th := r.fake.Channel("9030")
	if th == nil || th["name"] != "who refused to deploy troops?" || th["parent_id"] != "7" {
		t.Fatalf("thread = %v; want one started on the question's message", th)
	}
	lastID(t, r.fake, "9030") // the answer is stored before the follow-up comes
	r.dispatch(t, "MESSAGE_CREATE", userMessage("9031", "9030", "why?", 3, false))
	_, footer = r.reply(t, "9030", "9031")
	if !strings.HasPrefix(footer, "Asked: why") || !strings.Contains(footer, "refused to deploy troops") {
		t.Errorf("unmentioned follow-up in the bot's thread: footer %q; want why, read after the question", footer)
	}
	// another server, not among ThreadGuilds: a reply in the channel
	other := userMessage("9040", "30", "who refused to deploy troops?", 5, true)
	other["guild_id"] = "4"
	r.dispatch(t, "MESSAGE_CREATE", other)
	if _, footer := r.reply(t, "30", "9040"); footer != "Asked: who refused to deploy troops?" {
		t.Errorf("mention in another server: footer %q; want the answer as a reply", footer)
	}
	// someone else's thread: an unmentioned message is not for the bot
	r.dispatch(t, "MESSAGE_CREATE", userMessage("9032", "22", "who refused to deploy troops?", 4, false))
	if err := r.stop(); err != nil {
		t.Fatal(err)
	}
	if requested(r.fake, "POST", "/channels/22/messages") || requested(r.fake, "POST", "/channels/9031/threads") || requested(r.fake, "POST", "/channels/30/messages/9040/threads") {
		t.Error("the bot answered an unmentioned message in a thread it did not start")
	}
	for _, id := range r.fake.Identifies() {
		if discordgo.Intent(id.Intents)&discordgo.IntentMessageContent == 0 {
			t.Errorf("IDENTIFY intents %d; want MESSAGE_CONTENT with AnswerInThreads", id.Intents)
		}
	}
}

// TestSmallTalkOverGateway: a mention that greets or thanks gets a reply
// in kind, not a passage of the articles ("thanks!" once got "thanking
// Washington …"), even as a reply to the bot's answer.
func TestSmallTalkOverGateway(t *testing.T) {
	r := serve(t, NewHandler(engine(t), Options{}), ServeOptions{GuildID: "3"})
	r.fake.AddChannel(map[string]any{"id": "8", "type": 0, "guild_id": "3"})
	r.dispatch(t, "MESSAGE_CREATE", userMessage("9101", "8", "who refused to deploy troops?", 1, true))
	r.reply(t, "8", "9101")
	answer := lastID(t, r.fake, "8")
	m := userMessage("9102", "8", "thanks!", 2, true)
	m["message_reference"] = map[string]any{"message_id": answer, "channel_id": "8", "guild_id": "3"}
	m["type"] = 19
	r.dispatch(t, "MESSAGE_CREATE", m)
	req, _ := r.reply(t, "8", "9102")
	var msg struct {
		Content string                   `json:"content"`
		Embeds  []discordgo.MessageEmbed `json:"embeds"`
	}
	req.JSON(&msg)
	if msg.Content != msgWelcome || len(msg.Embeds) > 0 {
		t.Errorf("reply to thanks: %q, %d embeds; want %q alone", msg.Content, len(msg.Embeds), msgWelcome)
	}
	r.dispatch(t, "MESSAGE_CREATE", userMessage("9103", "8", "hi", 3, true))
	req, _ = r.reply(t, "8", "9103")
	msg.Content, msg.Embeds = "", nil
	req.JSON(&msg)
	if len(msg.Embeds) != 1 || !strings.HasPrefix(msg.Embeds[0].Title, "Hello") || msg.Embeds[0].Description != helpText {
		t.Errorf("reply to hi: %+v; want a greeting over what the bot does", msg.Embeds)
	}
}
