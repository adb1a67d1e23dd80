package endpoint

import (
	"crypto/ed25519"
	"runtime"
	"testing"

	"github.com/summitbot/summitbot/bot"
)

// BenchmarkStartup measures what one serve-http replica costs before it
// can answer: building the index from the embedded articles, the engine,
// the bot's handler and the server, until it is ready. It reports the time
// per start-up and the live heap one ready replica holds. Run:
//
//	go test ./bot/endpoint -run '^$' -bench Startup -benchtime 5x
func BenchmarkStartup(b *testing.B) {
	key := testKey(b).Public().(ed25519.PublicKey)
	base := heapMB()
	var s *Server
	for b.Loop() {
		s = New(Options{PublicKey: key})
		s.SetResponder(bot.NewHandler(realEngine(b), bot.Options{}))
		if !s.Ready() {
			b.Fatal("not ready after SetResponder")
		}
	}
	b.StopTimer()
	b.ReportMetric(heapMB()-base, "replica_heap_MB")
	runtime.KeepAlive(s)
}
