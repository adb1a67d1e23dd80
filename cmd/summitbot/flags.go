package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// The subcommands parse their flags with the standard library's flag
// package, one FlagSet each: eight subcommands with a handful of flags do not
// earn a CLI library's dependency, and flag gives -h/--help, -x and --x,
// --x=v and "--x v" as users expect. What it lacks, flags after the words
// (summitbot ask "q" --json), parse adds.

// subcommand is one subcommand's flags and help.
type subcommand struct {
	name     string // "ask", "index build"
	args     string // what follows the options in the synopsis: "QUESTION | -"
	about    string // what it does, a paragraph
	examples []string
	fs       *flag.FlagSet
}

// errHelp is returned by parse after printing the help that -h or --help
// asked for; the command then ends with status 0.
var errHelp = errors.New("help printed")

func newSubcommand(name, args, about string, examples ...string) *subcommand {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors become usage errors; help goes to stdout
	return &subcommand{name: name, args: args, about: about, examples: examples, fs: fs}
}

// sourceFlags adds the corpus options every command takes.
func (c *subcommand) sourceFlags(s *source) {
	c.fs.StringVar(&s.corpusDir, "corpus", "", "answer also from the article files (*.md) in `DIR`")
	c.fs.BoolVar(&s.corpusOnly, "corpus-only", false, "leave the embedded articles out (needs --corpus)")
	c.fs.StringVar(&s.indexPath, "index", "", "open the index built by \"summitbot index build\" at `PATH` instead of indexing at start-up")
	c.fs.BoolVar(&s.skipBad, "skip-bad", false, "skip bad article files (reported on standard error) instead of failing")
	c.fs.BoolVar(&s.watch, "watch", false, "serve modes: reload when DIR's files change (SIGHUP always reloads)")
}

// parse parses args: flags may stand before, between or after the words;
// "--" ends them; a word that starts with "-" but holds a space ("-5 °C
// tonight?") is a word. -h or --help prints the help to stdout and returns
// errHelp. A bad flag is a usage error of one line.
func (c *subcommand) parse(args []string, stdout io.Writer) ([]string, error) {
	var words []string
	for len(args) > 0 {
		a := args[0]
		if a == "--" {
			words = append(words, args[1:]...)
			break
		}
		name, _, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		f := c.fs.Lookup(name)
		if len(a) < 2 || a[0] != '-' || f == nil && strings.Contains(a, " ") {
			words = append(words, a)
			args = args[1:]
			continue
		}
		n := 1 // arguments this flag takes: itself, and its value if separate
		if f != nil && !hasValue && !isBool(f) && len(args) > 1 {
			n = 2
		}
		if err := c.fs.Parse(args[:n]); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				c.printHelp(stdout)
				return nil, errHelp
			}
			msg := err.Error()
			switch {
			case strings.HasPrefix(msg, "flag provided but not defined"):
				msg = "unknown option " + a
			case strings.HasPrefix(msg, "flag needs an argument"):
				msg = a + " needs a value"
			}
			return nil, usagef("%s: %s (see summitbot %s -h)", c.name, msg, c.name)
		}
		args = args[n:]
	}
	return words, nil
}

func isBool(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// printHelp writes the synopsis, what the command does, examples and its
// options.
func (c *subcommand) printHelp(w io.Writer) {
	fmt.Fprintf(w, "%s\n\n%s\n", strings.TrimSpace("usage: summitbot "+c.name+" [options] "+c.args), c.about)
	if len(c.examples) > 0 {
		fmt.Fprintf(w, "\nexample%s:\n", map[bool]string{true: "s"}[len(c.examples) > 1])
		for _, e := range c.examples {
			fmt.Fprintf(w, "  %s\n", e)
		}
	}
	fmt.Fprintf(w, "\noptions (before or after the words; -- ends them):\n")
	c.fs.VisitAll(func(f *flag.Flag) {
		value, usage := flag.UnquoteUsage(f)
		if isBool(f) {
			value = ""
		}
		line := "  --" + f.Name
		if value != "" {
			line += " " + value
		}
		fmt.Fprintf(w, "%s\n        %s\n", line, usage)
	})
	fmt.Fprintf(w, "  -h, --help\n        show this help\n")
}

// stringList is a flag that may be given more than once.
type stringList []string

func (l *stringList) String() string { return strings.Join(*l, ", ") }

func (l *stringList) Set(v string) error {
	*l = append(*l, v)
	return nil
}
