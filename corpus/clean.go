package corpus

import (
	"fmt"
	"regexp"
	"strings"
)

// Meta is what is known about an article apart from its text: the facts a
// manifest gives. Empty fields are not stated by the article.
type Meta struct {
	ID, Headline, Standfirst, Outlet, Author, Published, EventDate, URL string
}

var (
	// chromeLines are whole lines of site furniture, never article text.
	chromeLines = regexp.MustCompile(`(?i)^(top story\w*|recommended stories|list of \d+ items?\s*end of list|` +
		`latest news|menu|share( this)?|advertisement|related( stories| articles)?|read more|` +
		`how useful was this article\?|click on a star to rate it!|average rating .*|` +
		`no votes so far!.*|we are sorry that this post was not useful.*)$`)
	// footerStart opens the trailing block of related links and widgets.
	footerStart = regexp.MustCompile(`(?i)^(more on .+|previous article|next article|related articles)$`)
	// photoCredit ends a photo caption: "(AP Photo/Michel Euler)", "(Yoan Valat, Pool photo via AP)".
	photoCredit = regexp.MustCompile(`\((?:[^()]*\b[Pp]hoto\b[^()]*|[^()]*\bvia (AP|Reuters|AFP|Getty)[^()]*)\)\s*$`)
	datePrefix  = regexp.MustCompile(`(?i)^date\s+\d{4}-\d{2}-\d{2}\s+`)
	dateline    = regexp.MustCompile(`^[A-Z][A-Z .'-]{1,30}$`)
	bullet      = regexp.MustCompile(`^(?:[•●▪◦*]|-)\s+`)
)

// Clean turns an article as received (a page's text, with site chrome) into
// an article file for Parse: the front matter from meta, then one block a
// line, marked as subhead, bullet or caption where it is one. It drops site
// furniture, a repeated headline or standfirst, a byline run into the lede
// ("Headline/ Outlet/ PLACE/ Author/ Edition/ Lede…"), a dateline line, and
// everything from a footer of related links on. The dateline (a line in
// capitals, or the byline's field in capitals), the byline and a headline
// under its date ("date 2026-01-07 Talks on …"), as received, go to the
// front matter: the article states them, above its text.
func Clean(raw string, meta Meta) []byte {
	var body strings.Builder
	var place, byline, dated string // the dateline, the byline and the dated headline, as received
	raw = strings.ReplaceAll(raw, "\r\n", "\n")
lines:
	for _, line := range strings.Split(raw, "\n") {
		line = strings.Join(strings.Fields(line), " ")
		switch {
		case line == "":
			continue
		case footerStart.MatchString(line):
			break lines
		case chromeLines.MatchString(line):
			continue
		case dateline.MatchString(line):
			if place == "" {
				place = line
			}
			continue
		case sameText(line, meta.Headline), sameText(line, meta.Standfirst):
			continue
		case meta.Headline != "" && datePrefix.MatchString(line) && sameText(datePrefix.ReplaceAllString(line, ""), meta.Headline):
			if dated == "" {
				dated = line // "date 2026-01-07 Talks on …": the headline with the date it states
			}
			continue
		}
		if meta.Headline != "" && strings.HasPrefix(line, meta.Headline+"/") {
			parts := strings.Split(line, "/ ")
			line = strings.TrimSpace(parts[len(parts)-1])
			if len(parts) > 2 && byline == "" {
				byline = strings.Join(parts[1:len(parts)-1], "/ ")
				for _, f := range parts[1 : len(parts)-1] {
					if place == "" && dateline.MatchString(f) && !sameText(f, meta.Outlet) { // "AP" is the outlet
						place = f // "Newslooks/ WASHINGTON/ J. Mansour": the place in capitals
					}
				}
			}
		}
		switch {
		case bullet.MatchString(line):
			line = "- " + bullet.ReplaceAllString(line, "")
		case photoCredit.MatchString(line):
			line = "> " + line
		case isSubhead(line):
			line = "## " + line
		}
		body.WriteString(line + "\n")
	}
	var out strings.Builder
	fmt.Fprintf(&out, "---\n")
	for _, kv := range [][2]string{{"id", meta.ID}, {"headline", meta.Headline}, {"standfirst", meta.Standfirst},
		{"outlet", meta.Outlet}, {"author", meta.Author}, {"published", meta.Published},
		{"event_date", meta.EventDate}, {"url", meta.URL}, {"dateline", place}, {"byline", byline}, {"dated", dated}} {
		fmt.Fprintf(&out, "%s:%s\n", kv[0], strings.TrimRight(" "+kv[1], " "))
	}
	fmt.Fprintf(&out, "---\n")
	out.WriteString(body.String())
	return []byte(out.String())
}

func sameText(a, b string) bool {
	return b != "" && strings.EqualFold(strings.TrimSpace(a), strings.TrimSpace(b))
}

// isSubhead reports whether a line reads as a section heading: short, with
// no closing punctuation, its words capitalised.
func isSubhead(line string) bool {
	words := strings.Fields(line)
	if len(words) == 0 || len(words) > 12 || strings.ContainsAny(line[len(line)-1:], ".!?\"”’:;,") {
		return false
	}
	caps := 0
	for _, w := range words {
		if r := []rune(w)[0]; r >= 'A' && r <= 'Z' || !strings.ContainsAny(string(r), "abcdefghijklmnopqrstuvwxyz") {
			caps++
		}
	}
	return caps*3 >= len(words)*2
}
