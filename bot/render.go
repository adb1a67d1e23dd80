package bot

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"
	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/internal/qa"
)

// reply is what the bot sends, whatever the transport: content, embeds and
// buttons, and whether only the asker sees it.
type reply struct {
	content    string
	embeds     []*discordgo.MessageEmbed
	components []discordgo.MessageComponent
	ephemeral  bool
}

// The embeds' colours.
const (
	colourAnswer = 0x2b6cb0
	colourMiss   = 0x718096
)

// askedPrefix starts the footer that carries the question, from which the
// buttons recover it (so they need no state on the server).
const askedPrefix = "Asked: "

// pageSize is how many passages one "More passages" reply shows at most.
const pageSize = 3

// cutNote ends an answer cut for length.
const cutNote = " … *(cut for length: press **More passages** for the rest)*"

// renderAnswer renders an answer: the short answer in bold, the quoted
// passage with the answer marked, numbered citations, who else reports it
// and where the sources differ.
func renderAnswer(a qa.Answer, c *corpus.Corpus) reply {
	if a.Kind == qa.KindSmallTalk {
		return renderSmallTalk(a)
	}
	if !a.Answered || len(a.Passages) == 0 {
		return renderMiss(a)
	}
	if r, ok := renderGathered(a); ok {
		return r // an overview, or a list several passages give (summary.go)
	}
	e := &discordgo.MessageEmbed{Color: colourAnswer, Footer: askedFooter(a.Question)}
	head := "**From the coverage:**"
	if a.Headline() != "" {
		head = "**" + escape(a.Headline()) + "**"
	}
	head = cutWord(head, maxTitle)
	h := a.Passages[0]
	var sources []string
	sources = append(sources, "[1] "+cite(h.Article))
	n := 1
	for _, id := range a.Sources {
		if id == h.Article.ID {
			continue
		}
		if art := articleIn(a, c, id); art != nil {
			n++
			sources = append(sources, "["+strconv.Itoa(n)+"] "+cite(art))
		}
	}
	e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: "Source", Value: fieldLines(sources[:1])})
	if len(sources) > 1 {
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: "Also reported by", Value: fieldLines(sources[1:])})
	}
	if len(a.Differences) > 0 {
		var lines []string
		for _, d := range a.Differences {
			lines = append(lines, "• "+escape(d))
		}
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: "Sources differ", Value: fieldLines(lines)})
	}
	room := min(maxDescription, maxEmbedsTotal-embedsLength([]*discordgo.MessageEmbed{e}))
	body, wasCut := quoteBlock(h.Text, h.Marks, room-length(head)-len("\n\n")-len(" [1]"), cutNote)
	e.Description = head + "\n\n" + body + " [1]"
	more := len(a.Passages) > 1 || wasCut
	return reply{embeds: []*discordgo.MessageEmbed{e}, components: answerButtons(more, 0, wasCut)}
}

// renderMiss is the reply when the articles do not answer: shown only to the
// asker, with the nearest passage clearly labelled as not an answer.
func renderMiss(a qa.Answer) reply {
	e := &discordgo.MessageEmbed{
		Title:       "The coverage does not say",
		Description: "None of the articles answers that question.",
		Color:       colourMiss,
		Footer:      askedFooter(a.Question),
	}
	if len(a.Passages) > 0 {
		h := a.Passages[0]
		src := "— " + cite(h.Article)
		room := maxDescription - length(e.Description) - length(src) - 80
		body, _ := quoteBlock(h.Text, nil, room, ellipsis)
		e.Description += "\n\n**Nearest miss (not an answer):**\n" + body + "\n" + src
	}
	return reply{embeds: []*discordgo.MessageEmbed{e}, ephemeral: true}
}

// renderMore is the "More passages" reply: the passages from index from on,
// as many as fit, with a button for the next ones.
func renderMore(a qa.Answer, from int) reply {
	if !a.Answered || from >= len(a.Passages) || from < 0 {
		return reply{content: "There are no more passages for that question.", ephemeral: true}
	}
	e := &discordgo.MessageEmbed{Title: "More passages", Color: colourAnswer, Footer: askedFooter(a.Question)}
	room := min(maxDescription, maxEmbedsTotal-embedsLength([]*discordgo.MessageEmbed{e}))
	var b strings.Builder
	next := from
	for i := from; i < len(a.Passages) && i < from+pageSize; i++ {
		h := a.Passages[i]
		src := "\n— " + cite(h.Article)
		left := room - length(b.String()) - length(src) - len("\n\n")
		if i > from && left < 200 {
			break
		}
		body, _ := quoteBlock(h.Text, h.Marks, left, ellipsis)
		if i > from {
			b.WriteString("\n\n")
		}
		b.WriteString(body + src)
		next = i + 1
	}
	e.Description = b.String()
	return reply{embeds: []*discordgo.MessageEmbed{e}, components: answerButtons(next < len(a.Passages), next, false), ephemeral: true}
}

// answerButtons are "More passages" (starting at passage from, or the next
// one when the first was shown whole) and "Sources".
func answerButtons(more bool, from int, firstCut bool) []discordgo.MessageComponent {
	row := discordgo.ActionsRow{}
	if more {
		if from == 0 && !firstCut {
			from = 1
		}
		row.Components = append(row.Components, discordgo.Button{Label: "More passages", Style: discordgo.PrimaryButton, CustomID: idMore + strconv.Itoa(from)})
	}
	row.Components = append(row.Components, discordgo.Button{Label: "Sources", Style: discordgo.SecondaryButton, CustomID: idSources})
	return []discordgo.MessageComponent{row}
}

// quoteBlock renders passage text as a Markdown quotation with the marked
// ranges in bold, cut at a sentence (ending with tail) to fit in limit
// characters; it reports whether it cut.
func quoteBlock(text string, marks [][2]int, limit int, tail string) (string, bool) {
	render := func(t string) string { return "> “" + markRanges(t, marks) + "”" }
	out := render(text)
	if length(out) <= limit {
		return out, false
	}
	for budget := limit - (length(out) - length(text)); budget > 0; {
		short := cut(text, budget, "")
		out = render(short) + tail
		if length(out) <= limit {
			return out, true
		}
		budget -= length(out) - limit
	}
	return cutWord("> “"+escape(text), limit), true
}

// markRanges escapes text and bolds the marked byte ranges that lie within
// it; a line break stays one, within the quotation (a passage of two
// paragraphs, a run of bullets).
func markRanges(text string, marks [][2]int) string {
	var b strings.Builder
	at := 0
	for _, m := range marks {
		if m[0] < at || m[0] >= m[1] || m[1] > len(text) {
			continue
		}
		b.WriteString(quoteLines(text[at:m[0]]))
		b.WriteString("**" + escape(text[m[0]:m[1]]) + "**")
		at = m[1]
	}
	b.WriteString(quoteLines(text[at:]))
	return b.String()
}

// quoteLines escapes s, each of its lines on its own line of a quotation.
func quoteLines(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = escape(l)
	}
	return strings.Join(lines, "\n> ")
}

// cite is a citation: headline (or opening words), linked where the article
// has a URL, then outlet, author and date where the article states them.
func cite(a *corpus.Article) string {
	title := cutWord(strings.NewReplacer("[", "(", "]", ")").Replace(strings.Join(strings.Fields(a.Title()), " ")), 150)
	s := "*" + escape(title) + "*"
	if a.URL != "" {
		s = "[" + escape(title) + "](" + a.URL + ")"
	}
	var facts []string
	for _, f := range []string{a.Outlet, byline(a.Author), a.Published} {
		if f != "" {
			facts = append(facts, escape(f))
		}
	}
	if len(facts) > 0 {
		s += " — " + strings.Join(facts, ", ")
	}
	return s
}

func byline(author string) string {
	if author == "" {
		return ""
	}
	return "by " + author
}

// fieldLines joins lines into a field value, dropping those that do not fit.
func fieldLines(lines []string) string {
	var b strings.Builder
	for i, l := range lines {
		l = cutWord(l, maxFieldValue)
		if length(b.String())+length(l)+1 > maxFieldValue {
			fmt.Fprintf(&b, "\n… and %d more", len(lines)-i)
			break
		}
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(l)
	}
	return cutWord(b.String(), maxFieldValue)
}

// articleIn finds a source of an answer among its passages or in the corpus.
func articleIn(a qa.Answer, c *corpus.Corpus, id string) *corpus.Article {
	for _, h := range a.Passages {
		if h.Article != nil && h.Article.ID == id {
			return h.Article
		}
	}
	if c == nil {
		return nil
	}
	return c.Article(id)
}

func askedFooter(question string) *discordgo.MessageEmbedFooter {
	return &discordgo.MessageEmbedFooter{Text: cutWord(askedPrefix+strings.Join(strings.Fields(question), " "), maxFooter)}
}

// questionOf recovers the question from a message the bot sent.
func questionOf(m *discordgo.Message) (string, bool) {
	if m == nil {
		return "", false
	}
	for _, e := range m.Embeds {
		if e.Footer != nil && strings.HasPrefix(e.Footer.Text, askedPrefix) && !strings.HasSuffix(e.Footer.Text, ellipsis) {
			return strings.TrimPrefix(e.Footer.Text, askedPrefix), true
		}
	}
	return "", false
}
