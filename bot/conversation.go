package bot

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"
	"github.com/summitbot/summitbot/internal/qa"
)

// Conversant is what follow-ups and claim checks need from the answer
// engine; *qa.Engine and the live engine satisfy it. A Handler whose
// Answerer lacks it reads every question on its own and has no claim check.
type Conversant interface {
	AskAfter(ctx context.Context, question string, previous ...string) (qa.Answer, error)
	Check(ctx context.Context, claim string) (qa.Checked, error)
}

// The message command (right-click a message → Apps) and its button.
const (
	cmdCheck    = "Check against the coverage"
	idPost      = "post:check" // post a check, shown only to its user, in the channel
	claimPrefix = "Claim: "    // starts the footer that carries a checked claim
)

// messageCommands are the message context-menu commands.
func messageCommands() []*discordgo.ApplicationCommand {
	dm := true
	return []*discordgo.ApplicationCommand{
		{Type: discordgo.MessageApplicationCommand, Name: cmdCheck, DMPermission: &dm},
		{Type: discordgo.MessageApplicationCommand, Name: cmdFollowUp, DMPermission: &dm},
	}
}

// FollowUp answers a message that forBot accepted, read after the previous
// questions (oldest first) its reply or thread gives, as a reply to it.
// With no previous question it is Message.
func (h *Handler) FollowUp(ctx context.Context, m *discordgo.Message, question string, previous []string) *discordgo.MessageSend {
	conv, ok := h.a.(Conversant)
	if len(previous) == 0 || question == "" || !ok {
		return h.Message(ctx, m, question)
	}
	start := h.now()
	var r reply
	out := outcome{qlen: len(question)}
	func() {
		defer func() {
			if p := recover(); p != nil {
				r, out = notice(msgApology), outcome{name: OutcomePanic, qlen: len(question), detail: panicError(p)}
			}
		}()
		if rr, name, ok := h.admit(m.Author.ID); !ok {
			r, out.name = rr, name
			return
		}
		defer h.gate.leave()
		a, err := conv.AskAfter(ctx, question, previous...)
		r, out = h.answered(a, err, question)
	}()
	h.record("message", []any{"message", m.ID, "user", m.Author.ID, "follow_up", true}, out, h.now().Sub(start))
	return r.messageSend(m)
}

// answered renders what Ask or AskAfter returned, with its outcome.
func (h *Handler) answered(a qa.Answer, err error, question string) (reply, outcome) {
	out := outcome{qlen: len(question)}
	switch {
	case errors.Is(err, qa.ErrInvalidQuestion):
		out.name = OutcomeInvalid
		return notice(inputProblem(err)), out
	case err != nil:
		return errorOutcome(err, len(question))
	case a.Kind == qa.KindSmallTalk:
		out.name = OutcomeSmallTalk
	case !a.Answered:
		out.name = OutcomeNotAnswered
	default:
		out.name = OutcomeAnswered
	}
	if a.Question == "" {
		a.Question = question
	}
	return h.renderAnswer(a), out
}

// mentionRE is a mention of a user, role or channel in a message's text.
var mentionRE = regexp.MustCompile(`<(?:@[!&]?|#)[0-9]+>`)

// checkMessage answers the message command: the target message's text,
// checked as a claim, shown only to its user with a button to post it.
func (h *Handler) checkMessage(ctx context.Context, i *discordgo.Interaction, d discordgo.ApplicationCommandInteractionData) (reply, outcome) {
	var m *discordgo.Message
	if d.Resolved != nil {
		m = d.Resolved.Messages[d.TargetID]
	}
	if m == nil {
		return notice("I can't see that message; please try again."), outcome{name: OutcomeStale}
	}
	claim := strings.Join(strings.Fields(mentionRE.ReplaceAllString(m.Content, " ")), " ")
	if claim == "" {
		return notice("That message has no text to check."), outcome{name: OutcomeInvalid}
	}
	if len(claim) > qa.MaxQuestionBytes {
		return notice("That message is too long to check (over " + strconv.Itoa(qa.MaxQuestionBytes) + " bytes); check a shorter one."), outcome{name: OutcomeInvalid, qlen: len(claim)}
	}
	return h.check(ctx, userID(i), claim, false)
}

// postCheck answers the "Post in channel" button: the check again, from the
// claim in the footer, for everyone in the channel.
func (h *Handler) postCheck(ctx context.Context, i *discordgo.Interaction) (reply, outcome) {
	claim, ok := claimOf(i.Message)
	if !ok {
		return notice("I can't tell which claim that was; please check it again."), outcome{name: OutcomeStale}
	}
	return h.check(ctx, userID(i), claim, true)
}

// check checks a claim within the cooldown and the gate.
func (h *Handler) check(ctx context.Context, user, claim string, public bool) (reply, outcome) {
	out := outcome{qlen: len(claim)}
	conv, ok := h.a.(Conversant)
	if !ok {
		out.name = OutcomeUnknown
		return notice(msgUnknown), out
	}
	if r, name, ok := h.admit(user); !ok {
		out.name = name
		return r, out
	}
	defer h.gate.leave()
	c, err := conv.Check(ctx, claim)
	switch {
	case errors.Is(err, qa.ErrInvalidQuestion):
		out.name = OutcomeInvalid
		return notice(inputProblem(err)), out
	case err != nil:
		return errorOutcome(err, len(claim))
	case c.Verdict == qa.NotCovered:
		out.name = OutcomeNotAnswered
	default:
		out.name = OutcomeAnswered
	}
	return renderCheck(c, public), out
}

// claimOf recovers a checked claim from a check's footer.
func claimOf(m *discordgo.Message) (string, bool) {
	if m == nil {
		return "", false
	}
	for _, e := range m.Embeds {
		if e != nil && e.Footer != nil && strings.HasPrefix(e.Footer.Text, claimPrefix) && !strings.HasSuffix(e.Footer.Text, ellipsis) {
			return strings.TrimPrefix(e.Footer.Text, claimPrefix), true
		}
	}
	return "", false
}

// checkPassage bounds one quoted passage of a check.
const checkPassage = 600

// renderCheck renders a claim check: the verdict, the claim, the passages
// that support it and those that give something else, numbered citations
// and where the sources differ. Unless public, it is shown only to its user,
// with a button to post it in the channel.
func renderCheck(c qa.Checked, public bool) reply {
	e := &discordgo.MessageEmbed{Color: colourAnswer, Footer: &discordgo.MessageEmbedFooter{Text: cutWord(claimPrefix+c.Claim, maxFooter)}}
	switch c.Verdict {
	case qa.Supported:
		e.Title = "Supported by the coverage"
	case qa.Differs:
		e.Title = "The coverage gives something different"
	default:
		e.Title = "The coverage does not say"
		e.Color = colourMiss
	}
	var b strings.Builder
	b.WriteString("> " + escape(cutWord(c.Claim, 300)))
	var sources []string
	n := 0
	section := func(name string, hits []qa.Hit) {
		if len(hits) == 0 {
			return
		}
		b.WriteString("\n\n**" + name + "**")
		for _, h := range hits {
			n++
			body, _ := quoteBlock(h.Text, h.Marks, checkPassage, ellipsis)
			b.WriteString("\n" + body + " [" + strconv.Itoa(n) + "]")
			sources = append(sources, "["+strconv.Itoa(n)+"] "+cite(h.Article))
		}
	}
	section("Supported by:", c.Supporting)
	section("Gives something different:", c.Differing)
	if c.Nearest != nil {
		b.WriteString("\n\nNone of the articles says so.")
		section("Nearest miss (not a support):", []qa.Hit{*c.Nearest})
	}
	if len(sources) > 0 {
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: "Sources", Value: fieldLines(sources)})
	}
	if len(c.Differences) > 0 {
		var lines []string
		for _, d := range c.Differences {
			lines = append(lines, "• "+escape(d))
		}
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: "Sources differ", Value: fieldLines(lines)})
	}
	room := min(maxDescription, maxEmbedsTotal-embedsLength([]*discordgo.MessageEmbed{e}))
	e.Description = cutWord(b.String(), room)
	r := reply{embeds: []*discordgo.MessageEmbed{e}, ephemeral: !public}
	if !public {
		r.components = []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
			discordgo.Button{Label: "Post in channel", Style: discordgo.SecondaryButton, CustomID: idPost},
		}}}
	}
	return r
}

// The follow-up message command and its form, for transports that do not
// see messages (the HTTP endpoint), and for anyone: right-click the bot's
// answer (or a question) → Apps → "Ask a follow-up", and type it.
const (
	cmdFollowUp   = "Ask a follow-up"
	idFollowUp    = "followup" // the form
	inputQuestion = "question"
	inputAfter    = "after"
)

// followUpForm answers the follow-up message command with a form: the
// follow-up to type, and the previous question, filled in from the target
// message (an answer's footer, or a question's text) and editable.
func (h *Handler) followUpForm(i *discordgo.Interaction) (*discordgo.InteractionResponse, outcome, bool) {
	d, ok := i.Data.(discordgo.ApplicationCommandInteractionData)
	if !ok || d.Name != cmdFollowUp {
		return nil, outcome{}, false
	}
	var m *discordgo.Message
	if d.Resolved != nil {
		m = d.Resolved.Messages[d.TargetID]
	}
	prev, ok := questionOf(m)
	if !ok && m != nil {
		prev = strings.Join(strings.Fields(mentionRE.ReplaceAllString(m.Content, " ")), " ")
	}
	if prev == "" {
		return notice("That message has no question to follow up; use /ask instead.").response(), outcome{name: OutcomeStale}, true
	}
	minLen := 1
	return &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseModal,
		Data: &discordgo.InteractionResponseData{
			CustomID: idFollowUp,
			Title:    cmdFollowUp,
			Components: []discordgo.MessageComponent{
				discordgo.ActionsRow{Components: []discordgo.MessageComponent{discordgo.TextInput{
					CustomID: inputQuestion, Label: "Your follow-up", Style: discordgo.TextInputShort,
					Placeholder: "and germany? why? who else?", Required: true, MinLength: minLen, MaxLength: maxQuestion,
				}}},
				discordgo.ActionsRow{Components: []discordgo.MessageComponent{discordgo.TextInput{
					CustomID: inputAfter, Label: "After the question", Style: discordgo.TextInputParagraph,
					Value: cutWord(prev, maxQuestion), Required: false, MaxLength: maxQuestion,
				}}},
			},
		},
	}, outcome{name: OutcomeForm, qlen: len(prev)}, true
}

// followUpSubmit answers the form: the follow-up read after the question,
// for everyone in the channel, as /ask answers.
func (h *Handler) followUpSubmit(ctx context.Context, i *discordgo.Interaction) (reply, outcome, error) {
	d, ok := i.Data.(discordgo.ModalSubmitInteractionData)
	if !ok || d.CustomID != idFollowUp {
		return reply{}, outcome{name: OutcomeUnknown}, fmt.Errorf("bot: form %q: %w", cutWord(d.CustomID, maxCustomID), ErrUnknownInteraction)
	}
	values := inputs(d.Components)
	question, prev := values[inputQuestion], values[inputAfter]
	conv, ok := h.a.(Conversant)
	if !ok || strings.TrimSpace(prev) == "" {
		r, out := h.ask(ctx, userID(i), question, h.renderAnswer)
		return r, out, nil
	}
	if r, name, ok := h.admit(userID(i)); !ok {
		return r, outcome{name: name, qlen: len(question)}, nil
	}
	defer h.gate.leave()
	a, err := conv.AskAfter(ctx, question, prev)
	r, out := h.answered(a, err, question)
	return r, out, nil
}

// inputs are a submitted form's values by input.
func inputs(components []discordgo.MessageComponent) map[string]string {
	out := map[string]string{}
	var walk func([]discordgo.MessageComponent)
	walk = func(cs []discordgo.MessageComponent) {
		for _, c := range cs {
			switch c := c.(type) {
			case *discordgo.ActionsRow:
				walk(c.Components)
			case discordgo.ActionsRow:
				walk(c.Components)
			case *discordgo.TextInput:
				out[c.CustomID] = c.Value
			case discordgo.TextInput:
				out[c.CustomID] = c.Value
			}
		}
	}
	walk(components)
	return out
}
