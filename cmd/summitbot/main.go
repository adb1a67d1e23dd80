// Command summitbot answers questions about the "Coalition of the Willing"
// summit on Ukraine's security (Paris, 6 January 2026) from five news
// articles, on the command line or as a Discord bot.
//
// Usage:
//
//	summitbot ask [--json] [--after PREVIOUS] QUESTION | -
//	summitbot check [--json] CLAIM | -
//	summitbot quote [--json] [--speaker NAME] [WORDS | -]
//	summitbot sources [--json]
//	summitbot summary [--json] [TOPIC]
//	summitbot serve            (Discord gateway bot; see README)
//	summitbot serve-http       (Discord HTTP interactions endpoint; see README)
//
// Exit status: 0 when the command ran (an answer, or "the coverage does not
// say"); 2 for a usage error or a question that cannot be taken (empty, too
// long, not text); 1 for any other failure.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Getenv, os.Stdin, os.Stdout)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "summitbot:", err)
		var ue usageError
		if errors.As(err, &ue) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

// usageError is an error in how the program was called, or input it cannot
// take; it exits with status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return usageError{fmt.Sprintf(format, args...)}
}

const usage = `usage: summitbot COMMAND [options]

commands:
  ask [--json] [--after PREVIOUS] QUESTION
                            answer a question from the articles ("-": one question a line on stdin);
                            --after reads a follow-up ("and germany?") after the previous question
  quote [--json] [--speaker NAME] [WORDS]
                            find direct quotations by their words and/or speaker ("-": one look-up a line)
  check [--json] CLAIM      check a claim against the articles ("-": one claim a line)
  sources [--json]          list the articles
  summary [--json] [TOPIC]  an overview of the coverage, or of a topic: 3-5 of its sentences, cited
  serve                     run the Discord bot (gateway); needs DISCORD_TOKEN
  serve-http                run the Discord HTTP interactions endpoint; needs DISCORD_PUBLIC_KEY
  index build --corpus DIR --out PATH   write a persistent index (every command takes --corpus DIR, --corpus-only, --index PATH, --skip-bad)
  help                      show this text`

// run is the whole program: tests call it as main does.
func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout io.Writer) error {
	if len(args) == 0 {
		return usagef("%s", usage)
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "ask":
		return runAsk(ctx, rest, getenv, stdin, stdout)
	case "quote":
		return runQuote(ctx, rest, getenv, stdin, stdout)
	case "check":
		return runCheck(ctx, rest, getenv, stdin, stdout)
	case "sources":
		return runSources(ctx, rest, getenv, stdout)
	case "summary":
		return runSummary(ctx, rest, getenv, stdout)
	case "serve":
		return runServe(ctx, rest, getenv, stdout)
	case "serve-http":
		return runServeHTTP(ctx, rest, getenv, stdout)
	case "index":
		return runIndex(ctx, rest, getenv, stdout)
	case "help", "-h", "--help":
		fmt.Fprintln(stdout, usage)
		return nil
	}
	return usagef("unknown command %q\n%s", cmd, usage)
}
