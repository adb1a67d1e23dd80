package bot

import (
	"context"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"
	"github.com/summitbot/summitbot/internal/qa"
)

// The /summary command and its option.
const (
	cmdSummary = "summary"
	optTopic   = "topic"
)

// summaryCommand is the /summary slash command: an overview of the
// coverage, or of a topic.
func summaryCommand() *discordgo.ApplicationCommand {
	minLen := 1
	// in servers and in direct messages with the bot (what DMPermission,
	// deprecated, says for the other commands)
	where := []discordgo.InteractionContextType{discordgo.InteractionContextGuild, discordgo.InteractionContextBotDM}
	return &discordgo.ApplicationCommand{
		Name:        cmdSummary,
		Description: "An overview of the coverage in a few of its sentences, each cited",
		Contexts:    &where,
		Options: []*discordgo.ApplicationCommandOption{{
			Type:        discordgo.ApplicationCommandOptionString,
			Name:        optTopic,
			Description: "What the overview should be about, such as: Greenland (leave empty for the whole event)",
			MinLength:   &minLen,
			MaxLength:   maxQuestion,
		}},
	}
}

// summarizer is an Answerer that also makes overviews; *qa.Engine is one.
// An Answerer that is not gets an overview by asking for one.
type summarizer interface {
	Summary(ctx context.Context, topic string) (qa.Answer, error)
}

// summary answers /summary [topic], within the cooldown and the gate.
func (h *Handler) summary(ctx context.Context, user, topic string) (reply, outcome) {
	question := strings.TrimSpace("summary " + topic)
	return h.ask(ctx, user, question, func(a qa.Answer) reply {
		if s, ok := h.a.(summarizer); ok && a.Kind != qa.KindOverview {
			if sa, err := s.Summary(ctx, topic); err == nil {
				a = sa
			}
		}
		if a.Question == "" || a.Kind == qa.KindOverview {
			a.Question = question
		}
		return h.renderAnswer(a)
	})
}

// renderGathered renders the answers several passages make together: an
// overview, and a list whose items stand in more than one passage. It
// reports false for other answers.
func renderGathered(a qa.Answer) (reply, bool) {
	if !a.Answered || len(a.Passages) == 0 {
		return reply{}, false
	}
	if a.Kind == qa.KindOverview {
		order := a.Order
		if len(order) != len(a.Passages) {
			order = nil
			for i := range a.Passages {
				order = append(order, i)
			}
		}
		head := ""
		if a.Short != "" {
			head = "**" + escape(a.Short) + "**" // the gist in a line
		}
		return renderPassages(a, "Summary", head, order), true
	}
	var with []int // the passages the items stand in, in order
	for _, it := range a.Items {
		if it.Passage >= 0 && it.Passage < len(a.Passages) && !slices.Contains(with, it.Passage) {
			with = append(with, it.Passage)
		}
	}
	if len(with) < 2 {
		return reply{}, false
	}
	sort.Ints(with)
	head := ""
	if a.Short != "" {
		head = "**" + escape(a.Short) + "**" // (items too long to join in a line have none)
	}
	return renderPassages(a, "", head, with), true
}

// renderPassages renders passages of an answer, in the order given, each
// quoted and followed by the number of its article, under a title or a
// head line, then the numbered citations; within one embed's limits
// (passages that do not fit are left out, never cut).
func renderPassages(a qa.Answer, title, head string, order []int) reply {
	e := &discordgo.MessageEmbed{Title: cutWord(title, maxTitle), Color: colourAnswer, Footer: askedFooter(a.Question)}
	var cited qa.Citations
	var body []string
	used := 0
	if head != "" {
		head = cutWord(head, maxTitle)
		body = append(body, head+"\n")
		used = length(head) + 2
	}
	for _, i := range order {
		h := a.Passages[i]
		n, added := cited.Number(h.Article)
		line, _ := quoteBlock(h.Text, h.Marks, maxDescription, ellipsis)
		line += " [" + strconv.Itoa(n) + "]"
		if used+length(line)+2 > maxDescription-200 {
			if added {
				cited.Articles = cited.Articles[:n-1] // cited only by what is left out
			}
			continue
		}
		body = append(body, line)
		used += length(line) + 2
	}
	e.Description = strings.Join(body, "\n")
	var lines []string
	for i, art := range cited.Articles {
		lines = append(lines, "["+strconv.Itoa(i+1)+"] "+cite(art))
	}
	e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: "Sources", Value: fieldLines(lines)})
	return reply{embeds: []*discordgo.MessageEmbed{e}, components: answerButtons(false, 0, false)}
}
