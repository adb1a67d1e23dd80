package bot

import (
	"slices"
	"strings"
	"testing"
)

// TestGateway drives the whole bot through a fake Discord with the real
// discordgo client and the real answer engine: every request the bot sends
// is also checked against Discord's OpenAPI description (discordfake fails
// the test at cleanup otherwise).
func TestGateway(t *testing.T) {
	r := serve(t, NewHandler(engine(t), Options{}), ServeOptions{GuildID: "3"})

	t.Run("register", func(t *testing.T) {
		var put []string
		for _, req := range r.fake.Requests() {
			if req.Method == "PUT" {
				put = append(put, req.Path)
			}
		}
		if want := []string{"/api/v9/applications/100/guilds/3/commands"}; !slices.Equal(put, want) {
			t.Errorf("command registration = %v; want %v", put, want)
		}
	})

	t.Run("ask answered", func(t *testing.T) {
		i, path := r.interaction(2, "u1", slash("ask", opt("question", "who refused to deploy troops?", false)), nil)
		r.dispatch(t, "INTERACTION_CREATE", i)
		req, got := r.await(t, path)
		noPings(t, "ask", req.Body)
		if got.Type != 4 || got.Data.Flags != 0 || len(got.Data.Embeds) != 1 {
			t.Fatalf("ask: type %d flags %d %d embeds; want a public message (4, 0) with one embed", got.Type, got.Data.Flags, len(got.Data.Embeds))
		}
		e := got.Data.Embeds[0]
		if !strings.HasPrefix(e.Description, "**Croatia and the Czech Republic**\n") || !strings.Contains(e.Description, "[1]") {
			t.Errorf("ask: description = %q; want the short answer in bold first, then the cited passage", e.Description)
		}
		if len(e.Fields) == 0 || e.Fields[0].Name != "Source" || !strings.Contains(e.Fields[0].Value, "[1]") {
			t.Errorf("ask: fields = %+v; want a numbered Source first", e.Fields)
		}
		if ids := buttonIDs(t, got.Data.Components); !slices.Equal(ids, []string{"more:1", "sources"}) {
			t.Errorf("ask: buttons = %v; want [more:1 sources]", ids)
		}
	})

	t.Run("ask not answered", func(t *testing.T) {
		i, path := r.interaction(2, "u1", slash("ask", opt("question", "what colour was Macron's tie?", false)), nil)
		r.dispatch(t, "INTERACTION_CREATE", i)
		req, got := r.await(t, path)
		noPings(t, "miss", req.Body)
		if got.Type != 4 || got.Data.Flags != 64 || len(got.Data.Embeds) != 1 {
			t.Fatalf("miss: type %d flags %d; want an ephemeral message (4, 64)", got.Type, got.Data.Flags)
		}
		if e := got.Data.Embeds[0]; e.Title != "The coverage does not say" || !strings.Contains(e.Description, "Nearest miss (not an answer)") {
			t.Errorf("miss: embed %q / %q; want the not-answered title and a labelled nearest miss", e.Title, e.Description)
		}
	})

	t.Run("ask bad input", func(t *testing.T) {
		for _, q := range []string{"   ", "\x00\x01\x02", strings.Repeat("why ", 400)} {
			i, path := r.interaction(2, "u1", slash("ask", opt("question", q, false)), nil)
			r.dispatch(t, "INTERACTION_CREATE", i)
			_, got := r.await(t, path)
			if got.Data.Flags != 64 || !strings.HasPrefix(got.Data.Content, "I can't take that: ") {
				t.Errorf("ask %q: flags %d content %q; want an ephemeral explanation", q[:min(len(q), 10)], got.Data.Flags, got.Data.Content)
			}
		}
	})

	t.Run("autocomplete", func(t *testing.T) {
		i, path := r.interaction(4, "u1", slash("quote", opt("speaker", "zelenskiy", true)), nil)
		r.dispatch(t, "INTERACTION_CREATE", i)
		_, got := r.await(t, path)
		var names []string
		for _, c := range got.Data.Choices {
			names = append(names, c.Name)
		}
		if got.Type != 8 || !slices.Contains(names, "Volodymyr Zelenskyy") || len(names) > 25 {
			t.Errorf("autocomplete zelenskiy: type %d choices %v; want 8 with Volodymyr Zelenskyy", got.Type, names)
		}
	})

	t.Run("more passages button", func(t *testing.T) {
		msg := map[string]any{"id": "77", "channel_id": "7", "content": "", "embeds": []any{map[string]any{"footer": map[string]any{"text": "Asked: who refused to deploy troops?"}}}}
		i, path := r.interaction(3, "u2", map[string]any{"custom_id": "more:1", "component_type": 2}, msg)
		r.dispatch(t, "INTERACTION_CREATE", i)
		req, got := r.await(t, path)
		noPings(t, "more", req.Body)
		if got.Type != 4 || got.Data.Flags != 64 || len(got.Data.Embeds) != 1 || got.Data.Embeds[0].Title != "More passages" {
			t.Fatalf("more: type %d flags %d embeds %+v; want an ephemeral More passages", got.Type, got.Data.Flags, got.Data.Embeds)
		}
		if d := got.Data.Embeds[0].Description; !strings.Contains(d, "Not everyone is ready") {
			t.Errorf("more: description %q; want the second passage", d)
		}
	})

	t.Run("sources button and command", func(t *testing.T) {
		b, bpath := r.interaction(3, "u2", map[string]any{"custom_id": "sources", "component_type": 2}, map[string]any{"id": "78", "channel_id": "7", "content": ""})
		c, cpath := r.interaction(2, "u2", slash("sources"), nil)
		r.dispatch(t, "INTERACTION_CREATE", b)
		r.dispatch(t, "INTERACTION_CREATE", c)
		for _, p := range []string{bpath, cpath} {
			_, got := r.await(t, p)
			if got.Data.Flags != 64 || len(got.Data.Embeds) != 1 || len(got.Data.Embeds[0].Fields) != 5 {
				t.Errorf("sources: flags %d embeds %+v; want five articles, ephemeral", got.Data.Flags, got.Data.Embeds)
			}
		}
	})

	t.Run("quote and help", func(t *testing.T) {
		q, qpath := r.interaction(2, "u3", slash("quote", opt("speaker", "Macron", false)), nil)
		h, hpath := r.interaction(2, "u3", slash("help"), nil)
		r.dispatch(t, "INTERACTION_CREATE", q)
		r.dispatch(t, "INTERACTION_CREATE", h)
		req, got := r.await(t, qpath)
		noPings(t, "quote", req.Body)
		if len(got.Data.Embeds) != 1 || len(got.Data.Embeds[0].Fields) == 0 || got.Data.Embeds[0].Fields[0].Name != "Emmanuel Macron" {
			t.Errorf("quote by Macron: %+v; want quotations by Emmanuel Macron", got.Data.Embeds)
		}
		if _, got := r.await(t, hpath); len(got.Data.Embeds) != 1 || !strings.Contains(got.Data.Embeds[0].Description, "/ask") {
			t.Errorf("help: %+v; want the help text", got.Data.Embeds)
		}
	})

	t.Run("unknown command", func(t *testing.T) {
		i, path := r.interaction(2, "u3", slash("nope"), nil)
		r.dispatch(t, "INTERACTION_CREATE", i)
		if _, got := r.await(t, path); got.Data.Flags != 64 || got.Data.Content != msgUnknown {
			t.Errorf("unknown command: %+v; want the ephemeral unknown notice", got.Data)
		}
	})

	t.Run("messages", func(t *testing.T) {
		author := map[string]any{"id": "u4", "username": "dana"}
		fromBot := map[string]any{"id": "61", "channel_id": "7", "guild_id": "3", "content": "<@100> who refused to deploy troops?",
			"author": map[string]any{"id": "u5", "username": "otherbot", "bot": true}, "mentions": []any{map[string]any{"id": "100", "username": "summitbot"}}}
		notForUs := map[string]any{"id": "62", "channel_id": "7", "guild_id": "3", "content": "who refused to deploy troops?", "author": author}
		mention := map[string]any{"id": "63", "channel_id": "7", "guild_id": "3", "content": "<@100> who refused to deploy troops?", "author": author,
			"mentions": []any{map[string]any{"id": "100", "username": "summitbot"}}}
		dm := map[string]any{"id": "64", "channel_id": "8", "content": "who refused to deploy troops?", "author": author}
		for _, m := range []map[string]any{fromBot, notForUs, mention, dm} {
			r.dispatch(t, "MESSAGE_CREATE", m)
		}
		for _, want := range []struct{ channel, ref string }{{"7", "63"}, {"8", "64"}} {
			req, _ := r.await(t, "/channels/"+want.channel+"/messages")
			noPings(t, "reply", req.Body)
			var ref struct {
				Ref struct {
					MessageID string `json:"message_id"`
				} `json:"message_reference"`
				Mentions struct {
					RepliedUser bool `json:"replied_user"`
				} `json:"allowed_mentions"`
			}
			req.JSON(&ref)
			if ref.Ref.MessageID != want.ref || ref.Mentions.RepliedUser {
				t.Errorf("reply in channel %s: reference %q replied_user %v; want a reply to %s that pings nobody", want.channel, ref.Ref.MessageID, ref.Mentions.RepliedUser, want.ref)
			}
			var msg struct {
				Embeds []struct{ Description string } `json:"embeds"`
			}
			req.JSON(&msg)
			if len(msg.Embeds) != 1 || !strings.HasPrefix(msg.Embeds[0].Description, "**Croatia and the Czech Republic**") {
				t.Errorf("reply to %s: embeds %+v; want the /ask answer", want.ref, msg.Embeds)
			}
		}
	})

	if err := r.stop(); err != nil {
		t.Errorf("Serve after shutdown = %v; want nil", err)
	}
	// after stop, every handler has returned: a reply to an ignored message
	// would be recorded by now
	for _, req := range r.fake.Requests() {
		if strings.Contains(string(req.Body), `"message_id":"61"`) || strings.Contains(string(req.Body), `"message_id":"62"`) {
			t.Errorf("the bot answered a message not for it: %s", req.Body)
		}
	}
}
