package bot

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"
	"github.com/summitbot/summitbot/internal/qa"
)

// command answers a slash command.
func (h *Handler) command(ctx context.Context, i *discordgo.Interaction) (reply, outcome, error) {
	d, ok := i.Data.(discordgo.ApplicationCommandInteractionData)
	if !ok {
		return reply{}, outcome{name: OutcomeUnknown}, fmt.Errorf("bot: command without command data: %w", ErrUnknownInteraction)
	}
	switch d.Name {
	case cmdAsk:
		q := optionString(d.Options, optQuestion)
		r, out := h.ask(ctx, userID(i), q, h.renderAnswer)
		return r, out, nil
	case cmdQuote:
		r, out := h.quote(ctx, userID(i), optionString(d.Options, optText), optionString(d.Options, optSpeaker))
		return r, out, nil
	case cmdSources:
		return renderSources(h.a.Corpus()), outcome{name: OutcomeSources}, nil
	case cmdHelp:
		return renderHelp(), outcome{name: OutcomeHelp}, nil
	case cmdSummary:
		r, out := h.summary(ctx, userID(i), optionString(d.Options, optTopic))
		return r, out, nil
	case cmdCheck:
		r, out := h.checkMessage(ctx, i, d)
		return r, out, nil
	}
	return reply{}, outcome{name: OutcomeUnknown}, fmt.Errorf("bot: command %q: %w", d.Name, ErrUnknownInteraction)
}

// ask answers a question, within the cooldown and the gate, rendering the
// answer with render.
func (h *Handler) ask(ctx context.Context, user, question string, render func(qa.Answer) reply) (reply, outcome) {
	out := outcome{qlen: len(question)}
	if r, name, ok := h.admit(user); !ok {
		out.name = name
		return r, out
	}
	defer h.gate.leave()
	a, err := h.a.Ask(ctx, question)
	switch {
	case errors.Is(err, qa.ErrInvalidQuestion):
		out.name = OutcomeInvalid
		return notice(inputProblem(err)), out
	case err != nil:
		r, o := errorOutcome(err, len(question))
		return r, o
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
	return render(a), out
}

func (h *Handler) renderAnswer(a qa.Answer) reply { return renderAnswer(a, h.a.Corpus()) }

// quote looks up quotations.
func (h *Handler) quote(ctx context.Context, user, words, speaker string) (reply, outcome) {
	out := outcome{qlen: len(words) + len(speaker)}
	if r, name, ok := h.admit(user); !ok {
		out.name = name
		return r, out
	}
	defer h.gate.leave()
	results, err := h.a.Quote(ctx, words, speaker)
	switch {
	case errors.Is(err, qa.ErrInvalidQuestion):
		out.name = OutcomeInvalid
		return notice(inputProblem(err)), out
	case err != nil:
		r, o := errorOutcome(err, out.qlen)
		return r, o
	case len(results) == 0 || results[0].Near:
		out.name = OutcomeNoQuotes
	default:
		out.name = OutcomeQuotes
	}
	return renderQuotes(results, words, speaker), out
}

// component answers a button press: "More passages" and "Sources".
func (h *Handler) component(ctx context.Context, i *discordgo.Interaction) (reply, outcome, error) {
	d, ok := i.Data.(discordgo.MessageComponentInteractionData)
	if !ok {
		return reply{}, outcome{name: OutcomeUnknown}, fmt.Errorf("bot: component without component data: %w", ErrUnknownInteraction)
	}
	id := d.CustomID
	switch {
	case id == idSources:
		return renderSources(h.a.Corpus()), outcome{name: OutcomeSources}, nil
	case id == idPost:
		r, out := h.postCheck(ctx, i)
		return r, out, nil
	case strings.HasPrefix(id, idMore):
		from, err := strconv.Atoi(strings.TrimPrefix(id, idMore))
		if err != nil || from < 0 || from >= qa.MaxPassages {
			break
		}
		q, ok := questionOf(i.Message)
		if !ok {
			return notice("I can't tell which question that was; please ask again."), outcome{name: OutcomeStale}, nil
		}
		r, out := h.ask(ctx, userID(i), q, func(a qa.Answer) reply { return renderMore(a, from) })
		return r, out, nil
	}
	return reply{}, outcome{name: OutcomeUnknown}, fmt.Errorf("bot: button %q: %w", cutWord(id, maxCustomID), ErrUnknownInteraction)
}

// autocomplete offers speakers matching what has been typed, at most 25.
func (h *Handler) autocomplete(i *discordgo.Interaction) (*discordgo.InteractionResponse, outcome) {
	var choices []*discordgo.ApplicationCommandOptionChoice
	d, _ := i.Data.(discordgo.ApplicationCommandInteractionData)
	out := outcome{name: OutcomeAutocomplete}
	if opt := focused(d.Options); opt != nil && opt.Name == optSpeaker {
		typed, _ := opt.Value.(string)
		out.qlen = len(typed)
		for _, name := range h.a.Speakers(typed, maxChoices) {
			name = cutWord(name, maxChoice)
			choices = append(choices, &discordgo.ApplicationCommandOptionChoice{Name: name, Value: name})
		}
		if len(choices) == 0 && strings.TrimSpace(typed) != "" {
			// Nobody matches: offer what was typed, so it can still be sent.
			typed = cutWord(strings.Join(strings.Fields(typed), " "), maxChoice)
			choices = append(choices, &discordgo.ApplicationCommandOptionChoice{Name: typed, Value: typed})
		}
	}
	return &discordgo.InteractionResponse{
		Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: choices},
	}, out
}

// optionString is the value of a string option, or "".
func optionString(opts []*discordgo.ApplicationCommandInteractionDataOption, name string) string {
	for _, o := range opts {
		if o != nil && o.Name == name {
			s, _ := o.Value.(string)
			return s
		}
	}
	return ""
}

// focused is the option being typed in an autocomplete interaction.
func focused(opts []*discordgo.ApplicationCommandInteractionDataOption) *discordgo.ApplicationCommandInteractionDataOption {
	for _, o := range opts {
		if o != nil && o.Focused {
			return o
		}
	}
	return nil
}
