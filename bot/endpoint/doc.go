// Package endpoint is the Discord HTTP interactions endpoint: an HTTP server
// that verifies each interaction Discord POSTs to it, hands it to the bot's
// transport-free handler, and answers in the HTTP response (or, when the
// answer is slow, defers and edits the original message over REST). It also
// serves /healthz, /readyz and /metrics.
//
// The server keeps no state between requests, so any number of replicas can
// run behind a load balancer.
//
// # The HTTP interactions endpoint (serve-http)
//
// Discord can POST interactions (slash commands, autocomplete, buttons) to an
// *Interactions Endpoint URL* instead of sending them over the gateway.
// `summitbot serve-http` is that endpoint. It answers from the same
// transport-free handler as the gateway bot (`bot.Handler.Respond`), so the
// commands, embeds, per-user cooldown and concurrency bound are the same.
//
//	cp .env.example .env          # then set DISCORD_PUBLIC_KEY
//	go run ./cmd/summitbot serve-http                   # listens on 127.0.0.1:8080
//	go run ./cmd/summitbot serve-http --addr 127.0.0.1:9000
//
// Configuration (environment or `.env`; every problem is reported at once, before listening):
//
// | variable | meaning |
// |---|---|
// | `DISCORD_PUBLIC_KEY` | **required**: the application's public key (64 hex digits) from the Developer Portal's *General Information* page |
// | `HTTP_ADDR` | listen address, default `127.0.0.1:8080` (`--addr` overrides it) |
// | `DISCORD_API_BASE` | optional Discord-compatible API for the REST edits of deferred answers |
// | `COOLDOWN_QUESTIONS`, `COOLDOWN_WINDOW`, `MAX_CONCURRENT`, `LOG_LEVEL` | as for `serve` |
//
// No bot token is needed: Discord signs each request, and the deferred answers
// are sent with the interaction's own token.
//
// What the endpoint does with a request to `POST /interactions`:
//
//   - It checks the Ed25519 signature (`X-Signature-Ed25519` over
//     `X-Signature-Timestamp` + body) and rejects timestamps more than 5 minutes
//     from now, so a captured request cannot be replayed. A failed check gets
//     `401` with no detail. All other checks come after this one, so an unsigned
//     request learns nothing.
//   - PING → `{"type":1}`. A slash command is answered in the HTTP response
//     (callback type 4). If the answer is not ready within 2 s (Discord allows
//     3 s), the endpoint sends a deferred response (type 5) and then edits the
//     original message over REST, as the gateway bot does (`bot/deliver`). Autocomplete → type 8. Buttons get the handler's
//     answer: type 7 to update the message, or type 4 for a new message ("More
//     passages" is ephemeral). A late button is deferred with type 6 and then
//     edited, or gets a follow-up message.
//   - Hostile input: a wrong method gets `405`. A body over 64 KiB gets `413`.
//     A wrong content type, malformed JSON, an unknown interaction or component
//     type, missing fields, or a command the bot does not have gets `400`. A
//     request whose headers do not arrive within 5 s, or whose body does not
//     arrive within 10 s, is dropped. Connections idle for 60 s are closed.
//     Headers are limited to 16 KiB.
//
// # Registering the endpoint with Discord
//
//  1. Put the endpoint behind HTTPS (next section). Discord only calls `https://` URLs.
//  2. In the Developer Portal, open your application → *General Information*.
//     Copy the *Public Key* into `.env` as `DISCORD_PUBLIC_KEY` and start
//     `serve-http`.
//  3. Set *Interactions Endpoint URL* to `https://bot.example.org/interactions`
//     and save. Discord checks the URL straight away: it sends a signed PING and
//     a request with a bad signature, and saves the URL only if the PING gets
//     `{"type":1}` and the bad request gets `401`. The endpoint answers PING
//     even while the index is still loading.
//  4. Register the slash commands once, for example by running `serve` once with
//     the bot token; `serve` overwrites the commands in bulk. With an endpoint
//     URL set, Discord sends interactions to the URL instead of the gateway.
//
// # Behind a reverse proxy with TLS
//
// `serve-http` speaks plain HTTP and listens on loopback by default. Put a
// TLS-terminating proxy in front of it. With Caddy (which gets certificates
// automatically):
//
//	bot.example.org {
//		handle /interactions {
//			reverse_proxy 127.0.0.1:8080
//		}
//		respond 404
//	}
//
// With nginx:
//
//	server {
//	listen 443 ssl;
//	server_name bot.example.org;
//	ssl_certificate     /etc/letsencrypt/live/bot.example.org/fullchain.pem;
//	ssl_certificate_key /etc/letsencrypt/live/bot.example.org/privkey.pem;
//
//	location = /interactions {
//	    proxy_pass http://127.0.0.1:8080;
//	    proxy_set_header Host $host;
//	    proxy_read_timeout 10s;
//	    client_max_body_size 64k;
//	}
//	}
//
// Publish only `/interactions`. Keep `/healthz`, `/readyz` and `/metrics` on
// the private network.
//
// # Health, readiness and metrics
//
// The same server answers:
//
//   - `GET /healthz`: `200` once the process is up.
//   - `GET /readyz`: `200` once the index is loaded, `503` before that. The
//     server starts listening first and builds the index in the background.
//     Until the index is loaded, PINGs are answered and other interactions get
//     `503`. Point the load balancer's health check here.
//   - `GET /metrics`: Prometheus text format, from a registry private to the
//     server:
//   - `summitbot_http_requests_total{type,outcome}`: `type` is ping, command,
//     autocomplete, component or none; `outcome` is ok, deferred, timeout,
//     bad_signature, bad_request, too_large, bad_method, unknown,
//     not_ready or error.
//   - `summitbot_http_request_duration_seconds{type}`: latency histogram.
//   - `summitbot_http_rejected_signatures_total{reason}`: reason is signature
//     or stale.
//   - `summitbot_http_cooldown_hits_total`: interactions answered with the
//     per-user cooldown notice (the handler reports each outcome to the server
//     through `bot.Options.Observe`; such requests count as `ok` above).
//   - `summitbot_http_deferred_deliveries_total{outcome}`.
//   - `summitbot_http_inflight_requests`.
//   - The standard Go and process collectors.
//
// On SIGINT or SIGTERM the server stops accepting connections. It then waits
// up to 10 s for requests in flight and for deferred edits to finish.
//
// # Load, measured
//
// The load generator is a Go benchmark. It starts the real server on
// `127.0.0.1` with the real engine and `bot.Handler`, using `serve-http`'s
// default cooldown of 3 questions per 10 s per user. It then sends a bounded
// number of signed requests. Every request comes from a distinct user id, so
// the per-user cooldown never triggers and the figures measure the server
// itself. The mix per 10 requests is 5 `/ask` (cycling through 8 questions,
// one of which the articles do not answer), 2 PING, 2 speaker autocompletes
// and 1 bad signature. The benchmark stops after `b.N` requests or 2 minutes,
// whichever comes first.
//
//	go test ./bot/endpoint -run '^$' -bench Load -benchtime 10000x            # concurrency 50
//	go test ./bot/endpoint -run '^$' -bench Load -benchtime 10000x -load.c 4  # other concurrency
//
// Results for 10 000 requests at concurrency 50 (2 vCPUs, load average about 1 before the run):
//
// | | |
// |---|---|
// | throughput | 4 789 requests/s (10 000 requests in 2.1 s) |
// | latency, all requests | p50 9.7 ms, p99 28.5 ms |
// | latency, `/ask` | p50 9.9 ms, p99 30.1 ms |
// | errors / 5xx / dropped connections | 0 / 0 / 0 |
// | turned away by the concurrency bound ("busy", `MAX_CONCURRENT=8`) | 0 |
// | live heap before → after (after GC) | 3.0 MB → 3.7 MB |
//
// The `/ask` p99 is a hundred times under Discord's 3-second deadline and under the 50 ms aimed at. What
// there is of it is queueing: 50 requests in flight share 2 cores, and a single `/ask` costs about 0.13 ms
// of engine time (see "Speed and memory"), so at concurrency 50 a request mostly waits its turn. (Runs
// while other builds shared the machine gave 2 400–2 700 requests/s and `/ask` p99 54–60 ms.)
//
// # Scaling out
//
// Both modes run the same handler over the same in-memory index. Each replica
// builds the index from the embedded articles at start-up, or opens it
// read-only with `--index`. The replicas share nothing.
//
//   - **`serve-http` replicas behind a load balancer.** Each request carries
//     everything needed to answer it: the signature, the interaction and its
//     token. So any replica can answer any request, and the replicas are plain
//     stateless HTTP servers. Run N of them behind any HTTP load balancer (the
//     TLS proxy above, a cloud LB, or Kubernetes' Service and Ingress). Use
//     `/readyz` as the health check so a replica gets traffic only once its
//     index is loaded. Scale on CPU, which is what `/ask` uses.
//
//     The per-user cooldown and the concurrency bound are per replica. With N
//     replicas a user could ask N times as often. If that matters, give the load
//     balancer session affinity on the user, or lower `COOLDOWN_QUESTIONS`.
//
//     A deferred answer is sent by the replica that deferred it, within
//     Discord's 15-minute window. That replica must stay up until the answer is
//     sent, which the 10 s graceful drain covers for ordinary answers.
//
//   - **Gateway mode, one process per shard range.** Discord requires sharding
//     from 2 500 guilds. Each `serve` process opens one gateway session for
//     `SHARD_ID` of `SHARD_COUNT` and receives the events of the guilds where
//     `(guild_id >> 22) % SHARD_COUNT == SHARD_ID`. Shards are not
//     interchangeable: each process must run exactly once. Restarting one drops
//     its guilds until it reconnects. Adding shards means restarting all of them
//     with the new count. On top of what a `serve-http` replica needs, each
//     shard process keeps a websocket open and caches the state of its guilds in
//     discordgo.
//
// Cost of one replica, measured:
//
// | | command | result |
// |---|---|---|
// | start-up to ready (index built from the embedded articles, engine, handler, server) | `go test ./bot/endpoint -run '^$' -bench Startup -benchtime 5x` | 33 ms per start-up, about 0.9 MB live heap per replica |
// | the real process | `DISCORD_PUBLIC_KEY=… /usr/bin/time -v summitbot serve-http` (then `curl /readyz`, SIGTERM) | ready 72 ms after listening; 27 MB maximum resident set size |
//
// A replica is cheap. Both memory and start-up grow with the corpus, and for
// a large corpus `summitbot index build` plus `--index` avoids rebuilding the
// index in every replica. One machine with two cores handles several thousand
// interactions per second. Most deployments therefore need more than one
// `serve-http` replica only for redundancy.
package endpoint
