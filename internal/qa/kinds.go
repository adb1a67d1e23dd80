package qa

import "context"

// byKind answers the questions that are not answered by one passage found
// by search: an overview of the coverage or of a topic, or a fact of an article
// itself. It reports false
// for every other question, which Ask answers as before.
func (e *Engine) byKind(ctx context.Context, q question) (Answer, bool) {
	if topic, ok := e.gist(q); ok {
		a := e.overview(ctx, q.text, topic)
		a.Question = q.text
		return a, true
	}
	if a, ok := e.meta(q); ok {
		return a, true
	}
	return Answer{}, false
}
