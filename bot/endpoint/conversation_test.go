package endpoint

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
	"github.com/summitbot/summitbot/bot"
)

// messageCommand is a signed-body message command (APPLICATION_COMMAND,
// data.type 3) on a message with the given content and embeds.
func messageCommand(name, content string, embeds []map[string]any) string {
	target := map[string]any{"id": "9100", "channel_id": "5", "content": content, "type": 0,
		"timestamp": "2026-01-06T12:00:00+00:00", "author": map[string]any{"id": "77", "username": "sam"}}
	if embeds != nil {
		target["embeds"] = embeds
		target["author"] = map[string]any{"id": "100", "username": "summitbot", "bot": true}
	}
	b, _ := json.Marshal(map[string]any{"id": "11", "application_id": "100", "type": 2, "token": "tok", "version": 1,
		"channel_id": "5", "guild_id": "6", "member": map[string]any{"user": map[string]any{"id": "42", "username": "u"}},
		"data": map[string]any{"id": "902", "name": name, "type": 3, "target_id": "9100",
			"resolved": map[string]any{"messages": map[string]any{"9100": target}}}})
	return string(b)
}

// formSubmit is a signed-body MODAL_SUBMIT of the follow-up form.
func formSubmit(question, after string) string {
	row := func(id, v string) map[string]any {
		return map[string]any{"type": 1, "components": []any{map[string]any{"type": 4, "custom_id": id, "value": v}}}
	}
	b, _ := json.Marshal(map[string]any{"id": "12", "application_id": "100", "type": 5, "token": "tok", "version": 1,
		"channel_id": "5", "guild_id": "6", "member": map[string]any{"user": map[string]any{"id": "42", "username": "u"}},
		"data": map[string]any{"custom_id": "followup", "components": []any{row("question", question), row("after", after)}}})
	return string(b)
}

// TestConversationEndpoint: over the HTTP endpoint, the "Check against the
// coverage" message command answers with a check only its user sees and a
// button that posts it; "Ask a follow-up" opens a form filled in with the
// question answered, and its submission is answered after that question.
// Every response is checked against Discord's OpenAPI description.
func TestConversationEndpoint(t *testing.T) {
	h := bot.NewHandler(realEngine(t), bot.Options{})
	s := newTestServer(t, h, botOptions(Options{}))
	key := testKey(t)
	send := func(t *testing.T, body string) convCallback {
		t.Helper()
		w := do(s, signedRequest(key, rfcTimestamp, body))
		if w.Code != 200 {
			t.Fatalf("status = %d %s; want 200", w.Code, w.Body)
		}
		validateCallback(t, w.Body.Bytes())
		got := convCallback{raw: w.Body.String()}
		if err := json.Unmarshal(w.Body.Bytes(), &got); err != nil {
			t.Fatal(err)
		}
		return got
	}

	t.Run("check", func(t *testing.T) {
		got := send(t, messageCommand("Check against the coverage", "<@100> 35 countries attended the summit", nil))
		if got.Type != 4 || got.Data.Flags != 64 || len(got.Data.Embeds) != 1 || got.Data.Embeds[0].Title != "Supported by the coverage" {
			t.Fatalf("check = %+v; want an ephemeral 'Supported by the coverage'", got)
		}
		e := got.Data.Embeds[0]
		if !strings.Contains(strings.ReplaceAll(e.Description, "**", ""), "representatives of 35 countries") || e.Footer == nil || e.Footer.Text != "Claim: 35 countries attended the summit" {
			t.Errorf("check: %q / %+v; want the supporting passage and the claim (mention dropped) in the footer", e.Description, e.Footer)
		}
		// the button posts it in the channel
		post, _ := json.Marshal(map[string]any{"id": "13", "application_id": "100", "type": 3, "token": "tok", "version": 1,
			"member":  map[string]any{"user": map[string]any{"id": "42", "username": "u"}},
			"message": map[string]any{"id": "78", "channel_id": "5", "flags": 64, "embeds": []any{map[string]any{"title": e.Title, "footer": map[string]any{"text": e.Footer.Text}}}},
			"data":    map[string]any{"custom_id": "post:check", "component_type": 2}})
		posted := send(t, string(post))
		if posted.Type != 4 || posted.Data.Flags != 0 || len(posted.Data.Embeds) != 1 || posted.Data.Embeds[0].Title != e.Title {
			t.Errorf("post = %+v; want the check, for everyone", posted)
		}
		differs := send(t, messageCommand("Check against the coverage", "only 20 heads of state came to the paris summit", nil))
		if len(differs.Data.Embeds) != 1 || differs.Data.Embeds[0].Title != "The coverage gives something different" || !strings.Contains(strings.ReplaceAll(differs.Data.Embeds[0].Description, "**", ""), "27 heads of state") {
			t.Errorf("check of a wrong figure = %+v; want the passage giving 27", differs.Data.Embeds)
		}
	})

	t.Run("follow-up form", func(t *testing.T) {
		answer := []map[string]any{{"description": "**Croatia and the Czech Republic**", "footer": map[string]any{"text": "Asked: who refused to deploy troops?"}}}
		got := send(t, messageCommand("Ask a follow-up", "", answer))
		if got.Type != int(discordgo.InteractionResponseModal) || !strings.Contains(got.raw, `"value":"who refused to deploy troops?"`) {
			t.Fatalf("follow-up command = %+v; want a form (9) holding the question answered", got)
		}
		reply := send(t, formSubmit("why?", "who refused to deploy troops?"))
		if reply.Type != 4 || reply.Data.Flags != 0 || len(reply.Data.Embeds) != 1 {
			t.Fatalf("form submitted = %+v; want an answer for everyone", reply)
		}
		if f := reply.Data.Embeds[0].Footer; f == nil || !strings.HasPrefix(f.Text, "Asked: why") || !strings.Contains(f.Text, "refused to deploy troops") {
			t.Errorf("answer's footer = %+v; want why, read after the question", f)
		}
		own := send(t, formSubmit("who refused to deploy troops?", ""))
		if len(own.Data.Embeds) != 1 || !strings.Contains(own.Data.Embeds[0].Description, "Croatia") {
			t.Errorf("form without a previous question = %+v; want the question answered on its own", own)
		}
		none := send(t, messageCommand("Ask a follow-up", "<@100>", nil))
		if none.Type != 4 || none.Data.Flags != 64 {
			t.Errorf("follow-up of an empty message = %+v; want an ephemeral notice", none)
		}
	})
}

// convCallback is an interaction response with its embeds, and as sent.
type convCallback struct {
	Type int `json:"type"`
	Data struct {
		Flags  int                      `json:"flags"`
		Embeds []discordgo.MessageEmbed `json:"embeds"`
	} `json:"data"`
	raw string
}
