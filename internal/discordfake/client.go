package discordfake

import (
	"context"
	"net"
	"net/http"
	"strings"

	"github.com/gorilla/websocket"
)

// Client returns an http.Client that sends requests for discord.com (and
// any other Discord host) to the fake, keeping the original Host header, so
// a discordgo.Session using it talks to the fake without any change to
// discordgo's package-level endpoints.
func (s *Server) Client() *http.Client {
	return &http.Client{Transport: rewrite{addr: s.srv.Listener.Addr().String(), next: s.srv.Client().Transport}}
}

// rewrite is a RoundTripper redirecting Discord's hosts to addr.
type rewrite struct {
	addr string
	next http.RoundTripper
}

func (t rewrite) RoundTrip(r *http.Request) (*http.Response, error) {
	if !isDiscordHost(r.URL.Hostname()) {
		return t.next.RoundTrip(r)
	}
	r = r.Clone(r.Context())
	r.Host = r.URL.Host
	r.URL.Scheme = "http"
	r.URL.Host = t.addr
	return t.next.RoundTrip(r)
}

func isDiscordHost(h string) bool {
	return h == "discord.com" || strings.HasSuffix(h, ".discord.com") ||
		h == "discord.gg" || strings.HasSuffix(h, ".discord.gg")
}

// Dialer returns a websocket.Dialer that connects to the fake's gateway
// whatever address it is asked for (wss://gateway.discord.gg included: the
// connection is plain TCP to the fake, without TLS).
func (s *Server) Dialer() *websocket.Dialer {
	addr := s.srv.Listener.Addr().String()
	dial := func(ctx context.Context, network, _ string) (net.Conn, error) {
		var d net.Dialer
		return d.DialContext(ctx, network, addr)
	}
	return &websocket.Dialer{NetDialContext: dial, NetDialTLSContext: dial}
}
