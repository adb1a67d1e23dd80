// Package corpus holds the news articles summitbot answers from and the plain
// types every other package shares: Article, Passage and Quote.
//
// Articles are Markdown files with a small front matter (see Parse). Loading
// splits each article into sentence-level passages that keep byte offsets into
// the article's text, so that anything quoted from a passage is verbatim, and
// extracts the direct quotations with their speakers. The package imports only
// the standard library and internal/lexicon, the leaf package of word lists
// it shares with index and qa.
package corpus

// Kind says what part of an article a passage comes from. Body text outranks
// the other kinds when several answer a question.
type Kind string

// The kinds of passage.
const (
	KindHeadline   Kind = "headline"
	KindStandfirst Kind = "standfirst"
	KindSubhead    Kind = "subhead"
	KindBody       Kind = "body"
	KindBullet     Kind = "bullet"
	KindCaption    Kind = "caption"
)

// Article is one news article with the facts it states about itself. Fields
// the article does not state are empty: they are never invented.
type Article struct {
	ID         string // stable identifier, such as "us-backs-guarantees"
	Headline   string
	Standfirst string
	Outlet     string
	Author     string
	Published  string // YYYY-MM-DD, when the article states it
	EventDate  string // YYYY-MM-DD of the event reported
	URL        string
	Dateline   string // the place it was filed from, as it states it above its text ("PARIS"), if it does
	Byline     string // its byline as received, when it has one apart from its text ("Newslooks/ WASHINGTON/ J. Mansour")
	Dated      string // the line above its text that states its date, as received ("date 2026-01-07 Talks on Ukraine continue …"), when it has one
	File       string // the file the article was loaded from

	// Text is the article's text as displayed: headline, standfirst and body
	// blocks, one block a line, without markup. Passage offsets index it.
	Text string

	Passages []Passage
	Quotes   []Quote
}

// Title is what a citation calls the article: its headline, or its opening
// words where it has none.
func (a *Article) Title() string {
	if a.Headline != "" {
		return a.Headline
	}
	for _, p := range a.Passages {
		if p.Kind == KindBody {
			return OpeningWords(p.Text, 10)
		}
	}
	return a.ID
}

// Passage is one sentence of an article (or one headline, subhead, bullet or
// caption), with where it stands.
type Passage struct {
	Article  string // the article's ID
	Kind     Kind
	Block    int // index of the block (paragraph, bullet, caption) in the article
	Sentence int // index of the sentence within its block
	Seq      int // index of the passage within the article
	Start    int // byte offset of the passage in Article.Text
	End      int // byte offset just past the passage
	Text     string
}

// Quote is one direct quotation as it stands in one article.
type Quote struct {
	Article string
	Text    string // the quoted words, without the quotation marks
	Speaker string // the speaker's full name as the corpus gives it, or "" when unknown
	// SpeakerTitle is what the article puts before the speaker's name in a
	// run of capitals ("Interior Minister", "Mayor"), or "".
	SpeakerTitle string
	Start        int // byte offset of the quoted words in Article.Text
	End          int
	// Passages are the Seq numbers of the passages the quotation stands in
	// (several when it spans sentences).
	Passages []int
}

// Corpus is a loaded set of articles, in a stable order.
type Corpus struct {
	Articles []*Article
	at       map[string]int // each article's index in Articles, by its id
}

// Index returns the index in c.Articles of the article with the given
// id, and whether c has it.
func (c *Corpus) Index(id string) (int, bool) {
	i, ok := c.at[id]
	return i, ok
}

// Article returns the article with the given id, or nil.
func (c *Corpus) Article(id string) *Article {
	if i, ok := c.at[id]; ok {
		return c.Articles[i]
	}
	return nil
}

// Passage returns the passage with the given article id and sequence number.
func (c *Corpus) Passage(article string, seq int) (Passage, bool) {
	i, ok := c.at[article]
	if !ok {
		return Passage{}, false
	}
	return c.PassageAt(i, seq)
}

// PassageAt returns the passage of c.Articles[i] with the given sequence
// number, and whether that article has one; i must be an index of
// c.Articles (Index).
func (c *Corpus) PassageAt(i, seq int) (Passage, bool) {
	a := c.Articles[i]
	if seq < 0 || seq >= len(a.Passages) {
		return Passage{}, false
	}
	return a.Passages[seq], true
}
