package endpoint

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/summitbot/summitbot/bot"
)

var (
	loadConcurrency = flag.Int("load.c", 50, "BenchmarkLoad: concurrent clients")
	loadMaxDuration = flag.Duration("load.max", 2*time.Minute, "BenchmarkLoad: stop sending after this long")
)

// loadQuestions are the /ask questions the load generator cycles through.
var loadQuestions = [...]string{
	"who refused to deploy troops?",
	"where was the summit held?",
	"what did Zelenskyy say?",
	"when did the leaders meet?",
	"which countries would send troops?",
	"what is the capital of Peru?",
	"what did the United States agree to?",
	"who hosted the summit?",
}

// loadKind is one kind of request in the mix, with the status it expects.
type loadKind struct {
	name string
	want int
}

// The mix, by request number modulo 10: 5 /ask, 2 PING, 2 autocomplete,
// 1 bad signature.
var loadMix = [10]loadKind{
	{"ask", 200}, {"ping", 200}, {"ask", 200}, {"autocomplete", 200}, {"ask", 200},
	{"bad_signature", 401}, {"ask", 200}, {"ping", 200}, {"ask", 200}, {"autocomplete", 200},
}

// BenchmarkLoad starts the real server (real engine, bot.Handler with
// serve-http's cooldown) on loopback and sends b.N signed requests from
// -load.c clients; every request comes from a distinct user id, so the
// per-user cooldown never applies and the server itself is measured. Run:
//
//	go test ./bot/endpoint -run '^$' -bench Load -benchtime 10000x
func BenchmarkLoad(b *testing.B) {
	h := bot.NewHandler(realEngine(b), bot.Options{CooldownQuestions: 3, CooldownWindow: 10 * time.Second})
	key := testKey(b)
	s := New(Options{PublicKey: key.Public().(ed25519.PublicKey)})
	s.SetResponder(h)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	ctx, stop := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- s.Serve(ctx, ln) }()
	defer func() {
		stop()
		if err := <-served; err != nil {
			b.Error(err)
		}
	}()
	url := "http://" + ln.Addr().String() + "/interactions"
	client := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{
		MaxIdleConns: *loadConcurrency, MaxIdleConnsPerHost: *loadConcurrency,
	}}
	defer client.CloseIdleConnections()

	heapBefore := heapMB()
	var (
		next                       atomic.Int64
		errs, fives, dropped, busy atomic.Int64
		mu                         sync.Mutex
		all, asks                  []time.Duration
	)
	deadline := time.Now().Add(*loadMaxDuration)
	b.ResetTimer()
	start := time.Now()
	var wg sync.WaitGroup
	for range *loadConcurrency {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var mine, mineAsk []time.Duration
			for n := next.Add(1) - 1; n < int64(b.N) && time.Now().Before(deadline); n = next.Add(1) - 1 {
				kind := loadMix[n%10]
				req := loadRequest(key, url, n, kind.name)
				t0 := time.Now()
				resp, err := client.Do(req)
				d := time.Since(t0)
				if err != nil {
					dropped.Add(1)
					continue
				}
				body, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				switch {
				case resp.StatusCode >= 500:
					fives.Add(1)
				case resp.StatusCode != kind.want:
					errs.Add(1)
				case kind.name == "ask" && bytes.Contains(body, []byte("a lot of questions")):
					busy.Add(1)
				}
				mine = append(mine, d)
				if kind.name == "ask" {
					mineAsk = append(mineAsk, d)
				}
			}
			mu.Lock()
			all, asks = append(all, mine...), append(asks, mineAsk...)
			mu.Unlock()
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	b.StopTimer()
	heapAfter := heapMB()

	sent := len(all) + int(dropped.Load())
	b.ReportMetric(float64(sent)/elapsed.Seconds(), "req/s")
	b.ReportMetric(ms(percentile(all, 50)), "p50_ms")
	b.ReportMetric(ms(percentile(all, 99)), "p99_ms")
	b.ReportMetric(ms(percentile(asks, 50)), "ask_p50_ms")
	b.ReportMetric(ms(percentile(asks, 99)), "ask_p99_ms")
	b.ReportMetric(float64(errs.Load()), "errors")
	b.ReportMetric(float64(fives.Load()), "5xx")
	b.ReportMetric(float64(dropped.Load()), "dropped")
	b.ReportMetric(float64(busy.Load()), "busy")
	b.ReportMetric(heapBefore, "heap_before_MB")
	b.ReportMetric(heapAfter, "heap_after_MB")
	b.ReportMetric(0, "ns/op") // a request's cost is in the figures above
	b.Logf("%d requests (%d /ask) at concurrency %d in %v; unfinished: %d",
		sent, len(asks), *loadConcurrency, elapsed.Round(time.Millisecond), b.N-sent)
}

// loadRequest is request n of the load: a signed interaction of the given
// kind from user n, or a PING with a wrong signature.
func loadRequest(key ed25519.PrivateKey, url string, n int64, kind string) *http.Request {
	user := strconv.FormatInt(1_000_000+n, 10)
	var body string
	switch kind {
	case "ping", "bad_signature":
		body = rfcPing
	case "autocomplete":
		typed := []string{"zel", "mac", "starm", "m", ""}[n%5]
		body = fmt.Sprintf(`{"id":"%d","application_id":"100","type":4,"token":"tok","version":1,"member":{"user":{"id":"%s","username":"u"}},`+
			`"data":{"id":"9","name":"quote","type":1,"options":[{"name":"speaker","type":3,"value":%q,"focused":true}]}}`, n, user, typed)
	default:
		q, _ := json.Marshal(loadQuestions[n%int64(len(loadQuestions))])
		body = fmt.Sprintf(`{"id":"%d","application_id":"100","type":2,"token":"tok","version":1,"member":{"user":{"id":"%s","username":"u"}},`+
			`"data":{"id":"9","name":"ask","type":1,"options":[{"name":"question","type":3,"value":%s}]}}`, n, user, q)
	}
	stamp := strconv.FormatInt(time.Now().Unix(), 10)
	sig := ed25519.Sign(key, []byte(stamp+body))
	if kind == "bad_signature" {
		sig[0] ^= 0xff
	}
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader([]byte(body)))
	if err != nil {
		panic(errors.New("load: " + err.Error()))
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set(HeaderTimestamp, stamp)
	req.Header.Set(HeaderSignature, hex.EncodeToString(sig))
	return req
}

// percentile is the p-th percentile of ds (which it sorts).
func percentile(ds []time.Duration, p int) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	slices.Sort(ds)
	return ds[(len(ds)-1)*p/100]
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// heapMB is the live heap after a collection, in MiB.
func heapMB() float64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return float64(m.HeapAlloc) / (1 << 20)
}
