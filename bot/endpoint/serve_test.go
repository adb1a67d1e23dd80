package endpoint

import (
	"context"
	"crypto/ed25519"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// TestGracefulShutdown cancels the server while a request is being
// answered and checks that the request still gets its answer and Serve
// returns cleanly.
func TestGracefulShutdown(t *testing.T) {
	entered, release := make(chan struct{}), make(chan struct{})
	rsp := responderFunc(func(ctx context.Context, i *discordgo.Interaction) (*discordgo.InteractionResponse, error) {
		close(entered)
		<-release
		return echo.Respond(ctx, i)
	})
	key := testKey(t)
	s := New(Options{PublicKey: key.Public().(ed25519.PublicKey)}) // the real clock: the request is signed now
	s.SetResponder(rsp)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- s.Serve(ctx, ln) }()

	type reply struct {
		code int
		body string
		err  error
	}
	replies := make(chan reply, 1)
	go func() {
		req := loadRequest(key, "http://"+ln.Addr().String()+"/interactions", 1, "ask")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			replies <- reply{err: err}
			return
		}
		b, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		replies <- reply{resp.StatusCode, string(b), err}
	}()
	<-entered
	cancel()
	// Shutdown has begun (or is about to): new connections are refused
	// once the listener is closed, but the request in flight goes on.
	close(release)
	got := <-replies
	if got.err != nil || got.code != http.StatusOK || !strings.Contains(got.body, `"type":4`) {
		t.Errorf("in-flight request during shutdown = %d %q %v; want 200 with type 4", got.code, got.body, got.err)
	}
	if err := <-served; err != nil {
		t.Errorf("Serve = %v; want nil after a graceful shutdown", err)
	}
	if _, err := net.DialTimeout("tcp", ln.Addr().String(), time.Second); err == nil {
		t.Errorf("server still accepting connections after shutdown")
	}
}
