package discordfake

import (
	"encoding/json"
	"net/http"
	"regexp"
	"slices"
	"strconv"
	"sync"
)

// Timestamp is the time the fake gives every message the bot sends (and
// the threads it starts); tests give the messages they dispatch times
// relative to it.
const Timestamp = "2026-01-06T12:00:00+00:00"

// store is the fake's memory of channels and messages: those a test adds
// and those the bot creates, so that the bot can read them back (GET
// /channels/{id}, GET /channels/{id}/messages[/{id}]).
type store struct {
	mu       sync.Mutex
	channels map[string]map[string]any
	messages map[string][]map[string]any // by channel, in the order added
}

func (st *store) init() {
	if st.channels == nil {
		st.channels = map[string]map[string]any{}
		st.messages = map[string][]map[string]any{}
	}
}

// AddChannel makes a channel (a channel object: "id" and "type" at least)
// known to the fake, for GET /channels/{id}.
func (s *Server) AddChannel(ch map[string]any) {
	s.store.mu.Lock()
	defer s.store.mu.Unlock()
	s.store.init()
	id, _ := ch["id"].(string)
	s.store.channels[id] = ch
}

// AddMessage makes a message (a message object with "id" and "channel_id")
// known to the fake, for GET /channels/{id}/messages and
// GET /channels/{id}/messages/{id}.
func (s *Server) AddMessage(m map[string]any) {
	s.store.mu.Lock()
	defer s.store.mu.Unlock()
	s.store.init()
	ch, _ := m["channel_id"].(string)
	s.store.messages[ch] = append(s.store.messages[ch], m)
}

// Messages returns the messages the fake holds for a channel (added, or
// sent by the bot), oldest first.
func (s *Server) Messages(channel string) []map[string]any {
	s.store.mu.Lock()
	defer s.store.mu.Unlock()
	return slices.Clone(s.store.messages[channel])
}

// Channel returns a channel the fake knows (added, or started by the bot),
// or nil.
func (s *Server) Channel(id string) map[string]any {
	s.store.mu.Lock()
	defer s.store.mu.Unlock()
	return s.store.channels[id]
}

var (
	channelPath = regexp.MustCompile(`^/channels/([0-9]+)$`)
	messagesOf  = regexp.MustCompile(`^/channels/([0-9]+)/messages$`)
	messageAt   = regexp.MustCompile(`^/channels/([0-9]+)/messages/([0-9]+)$`)
	threadFrom  = regexp.MustCompile(`^/channels/([0-9]+)/messages/([0-9]+)/threads$`)
)

// serveStore answers the requests about channels and messages the store
// keeps, and reports whether it did.
func (s *Server) serveStore(w http.ResponseWriter, r *http.Request, p, id string, body []byte) bool {
	st := &s.store
	st.mu.Lock()
	defer st.mu.Unlock()
	st.init()
	notFound := func(code int, what string) {
		w.WriteHeader(http.StatusNotFound)
		json.NewEncoder(w).Encode(map[string]any{"code": code, "message": "Unknown " + what})
	}
	switch m := r.Method; {
	case m == http.MethodGet && channelPath.MatchString(p):
		ch := st.channels[channelPath.FindStringSubmatch(p)[1]]
		if ch == nil {
			notFound(10003, "Channel")
			return true
		}
		json.NewEncoder(w).Encode(ch)
	case m == http.MethodGet && messageAt.MatchString(p):
		g := messageAt.FindStringSubmatch(p)
		for _, msg := range st.messages[g[1]] {
			if msg["id"] == g[2] {
				json.NewEncoder(w).Encode(msg)
				return true
			}
		}
		notFound(10008, "Message")
	case m == http.MethodGet && messagesOf.MatchString(p):
		// newest first, before the given id, at most limit (default 50)
		ch := messagesOf.FindStringSubmatch(p)[1]
		limit, err := strconv.Atoi(r.URL.Query().Get("limit"))
		if err != nil || limit <= 0 {
			limit = 50
		}
		before := snowflake(r.URL.Query().Get("before"))
		var out []map[string]any
		for _, msg := range slices.Backward(st.messages[ch]) {
			if len(out) == limit {
				break
			}
			if mid, _ := msg["id"].(string); before == 0 || snowflake(mid) < before {
				out = append(out, msg)
			}
		}
		if out == nil {
			out = []map[string]any{}
		}
		json.NewEncoder(w).Encode(out)
	case m == http.MethodPost && threadFrom.MatchString(p):
		g := threadFrom.FindStringSubmatch(p)
		var req map[string]any
		json.Unmarshal(body, &req)
		// a thread started from a message has the message's id
		th := map[string]any{"id": g[2], "type": 11, "guild_id": "3", "parent_id": g[1], "owner_id": BotID,
			"name": req["name"], "thread_metadata": map[string]any{"archived": false, "auto_archive_duration": 60,
				"archive_timestamp": Timestamp, "locked": false}}
		st.channels[g[2]] = th
		w.WriteHeader(http.StatusCreated)
		json.NewEncoder(w).Encode(th)
	case m == http.MethodPost && messagesOf.MatchString(p):
		ch := messagesOf.FindStringSubmatch(p)[1]
		msg := map[string]any{}
		json.Unmarshal(body, &msg)
		msg["id"] = id
		msg["channel_id"] = ch
		msg["type"] = 0
		msg["timestamp"] = Timestamp
		msg["author"] = map[string]any{"id": BotID, "username": "summitbot", "bot": true}
		delete(msg, "allowed_mentions")
		if ref, ok := msg["message_reference"].(map[string]any); ok {
			msg["type"] = 19 // a reply
			ref["channel_id"] = ch
		}
		st.messages[ch] = append(st.messages[ch], msg)
		json.NewEncoder(w).Encode(msg)
	default:
		return false
	}
	return true
}

func snowflake(s string) uint64 {
	n, _ := strconv.ParseUint(s, 10, 64)
	return n
}
