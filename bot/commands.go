package bot

import "github.com/bwmarrin/discordgo"

// The slash commands, their options and the buttons' custom_id prefixes.
const (
	cmdAsk     = "ask"
	cmdQuote   = "quote"
	cmdSources = "sources"
	cmdHelp    = "help"

	optQuestion = "question"
	optText     = "text"
	optSpeaker  = "speaker"

	idMore    = "more:"   // followed by the index of the first passage to show
	idSources = "sources" // the article list
)

// Commands returns the slash command definitions, to bulk-overwrite at
// start-up (registering them twice changes nothing).
func Commands() []*discordgo.ApplicationCommand {
	minLen := 1
	dm := true
	return append([]*discordgo.ApplicationCommand{
		{
			Name:         cmdAsk,
			Description:  "Ask a question about the Paris summit on Ukraine's security (6 January 2026)",
			DMPermission: &dm,
			Options: []*discordgo.ApplicationCommandOption{{
				Type:        discordgo.ApplicationCommandOptionString,
				Name:        optQuestion,
				Description: "Your question, such as: who refused to deploy troops?",
				Required:    true,
				MinLength:   &minLen,
				MaxLength:   maxQuestion,
			}},
		},
		{
			Name:         cmdQuote,
			Description:  "Find direct quotations by their words, their speaker, or both",
			DMPermission: &dm,
			Options: []*discordgo.ApplicationCommandOption{
				{
					Type:        discordgo.ApplicationCommandOptionString,
					Name:        optText,
					Description: "Words of the quotation",
					MinLength:   &minLen,
					MaxLength:   maxQuestion,
				},
				{
					Type:         discordgo.ApplicationCommandOptionString,
					Name:         optSpeaker,
					Description:  "Who said it (any spelling)",
					Autocomplete: true,
					MinLength:    &minLen,
					MaxLength:    maxChoice,
				},
			},
		},
		{
			Name:         cmdSources,
			Description:  "List the news articles the answers come from",
			DMPermission: &dm,
		},
		{
			Name:         cmdHelp,
			Description:  "What this bot can do",
			DMPermission: &dm,
		},
		summaryCommand(), // summary.go
	}, messageCommands()...)
}
