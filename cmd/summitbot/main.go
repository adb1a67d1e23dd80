// Command summitbot answers questions about the "Coalition of the Willing"
// summit on Ukraine's security (Paris, 6 January 2026) from five news
// articles, on the command line or as a Discord bot.
//
// Usage:
//
//	summitbot ask [--json] [--after PREVIOUS] [QUESTION | -]
//	summitbot check [--json] CLAIM | -
//	summitbot quote [--json] [--speaker NAME] [WORDS | -]
//	summitbot sources [--json]
//	summitbot summary [--json] [TOPIC]
//	summitbot serve            (Discord gateway bot; see README)
//	summitbot serve-http       (Discord HTTP interactions endpoint; see README)
//	summitbot index build --out PATH
//
// "summitbot COMMAND -h" shows a command's options and an example; options
// may stand before or after the words, and "--" ends them. On a terminal,
// "summitbot ask" with no question starts an interactive prompt.
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

const usage = `usage: summitbot COMMAND [options] [words]

commands:
  ask QUESTION | -          answer a question from the articles ("-": one question a line on stdin;
                            none, on a terminal: an interactive prompt); --after PREVIOUS reads a
                            follow-up ("and germany?") after the previous question
  quote [WORDS | -]         find direct quotations by their words and/or --speaker NAME
  check CLAIM | -           check a claim against the articles
  sources                   list the articles
  summary [TOPIC]           an overview of the coverage, or of a topic: 3-5 of its sentences, cited
  serve                     run the Discord bot (gateway); needs DISCORD_TOKEN
  serve-http                run the Discord HTTP interactions endpoint; needs DISCORD_PUBLIC_KEY
  index build --out PATH    write a persistent index
  help                      show this text

"summitbot COMMAND -h" shows a command's options and an example. Options may
stand before or after the words; "--" ends them. ask, quote, check, sources
and summary take --json; every command takes --corpus DIR, --corpus-only and
--skip-bad, and all but index build take --index PATH.

exit status: 0 the command ran; 2 a usage error or a question that cannot be
taken; 1 any other failure.`

// run is the whole program: tests call it as main does.
func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout io.Writer) error {
	if len(args) == 0 {
		return usagef("%s", usage)
	}
	err := runCommand(ctx, args[0], args[1:], getenv, stdin, stdout)
	if errors.Is(err, errHelp) {
		return nil // -h or --help: the help is printed
	}
	return err
}

// runCommand runs one command.
func runCommand(ctx context.Context, cmd string, rest []string, getenv func(string) string, stdin io.Reader, stdout io.Writer) error {
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
