package bot

import (
	"context"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"
	"github.com/summitbot/summitbot/corpus"
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

// renderSummary renders an overview: its sentences in reading order, each
// quoted and followed by the number of its article, then the numbered
// citations; within one embed's limits (sentences that do not fit are left
// out, never cut).
func renderSummary(a qa.Answer) reply {
	e := &discordgo.MessageEmbed{Title: "Summary", Color: colourAnswer, Footer: askedFooter(a.Question)}
	order := a.Order
	if len(order) != len(a.Passages) {
		order = order[:0]
		for i := range a.Passages {
			order = append(order, i)
		}
	}
	var cited []*corpus.Article
	num := func(art *corpus.Article) int {
		for i, c := range cited {
			if c == art {
				return i + 1
			}
		}
		cited = append(cited, art)
		return len(cited)
	}
	var body []string
	used := 0
	for _, i := range order {
		h := a.Passages[i]
		n := num(h.Article)
		line, _ := quoteBlock(h.Text, nil, maxDescription, ellipsis)
		line += " [" + strconv.Itoa(n) + "]"
		if used+length(line)+2 > maxDescription-200 {
			cited = cited[:len(cited)-boolInt(n == len(cited))]
			continue
		}
		body = append(body, line)
		used += length(line) + 2
	}
	e.Description = strings.Join(body, "\n")
	var lines []string
	for i, art := range cited {
		lines = append(lines, "["+strconv.Itoa(i+1)+"] "+cite(art))
	}
	e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: "Sources", Value: fieldLines(lines)})
	return reply{embeds: []*discordgo.MessageEmbed{e}, components: answerButtons(false, 0, false)}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
