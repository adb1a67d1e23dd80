package endpoint

import (
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// metrics are the endpoint's Prometheus collectors, in a registry of their
// own so that servers (and tests) never share counters.
type metrics struct {
	reg        *prometheus.Registry
	requests   *prometheus.CounterVec   // by interaction type and outcome
	latency    *prometheus.HistogramVec // by interaction type
	signatures *prometheus.CounterVec   // rejected signatures, by reason
	cooldowns  prometheus.Counter
	deliveries *prometheus.CounterVec // deferred answers sent over REST, by outcome
	inflight   prometheus.Gauge
}

func newMetrics() *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "summitbot_http_requests_total",
			Help: "Interaction requests by interaction type and outcome.",
		}, []string{"type", "outcome"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "summitbot_http_request_duration_seconds",
			Help:    "Time from request to response on /interactions, by interaction type.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2, 3, 5},
		}, []string{"type"}),
		signatures: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "summitbot_http_rejected_signatures_total",
			Help: "Requests rejected with 401, by reason (signature, stale timestamp).",
		}, []string{"reason"}),
		cooldowns: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "summitbot_http_cooldown_hits_total",
			Help: "Interactions answered with the per-user cooldown notice.",
		}),
		deliveries: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "summitbot_http_deferred_deliveries_total",
			Help: "Deferred answers delivered over REST, by outcome.",
		}, []string{"outcome"}),
		inflight: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "summitbot_http_inflight_requests",
			Help: "Interaction requests being handled now.",
		}),
	}
	m.reg.MustRegister(m.requests, m.latency, m.signatures, m.cooldowns, m.deliveries, m.inflight,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// observe records one finished interaction request.
func (m *metrics) observe(kind, outcome string, d time.Duration) {
	m.requests.WithLabelValues(kind, outcome).Inc()
	m.latency.WithLabelValues(kind).Observe(d.Seconds())
}
