// Package scale holds summitbot's benchmarks at corpus sizes far past the
// five embedded articles: index build throughput, Ask latency (p50, p99),
// the heap of a serving engine, and answer quality (hit1 on the development
// questions) as synthetic distractor articles are added. It has no code
// outside its tests.
//
//	go test ./internal/scale -run '^$' -bench 'Scale/.*/build' -benchtime 1x
//	go test ./internal/scale -run '^$' -bench 'Scale/.*/ask' -benchtime 300x
package scale
