# Sourced by scripts/test.sh and scripts/bench.sh: starts throw-away servers on loopback and stops them again.
#   start_postgres   a PostgreSQL cluster in a temporary folder  -> ROUTEDESK_TEST_PG_URL
#   start_rt         Request Tracker 5 on a clean copy of the packaged database -> ROUTEDESK_TEST_RT_URL
#   stop_servers     stops whatever was started (call from an EXIT trap)

ROUTEDESK_SERVERS_DIR=${ROUTEDESK_SERVERS_DIR:-$(mktemp -d /tmp/routedesk-servers.XXXXXX)}
chmod 755 "$ROUTEDESK_SERVERS_DIR"
_pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
_pg_data=""
_rt_pid=""

# A free TCP port on loopback at or above $1.
free_port() {
    local port=$1
    while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
        port=$((port + 1))
    done
    echo "$port"
}

# Runs a command as the postgres user when we are root (PostgreSQL refuses to run as root).
_as_pg() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

start_postgres() {
    local port dir="$ROUTEDESK_SERVERS_DIR/pg"
    port=$(free_port $((55432 + RANDOM % 500)))
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    _as_pg "$_pg_bin/initdb" -D "$dir/data" -A trust -U postgres >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; return 1; }
    _as_pg "$_pg_bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=200" start >/dev/null \
        || { cat "$dir/log" >&2; return 1; }
    _pg_data="$dir/data"
    export ROUTEDESK_TEST_PG_URL="postgresql://postgres@127.0.0.1:$port/postgres"
    echo "servers: PostgreSQL on 127.0.0.1:$port"
}

# Everything a test needs to run its own Request Tracker (to stop and restart it mid-sync):
#   ROUTEDESK_TEST_RT_SERVER       the rt-server program
#   ROUTEDESK_TEST_RT_TEMPLATE_DB  a pristine copy of the packaged SQLite database (copy it, never write to it)
#   ROUTEDESK_TEST_RT_SITE_CONFIG  the packaged site configuration folder
start_rt() {
    local port dir="$ROUTEDESK_SERVERS_DIR/rt" server=/usr/share/request-tracker5/libexec/rt-server
    local packaged=/var/lib/dbconfig-common/sqlite3/request-tracker5/rtdb
    [ -x "$server" ] || { echo "servers: $server not found (run scripts/setup.sh)" >&2; return 1; }
    mkdir -p "$dir/conf"
    cp "$packaged" "$dir/template.db"
    chmod 444 "$dir/template.db"
    cp /etc/request-tracker5/RT_SiteConfig.d/*.pm "$dir/conf/"
    cp "$dir/template.db" "$dir/rtdb"
    chmod 644 "$dir/rtdb"
    port=$(free_port $((8091 + RANDOM % 500)))
    cat >"$dir/conf/99-routedesk-test.pm" <<EOT
Set(\$DatabaseName, '$dir/rtdb');
Set(\$WebBaseURL, 'http://127.0.0.1:$port');
Set(\$WebPath, '');
Set(\$LogToSTDERR, 'warning');
EOT
    RT_SITE_CONFIG_DIR="$dir/conf" setsid "$server" --port "$port" >"$dir/log" 2>&1 &
    _rt_pid=$!
    local waited=0
    until curl -sf -u root:password "http://127.0.0.1:$port/REST/2.0/rt" >/dev/null 2>&1; do
        sleep 1
        waited=$((waited + 1))
        if [ $waited -ge 180 ] || ! kill -0 "$_rt_pid" 2>/dev/null; then
            echo "servers: Request Tracker did not start; its log:" >&2
            tail -n 30 "$dir/log" >&2
            return 1
        fi
    done
    export ROUTEDESK_TEST_RT_URL="http://127.0.0.1:$port"
    export ROUTEDESK_TEST_RT_USER=root
    export ROUTEDESK_TEST_RT_PASSWORD=password
    export ROUTEDESK_TEST_RT_SERVER="$server"
    export ROUTEDESK_TEST_RT_TEMPLATE_DB="$dir/template.db"
    export ROUTEDESK_TEST_RT_SITE_CONFIG=/etc/request-tracker5/RT_SiteConfig.d
    echo "servers: Request Tracker on 127.0.0.1:$port (${waited}s to start)"
}

stop_servers() {
    if [ -n "$_rt_pid" ]; then
        kill -- "-$_rt_pid" 2>/dev/null || kill "$_rt_pid" 2>/dev/null || true
        wait "$_rt_pid" 2>/dev/null || true
        _rt_pid=""
    fi
    if [ -n "$_pg_data" ]; then
        _as_pg "$_pg_bin/pg_ctl" -D "$_pg_data" -m fast stop >/dev/null 2>&1 || true
        _pg_data=""
    fi
    rm -rf "$ROUTEDESK_SERVERS_DIR"
}
