package discordfake

import (
	"encoding/json"
	"fmt"
	"net/http"
	"sync"

	"github.com/gorilla/websocket"
)

// Identify is what a client sent in its IDENTIFY (op 2).
type Identify struct {
	Token   string  `json:"token"`
	Intents int     `json:"intents"`
	Shard   *[2]int `json:"shard,omitempty"`
}

type gatewayConn struct {
	ws       *websocket.Conn
	identify Identify
	mu       sync.Mutex // serialises writes
}

func (c *gatewayConn) write(v any) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.ws.WriteJSON(v)
}

// gatewayURL is what GET /gateway answers: Discord's own gateway host when
// the request came through Client (which keeps the original Host), else
// the fake's own websocket address.
func (s *Server) gatewayURL(r *http.Request) string {
	if r.Host == "discord.com" {
		return "wss://gateway.discord.gg"
	}
	return "ws://" + r.Host + "/gateway"
}

var upgrader = websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}

// serveGateway speaks the minimal gateway protocol: HELLO, then READY after
// IDENTIFY, then heartbeat ACKs; Dispatch sends events.
func (s *Server) serveGateway(w http.ResponseWriter, r *http.Request) {
	ws, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	c := &gatewayConn{ws: ws}
	defer func() {
		ws.Close()
		s.mu.Lock()
		for i, g := range s.gw {
			if g == c {
				s.gw = append(s.gw[:i], s.gw[i+1:]...)
				break
			}
		}
		s.notify()
		s.mu.Unlock()
	}()
	if c.write(map[string]any{"op": 10, "d": map[string]int{"heartbeat_interval": 45000}}) != nil {
		return
	}
	var hello struct {
		Op int      `json:"op"`
		D  Identify `json:"d"`
	}
	if err := ws.ReadJSON(&hello); err != nil || hello.Op != 2 {
		ws.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(4003, "not authenticated"))
		return
	}
	c.identify = hello.D
	ready := map[string]any{"v": 9, "session_id": "s1",
		"user":        map[string]any{"id": BotID, "username": "summitbot", "discriminator": "0", "bot": true},
		"application": map[string]any{"id": AppID, "flags": 0},
		"guilds":      []any{}}
	if hello.D.Shard != nil {
		ready["shard"] = hello.D.Shard
	}
	s.mu.Lock()
	s.gw = append(s.gw, c)
	s.identifies = append(s.identifies, c.identify)
	s.seq++
	seq := s.seq
	s.notify()
	s.mu.Unlock()
	if c.write(map[string]any{"op": 0, "s": seq, "t": "READY", "d": ready}) != nil {
		return
	}
	for {
		var m struct {
			Op int `json:"op"`
		}
		if err := ws.ReadJSON(&m); err != nil {
			return
		}
		if m.Op == 1 {
			if c.write(map[string]int{"op": 11}) != nil {
				return
			}
		}
	}
}

// Identifies returns the IDENTIFY payloads received so far, in order.
func (s *Server) Identifies() []Identify {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Identify(nil), s.identifies...)
}

// Dispatch sends an event (op 0) of type t with data d to every connected
// gateway session, with the next sequence number. d is marshalled as JSON
// unless it is already a json.RawMessage or []byte.
func (s *Server) Dispatch(t string, d any) error {
	var raw json.RawMessage
	switch v := d.(type) {
	case json.RawMessage:
		raw = v
	case []byte:
		raw = v
	default:
		b, err := json.Marshal(d)
		if err != nil {
			return fmt.Errorf("discordfake: dispatch %s: %w", t, err)
		}
		raw = b
	}
	s.mu.Lock()
	conns := append([]*gatewayConn(nil), s.gw...)
	s.seq++
	seq := s.seq
	s.mu.Unlock()
	if len(conns) == 0 {
		return fmt.Errorf("discordfake: dispatch %s: no gateway session", t)
	}
	for _, c := range conns {
		if err := c.write(map[string]any{"op": 0, "s": seq, "t": t, "d": raw}); err != nil {
			return fmt.Errorf("discordfake: dispatch %s: %w", t, err)
		}
	}
	return nil
}

func (s *Server) closeGateways() {
	s.mu.Lock()
	conns := append([]*gatewayConn(nil), s.gw...)
	s.mu.Unlock()
	for _, c := range conns {
		c.ws.Close()
	}
}
