#!/usr/bin/env bash
# A throwaway PostgreSQL cluster: pg_throwaway_start sets PG_PORT and PG_DIR; pg_throwaway_stop
# stops the server and removes the cluster. As root the server runs as the postgres user.
pg_throwaway_bin() { ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1; }

pg_as() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_free_port() {
  local port=$((55000 + RANDOM % 5000))
  while (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; do port=$((port + 1)); done
  echo $port
}

pg_throwaway_start() {
  local bin; bin=$(pg_throwaway_bin)
  PG_DIR=$(mktemp -d /tmp/ocop-pg.XXXXXX)
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$PG_DIR"
  PG_PORT=$(pg_free_port)
  pg_as "$bin/initdb" -D "$PG_DIR/data" -A trust -U ocop -E UTF8 --locale=C.UTF-8 >/dev/null
  pg_as "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null
  export PG_PORT PG_DIR
}

pg_throwaway_stop() {
  [ -n "${PG_DIR:-}" ] || return 0
  local bin; bin=$(pg_throwaway_bin)
  pg_as "$bin/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
