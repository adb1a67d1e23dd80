// Package bot is summitbot's Discord front end: slash commands (/ask,
// /quote, /sources, /help), speaker autocomplete, the "More passages" and
// "Sources" buttons, and replies to mentions and direct messages, rendered as
// cited embeds within every Discord limit.
//
// Handler.Respond turns one interaction into one response without any
// transport, so the gateway (Serve) and the HTTP interactions endpoint
// (bot/endpoint) share it. The package owns its goroutines and its logging;
// the answer engine behind Answerer stays synchronous and quiet.
//
// # Creating the Discord application
//
//  1. Open <https://discord.com/developers/applications>, **New Application**, give it a name.
//
//  2. **Bot** page: **Reset Token** and copy the token: this is `DISCORD_TOKEN`. Keep it secret.
//     No privileged intent is needed (leave *Message Content Intent* off): the bot reads only
//     messages that mention it and direct messages, whose content Discord delivers anyway. Only
//     `ANSWER_IN_THREADS=true` needs *Message Content Intent* on (see "Conversations" below).
//
//  3. **General Information** page: the *Application ID* (optional `DISCORD_APP_ID`) and the
//     *Public Key* (`DISCORD_PUBLIC_KEY`, only for `serve-http`).
//
//  4. Invite the bot with the scopes `bot` and `applications.commands` and the permissions
//     *View Channels*, *Send Messages*, *Embed Links* and *Read Message History* (permissions
//     integer 84992):
//
//     `https://discord.com/oauth2/authorize?client_id=APPLICATION_ID&scope=bot+applications.commands&permissions=84992`
//
// # Running it
//
//	cp .env.example .env        # fill in DISCORD_TOKEN (and DISCORD_GUILD_ID while trying it out)
//	go run ./cmd/summitbot serve
//
// `.env` is read if present; real environment variables win over it. Every configuration problem
// (missing or malformed token, bad guild id, bad cooldown…) is reported at once, before connecting.
// At start-up the bot overwrites its slash commands in bulk (idempotent): in the server
// `DISCORD_GUILD_ID` names (instant), else globally (Discord may take up to an hour to show them).
// SIGINT/SIGTERM (Ctrl-C) stops it gracefully: answers in progress finish first (up to 10 s).
// Logs are `log/slog` text lines on standard output with the interaction id, user id, question
// length, latency and outcome; never the token, never the question's text.
//
// # What users see
//
// - `/ask question:who refused to deploy troops?` answers with an embed:
//
//		> **Croatia and the Czech Republic**
//		>
//		> > “Belgium said it would support the effort through its navy and air force, while
//		> > **Croatia and the Czech Republic** said they would not deploy troops.” [1]
//		>
//		> **Source** — [1] *The United States has backed security guarantees for Ukraine, including…*
//		>
//		> *Asked: who refused to deploy troops?*
//		>
//		> `[More passages]` `[Sources]`
//
//		"Also reported by" lists the other articles that agree (numbered [2], [3]…), "Sources differ"
//		notes where they report it differently; citations give the headline (or opening words), linked
//		where the article has a URL, with outlet, author and date where the article states them.
//		**More passages** shows the next passages, only to whoever pressed it; **Sources** the articles.
//	  - When the articles do not answer: "The coverage does not say", shown only to the asker, with
//	    the nearest passage labelled *Nearest miss (not an answer)*.
//	  - `/summary topic:<words>` (topic optional), or an overview question by `/ask`, mention or DM
//	    ("tldr", "tell me about Greenland"): an embed titled *Summary*, 3 to 5 of the articles'
//	    sentences quoted in reading order, each followed by its article's number, and the numbered
//	    **Sources** below (sentences that would pass the embed limits are left out, never cut).
//	  - `/quote text:<words> speaker:<name>` (either or both): the quotations, who said them, the
//	    sentence around them and the articles; `speaker` autocompletes (25 choices at most, any
//	    spelling: "zelenskiy" finds Volodymyr Zelenskyy).
//	  - `/quote text:<words> speaker:<name>` (either or both): the quotations, best match first, who
//	    said them, the sentence around them and the articles; a speaker typed is answered with whom it
//	    was taken for ("“the chancellor” taken for Friedrich Merz."). When no quotation comes close the
//	    reply, shown only to the asker, says so and gives the nearest one or two under *Nearest (not a
//	    match)*. `speaker` autocompletes (25 choices at most) from any spelling, a misspelling, the start
//	    of a name or a title: "zelenskiy" and "zel" offer Volodymyr Zelenskyy, "british pm" Keir Starmer.
//	  - `/sources`: the five articles with outlet, author, dates and links. `/help`: what the bot does.
//	  - `@summitbot who refused to deploy troops?` in a channel, or the question in a DM: the same
//	    answer as a reply to that message. Messages from bots and messages not for the bot are ignored.
//	    A reply to an answer, or a mention in a thread the bot answered in, is read as a follow-up; the
//	    message commands *Check against the coverage* and *Ask a follow-up* work on any message (see
//	    "Conversations: follow-ups and claim checks").
//	  - No reply ever pings anyone (`allowed_mentions` with an explicit empty `parse` list).
//	  - Empty, over-long (over 1000 bytes) or binary questions get a short explanation, shown only to
//	    the asker; a failure inside the bot gets an apology, never an error text or stack trace.
//
// # Configuration
//
// | Variable | Mode | Default | Meaning |
// |---|---|---|---|
// | `DISCORD_TOKEN` | serve (required) | | bot token (shape checked; never logged) |
// | `DISCORD_GUILD_ID` | serve | global | register commands in this server only |
// | `DISCORD_APP_ID` | both | from READY | application id |
// | `DISCORD_PUBLIC_KEY` | serve-http (required) | | application public key, 64 hex digits |
// | `HTTP_ADDR` | serve-http | `127.0.0.1:8080` | listen address |
// | `COOLDOWN_QUESTIONS` | both | `3` | questions per user per window; `0` turns the cooldown off |
// | `COOLDOWN_WINDOW` | both | `10s` | the cooldown window (Go duration) |
// | `MAX_CONCURRENT` | both | `8` | questions answered at once; more get "try again in a moment" |
// | `SHARD_ID`, `SHARD_COUNT` | serve | `0`, `1` | the gateway shard this process runs |
// | `DISCORD_API_BASE` | both | Discord | a Discord-compatible API (self-hosted, staging fake) for REST and gateway |
// | `LOG_LEVEL` | both | `info` | `debug`, `info`, `warn`, `error` |
// | `ANSWER_IN_THREADS` | serve | `false` | `true` (every server) or server ids `123,456` (those only): a mention in a channel starts a thread on the question, and follow-ups in it need no mention; needs the privileged *Message Content Intent* (see below) |
//
// # Conversations: follow-ups and claim checks
//
// Every question used to stand alone. Now a question can follow up an earlier one, and any message can be
// checked against the coverage. Nothing is stored: the context is read back from Discord each time, so it
// works across restarts and across several `serve-http` replicas.
//
// **Follow-ups.** Reply to the bot's answer (or to the message that asked it) and mention the bot; or
// mention it in a thread where it answered within the last 30 minutes:
//
//	dana:       @summitbot did Croatia send troops?
//	summitbot:  (answer) … Croatia and the Czech Republic said they would not deploy troops. [1]
//	            Asked: did Croatia send troops?
//	dana ↪ reply to that answer:
//	            @summitbot and germany?
//	summitbot:  (answer) “Chancellor Friedrich Merz said German forces could join to monitor a
//	            ceasefire but would be based in a neighbouring country.” [1]
//	            Also reported by [2] [3]
//	            Asked: did germany send troops?
//
// The footer shows how the follow-up was read. The previous question comes from the answer's footer
// (`Asked: …`), or from the text of the question replied to (fetched with
// `GET /channels/{id}/messages/{id}` when the gateway event does not carry it), or from the bot's
// answers among the thread's last 25 messages (at most 5 questions, the newest within 30 minutes).
// `internal/qa` reads the follow-up with `Engine.AskAfter(ctx, question, previous...)`: "and germany?",
// "what about the uk" keep the previous question's frame and put the new name in place of the one of its
// kind ("did *Croatia* send troops?" → "did germany send troops?"); "why?", "when was that", "how many?"
// keep its subject under the new question word, with its answer where it asked who ("who refused to deploy
// troops?" → "why Croatia and the Czech Republic refused to deploy troops"); "he", "she", "they", "there"
// stand for the person, answer or place before; "who else", "anything else from him" pass over the
// previous answer; a question that names its own subject ("who is Jared Kushner?") is answered as typed.
// On the command line:
//
//	$ summitbot ask --after "did Croatia send troops?" "and germany?"
//	Read as: did germany send troops?
//
//	From the coverage:
//
//	  “Chancellor Friedrich Merz said German forces could join to monitor a ceasefire but would be based in a neighbouring country.” [1]
//	…
//
// (`--json` adds `"read_as"` when the question was read differently from how it was typed.)
//
// The HTTP endpoint never sees messages, so there (and anywhere) the message command **Ask a follow-up**
// (right-click the bot's answer, or a question → *Apps*) opens a form with the previous question filled
// in (editable) and a box for the follow-up; the answer is posted for everyone, as `/ask` is.
//
// **Claim checks.** Right-click any message → *Apps* → **Check against the coverage**. The message's text
// is taken as a claim; the bot answers, shown only to you, with the passages that support it, the passages
// that give a different figure, date or name (with "Sources differ"), or "The coverage does not say" and
// the nearest passage. **Post in channel** posts the same check for everyone.
//
//	Claim: "only 20 heads of state came to the paris summit"
//
//	> The coverage gives something different
//	>
//	> Gives something different:
//	> “… where representatives of 35 countries, including **27 heads of state** or government,
//	> gathered to firm up post-war guarantees for Kyiv.” [1]
//	>
//	> Sources — [1] The United States has backed security guarantees for Ukraine, including…
//	> Sources differ — • Claim: “20 heads of state” • The United States has backed…: “27 heads of state”
//	>
//	> `[Post in channel]`
//
// On the command line, `summitbot check "35 countries attended the summit"` prints *The coverage
// supports this.* and the passages; `check --json` prints
// `{"claim","verdict":"supported|differs|not_covered","supporting":[…],"differing":[…],"differences":[…]}`.
// `Engine.Check` finds the claim's figures, dates and names, asks for each with it left blank ("only 20
// heads of state came…" → "how many heads of state …"), and compares what the articles give (by value:
// "nine" = 9, "2,000" = 2000, "$1.3 billion") with what the claim says, counting the same thing; the
// claim's own passages must hold the rest of it (and every word of it the articles use at all: "the pope
// is visiting Calama" is not covered, whatever the articles say of Calama).
//
// **Answer in threads** (`ANSWER_IN_THREADS=true`, or a list of server ids to opt in per server; off by
// default): a mention in a busy channel starts a thread on the question (named after it) and answers
// there; inside a thread the bot started, messages need no mention and are read as follow-ups. The bot
// only answers unmentioned messages in threads it started.
//
// **Intents and permissions.** By default the bot asks for no privileged intent: it reads only messages
// that mention it and DMs (whose content Discord delivers anyway), the messages a mention replies to
// (which mention it, or are its own answers), and message commands (whose target message Discord sends
// whole). `ANSWER_IN_THREADS` needs the privileged **Message Content Intent** (`MESSAGE_CONTENT`, 1 << 15):
// turn it on in the Developer Portal's *Bot* page; the bot then asks for it, as unmentioned messages in its
// threads otherwise arrive with empty content. Permissions: *Read Message History* (already in 84992) to
// fetch a replied-to message and a thread's messages; with threads, also *Create Public Threads* and
// *Send Messages in Threads* (permissions integer 309237730304):
//
//	`https://discord.com/oauth2/authorize?client_id=APPLICATION_ID&scope=bot+applications.commands&permissions=309237730304`
//
// **Measured.** A helper who read only the articles wrote 45 follow-up pairs and 40 claims (supported,
// wrong by a figure, date or name, not covered; casual spelling and typos), on the summit articles and
// the quake coverage (`internal/qa/testdata/followups.jsonl`, `claims.jsonl`, `testdata/quake`).
// `go test ./internal/qa -run 'TestFollowUps|TestClaims' -v` prints the figures and fails below floors a
// little under them:
//
// | set | first seen (commit b638af5) | now |
// |---|---|---|
// | follow-ups: first passage holds the gold (hit1) | 0.622 (hit3 0.733) | 0.689 (hit3 0.778) |
// | the same follow-ups asked alone, without the previous question | 0.333 | 0.356 |
// | the writer's own resolved questions, asked directly (a ceiling) | 0.889 | 0.956 |
// | claims: right verdict | 0.575 | 0.800 |
// | claims: the first supporting (or differing) passage holds the gold | 0.481 | 0.704 |
//
// A probing helper's 65 claims (`testdata/claims_probe.jsonl`, each marked whether the articles state
// it; `go test ./internal/qa -run TestClaimsProbe -v`): of the 27 stated, 0.741 are supported (0.704
// before "half a century" was read as 50 years); of the 38
// false or not covered, 0.842 are not (0.816 before a passage that asks "whether", denies the claim in a
// clause naming only a date, or gives none of the words an "X said" claim reports stopped supporting
// it; 0.789 before a claim that opens on its doer needed the passage
// to say its verb of that doer, not of "France and the United Kingdom"; 0.684 before a passage that
// shares a claim's words but gainsays
// it stopped supporting it: a word that denies by its meaning, "… But Putin Absent"; another doer
// when the claim's person is left out of its question; a word of the claim the articles use matched
// only by a near one, "quake" for "tsunami"; a capital no article names, "in London").
//
// The first-seen figures are those of commit b638af5 (`git worktree add /tmp/at b638af5`, then the same
// `go test` there). The "now" figures are on the same sets after fixes for the general causes of their
// misses (misspellings and short words do not make a claim uncovered; a negation denies only the words
// after it; figures compared by value and by what they count; a follow-up's own verb replaces the previous
// one's; the passage that speaks to what a follow-up newly asks comes first), so they are a regression
// guard, not an unseen test: the first-seen column is the honest estimate. The follow-ups' hit1 did not
// move (two pairs gained, two lost along the way); their hit3 rose. Most misses of follow-ups are the answer engine's on the question as read (the resolved question is
// sound, the engine misses it; the ceiling row shows the same engine on the writer's own wording); most
// misses of claims are figures put otherwise ("just before 5 in the morning" for "4:52 a.m.", "100 years"
// against "half a century").
//
// # Limits respected
//
// Content 2000 characters; embed title 256, description 4096, 25 fields of name 256 and value
// 1024, footer 2048, 6000 characters across a message's embeds (counted in UTF-16 units, as
// strictly as Discord); button `custom_id` 1–100; 25 autocomplete choices of 100 characters;
// command and option names and descriptions. Long answers are cut at a sentence with a pointer
// to **More passages**. Interactions are answered directly when the answer is ready within 2 s of
// receipt; otherwise the bot defers and delivers the answer within the 15-minute token window,
// by one policy (`bot/deliver`) that the gateway bot and the HTTP endpoint share: a command is
// deferred with type 5 (shown only to the asker for `/check`) and its original response edited
// (or, for a reply only the asker may see after a public placeholder, replaced by an ephemeral
// follow-up); a button is deferred with type 6 and then either edits the message it is on or
// gets a follow-up message. A failure after deferring gets the one apology. An edit, follow-up
// or reply to a message that Discord refuses with a 5xx (or that the network loses) is sent again
// up to 3 times, after 0.5 s, 1 s and 2 s (or the `Retry-After` Discord gives), never past the
// interaction token's lifetime; then the failure is logged. (A retried reply may, rarely, appear
// twice, if Discord stored it before failing.) A per-user cooldown and a bound on concurrent work
// protect the bot.
//
// # How the tests drive a fake Discord
//
// `internal/discordfake` is an in-process Discord: an `httptest` REST server that records every
// request and validates it against Discord's own OpenAPI description
// (`internal/discordfake/testdata/openapi.json`, with kin-openapi), and a websocket gateway speaking
// HELLO, IDENTIFY, READY, heartbeat ACK and dispatches. The tests give the real `discordgo.Session`
// an `http.Client` and websocket dialer that lead to the fake (no package-level discordgo state is
// touched, so tests run in parallel), start `bot.Serve` with the real answer engine, deliver
// `INTERACTION_CREATE` (slash commands, autocomplete, buttons) and `MESSAGE_CREATE` (mention, DM,
// a message not for the bot, a message from a bot) and check what the bot sent back: callback
// type, embeds, flags, buttons, `allowed_mentions`, message reference. A request Discord would
// reject fails the test. A test can make the fake refuse valid requests with a status of its
// choosing (`Fail`, e.g. a 500 on a reply or an edit) to check the answer still arrives. For conversations the fake also keeps channels, threads and messages (those a
// test adds and those the bot sends), answering `GET /channels/{id}`, `GET /channels/{id}/messages`
// (newest first, `before`, `limit`), `GET /channels/{id}/messages/{id}` and
// `POST /channels/{id}/messages/{id}/threads`; the tests send `MESSAGE_CREATE` with a `message_reference`
// to the bot's answer (fetched) and to the user's question (carried in `referenced_message`), mentions in
// threads with recent and stale answers, unmentioned messages in the bot's thread, the message commands
// (`APPLICATION_COMMAND` of type 3 with `resolved.messages`), the follow-up form (`MODAL_SUBMIT`) and the
// post button, over the gateway (`bot/conversation_test.go`) and the HTTP endpoint
// (`bot/endpoint/conversation_test.go`). `cmd/summitbot`'s test runs `serve` itself with `DISCORD_API_BASE`
// pointing at the fake. Rendering has golden files (`bot/testdata/render`, `go test ./bot -update`
// rewrites them), including the corpus's longest passages and inputs past every limit.
package bot
