package bot

import (
	"slices"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"
	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/internal/qa"
)

// renderQuotes renders quotation look-ups: speaker, the surrounding sentence
// with the quoted words in bold, and the articles that carry it.
func renderQuotes(results []qa.QuoteResult, words, speaker string) reply {
	if len(results) == 0 {
		return reply{content: cutWord("No quotation in the coverage matches "+describeLookup(words, speaker)+".", maxContent), ephemeral: true}
	}
	e := &discordgo.MessageEmbed{Title: cutWord("Quotations matching "+describeLookup(words, speaker), maxTitle), Color: colourAnswer}
	near := results[0].Near
	var lines []string
	if strings.TrimSpace(speaker) != "" {
		typed := cutWord(strings.Join(strings.Fields(speaker), " "), 80)
		lines = append(lines, "“"+escape(typed)+"” taken for "+escape(cutWord(strings.Join(speakersOf(results), ", "), 300))+".")
	}
	if near {
		// nothing comes close: the nearest, said to be no match, shown
		// only to the asker as a miss of /ask is
		e.Title = cutWord("No quotation in the coverage matches "+describeLookup(words, speaker), maxTitle)
		e.Color = colourMiss
		lines = append(lines, "**Nearest (not a match):**")
	}
	e.Description = strings.Join(lines, "\n")
	shown := 0
	for _, r := range results {
		if len(e.Fields) == maxFields {
			break
		}
		name := r.Speaker
		if name == "" {
			name = "Speaker not stated"
		}
		var lines []string
		if r.Unlike != "" {
			lines = append(lines, "*The words looked up and the quotation differ by “"+escape(r.Unlike)+"”: they say opposite things.*")
		}
		for i, c := range r.Citations {
			if i == 0 {
				sentence := c.Sentence
				if sentence == "" {
					sentence = r.Text
				}
				body, _ := quoteBlock(sentence, quoteMarks(sentence, r.Text), maxFieldValue-300, ellipsis)
				lines = append(lines, body)
			}
			lines = append(lines, "— "+cite(c.Article))
		}
		f := &discordgo.MessageEmbedField{Name: cutWord(escape(name), maxFieldName), Value: fieldLines(lines)}
		if embedsLength([]*discordgo.MessageEmbed{e})+length(f.Name)+length(f.Value)+100 > maxEmbedsTotal {
			break
		}
		e.Fields = append(e.Fields, f)
		shown++
	}
	if shown < len(results) {
		e.Footer = &discordgo.MessageEmbedFooter{Text: strconv.Itoa(len(results)-shown) + " more not shown: narrow the search with more words or a speaker."}
	}
	return reply{embeds: []*discordgo.MessageEmbed{e}, ephemeral: near}
}

// speakersOf lists the speakers of results, once each, in order: whom a
// speaker typed was taken for.
func speakersOf(results []qa.QuoteResult) []string {
	var out []string
	for _, r := range results {
		if r.Speaker != "" && !slices.Contains(out, r.Speaker) {
			out = append(out, r.Speaker)
		}
	}
	return out
}

// quoteMarks marks where the quoted words stand in their sentence.
func quoteMarks(sentence, quoted string) [][2]int {
	i := strings.Index(sentence, quoted)
	if i < 0 || quoted == "" {
		return nil
	}
	return [][2]int{{i, i + len(quoted)}}
}

func describeLookup(words, speaker string) string {
	var parts []string
	if w := strings.TrimSpace(words); w != "" {
		parts = append(parts, "“"+cutWord(strings.Join(strings.Fields(w), " "), 80)+"”")
	}
	if s := strings.TrimSpace(speaker); s != "" {
		parts = append(parts, "by "+cutWord(strings.Join(strings.Fields(s), " "), 80))
	}
	return strings.Join(parts, " ")
}

// renderSources lists the articles with headline or opening words, outlet,
// author and dates where stated, and the link.
func renderSources(c *corpus.Corpus) reply {
	e := &discordgo.MessageEmbed{Title: "The coverage", Color: colourAnswer,
		Description: "Answers come only from these " + strconv.Itoa(len(c.Articles)) + " articles."}
	for i, a := range c.Articles {
		if len(e.Fields) == maxFields {
			break
		}
		var facts []string
		for _, f := range []string{a.Outlet, byline(a.Author)} {
			if f != "" {
				facts = append(facts, escape(f))
			}
		}
		if a.Published != "" {
			facts = append(facts, "published "+a.Published)
		}
		if a.EventDate != "" {
			facts = append(facts, "reports "+a.EventDate)
		}
		value := strings.Join(facts, " · ")
		if a.URL != "" {
			value += "\n" + a.URL
		}
		if value == "" {
			value = "(the article states no outlet, author or date)"
		}
		title := "[" + strconv.Itoa(i+1) + "] " + strings.Join(strings.Fields(a.Title()), " ")
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: cutWord(title, maxFieldName), Value: cutWord(value, maxFieldValue)})
	}
	return reply{embeds: []*discordgo.MessageEmbed{e}, ephemeral: true}
}

// helpText is /help's reply.
const helpText = `I answer questions about the "Coalition of the Willing" summit on Ukraine's security (Paris, 6 January 2026) from five news articles, and quote only what they say.

**/ask** question — an answer with the passage it comes from and numbered citations; **More passages** shows the next results, **Sources** the articles.
**/quote** text and/or speaker — direct quotations, best match first, who said them and where: the words as you remember them, the speaker by name (any spelling) or title ("the chancellor"); the speaker option autocompletes.
**/summary** [topic] — an overview in 3–5 of the articles' sentences, each cited; with a topic, about that topic.
**/sources** — the articles, with outlet and dates.
**Mention me** with a question (or send it in a direct message) and I reply to your message.
**Follow up**: reply to my answer and mention me ("and germany?", "why?"), or right-click it → Apps → **Ask a follow-up**.
**Check a claim**: right-click any message → Apps → **Check against the coverage**.

When the articles do not answer, I say "The coverage does not say" and show the nearest passage, labelled as not an answer.`

func renderHelp() reply {
	return reply{embeds: []*discordgo.MessageEmbed{{Title: "summitbot", Description: helpText, Color: colourAnswer}}, ephemeral: true}
}

// msgWelcome answers thanks.
const msgWelcome = "You're welcome. Ask me anything else about the coverage."

// renderSmallTalk replies in kind to a message that asks nothing of the
// articles: thanks with a welcome, a greeting, a question about the bot
// ("who are you", "help") or a task it does not do ("write me a poem")
// with what the bot does.
func renderSmallTalk(a qa.Answer) reply {
	if a.SmallTalk == qa.Thanks {
		return reply{content: msgWelcome}
	}
	r := renderHelp()
	switch a.SmallTalk {
	case qa.Greeting:
		r.embeds[0].Title = "Hello! I'm summitbot"
	case qa.Task:
		r.embeds[0].Title = "That is not something I do" // "write me a poem"
	}
	return r
}

// notice is a short text reply shown only to the user.
func notice(text string) reply {
	return reply{content: cutWord(text, maxContent), ephemeral: true}
}
