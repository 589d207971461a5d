#!/usr/bin/env bash
# Makes sure PostgreSQL and Redis answer at DATABASE_URL and REDIS_URL
# (defaults: postgres://postgres@localhost:5432/symbiose, redis://localhost:6379).
#
# For each service: if it answers, nothing is done. Otherwise, for a local
# address only (localhost, 127.0.0.1, ::1), it is started when installed, or
# installed from Debian's packages first when running as root with apt-get.
# A remote address that does not answer is an error naming the variable.
# Then it waits (bounded) until each answers, makes sure the PostgreSQL role
# of the URL can log in (creating the role and the database on a local
# server when missing), and sets Redis's maxmemory-policy to noeviction (BullMQ).
#
# Prints one line per service when all is well, and a line for each thing it
# does; when it cannot help, one line saying what to install or which variable
# to set, and a non-zero exit. Called by `npm test`, `npm start` and .ci/run.
#
# Variables: DATABASE_URL, REDIS_URL, ENSURE_SERVICES_TIMEOUT (seconds to wait
# for each service to answer, default 30).
set -euo pipefail

DATABASE_URL="${DATABASE_URL:-postgres://postgres@localhost:5432/symbiose}"
REDIS_URL="${REDIS_URL:-redis://localhost:6379}"
WAIT_SECONDS="${ENSURE_SERVICES_TIMEOUT:-30}"

REDIS_DIR=/var/lib/redis
REDIS_LOG_DIR=/var/log/redis
LOG_FILE=""      # this run's log of what it installed or started, made on first use
LAST_LINE=""     # the last line that the last failed logged command printed
APT_UPDATED=false

say() { printf 'ensure-services: %s\n' "$*" >&2; }
die() {
  say "$*"
  exit 1
}
have() { command -v "$1" >/dev/null 2>&1; }
is_root() { [[ "$(id -u)" == 0 ]]; }

# ---------------------------------------------------------------- URL parsing
# Sets URL_SCHEME, URL_USER, URL_PASSWORD (percent-decoded), URL_HOST
# (without brackets), URL_PORT (default $3), URL_PATH (without the leading /)
# and URL_QUERY (with its leading ?, or empty).
parse_url() {
  local url="$1" var="$2" default_port="$3" rest authority userinfo hostport
  [[ "$url" == *://* ]] || die "$var is not a URL: expected scheme://[user[:password]@]host[:port][/path]"
  URL_SCHEME="${url%%://*}"
  rest="${url#*://}"
  URL_QUERY=""
  if [[ "$rest" == *\?* ]]; then
    URL_QUERY="?${rest#*\?}"
    rest="${rest%%\?*}"
  fi
  authority="${rest%%/*}"
  URL_PATH=""
  if [[ "$rest" == */* ]]; then URL_PATH="${rest#*/}"; fi
  userinfo=""
  hostport="$authority"
  if [[ "$authority" == *@* ]]; then
    userinfo="${authority%@*}"
    hostport="${authority##*@}"
  fi
  URL_USER="$(url_decode "${userinfo%%:*}")"
  URL_PASSWORD=""
  if [[ "$userinfo" == *:* ]]; then URL_PASSWORD="$(url_decode "${userinfo#*:}")"; fi
  if [[ "$hostport" =~ ^\[([^]]*)\](:([0-9]*))?$ ]]; then
    URL_HOST="${BASH_REMATCH[1]}"
    URL_PORT="${BASH_REMATCH[3]}"
  elif [[ "$hostport" =~ ^([^:]*)(:([0-9]*))?$ ]]; then
    URL_HOST="${BASH_REMATCH[1]}"
    URL_PORT="${BASH_REMATCH[3]}"
  else
    die "$var has a host and port that cannot be read: '$hostport'"
  fi
  URL_PORT="${URL_PORT:-$default_port}"
}

url_decode() {
  local s="${1//+/ }"
  printf '%b' "${s//%/\\x}"
}

is_local_host() {
  case "$1" in
    "" | localhost | 127.0.0.1 | ::1 | /*) return 0 ;;
    *) return 1 ;;
  esac
}

# Host as /dev/tcp and the messages want it (an empty host is the local socket).
tcp_host() { if [[ -z "$1" || "$1" == /* ]]; then echo 127.0.0.1; else echo "$1"; fi; }
display() { if [[ "$1" == *:* ]]; then echo "[$1]:$2"; else echo "${1:-localhost}:$2"; fi; }

# Whether a TCP connection to host $1, port $2 opens (bash's /dev/tcp).
tcp_open() {
  local host port="$2"
  host="$(tcp_host "$1")"
  # shellcheck disable=SC2016 # expanded by the inner bash, from its arguments
  if have timeout; then
    timeout 3 bash -c 'exec 3<>"/dev/tcp/$1/$2"' _ "$host" "$port" 2>/dev/null
  else
    bash -c 'exec 3<>"/dev/tcp/$1/$2"' _ "$host" "$port" 2>/dev/null
  fi
}

with_timeout() {
  local seconds="$1"
  shift
  if have timeout; then timeout "$seconds" "$@"; else "$@"; fi
}

# Waits until "$@" succeeds, at most WAIT_SECONDS.
wait_for() {
  local tries=$((WAIT_SECONDS * 2))
  while ((tries-- > 0)); do
    "$@" && return 0
    sleep 0.5
  done
  "$@"
}

open_log() {
  if [[ -z "$LOG_FILE" ]]; then LOG_FILE="$(mktemp -t symbiose-ensure-services.XXXXXX)"; fi
}

# Runs "$@" with its output appended to the log; on failure sets LAST_LINE.
logged() {
  local out rc=0
  open_log
  out="$("$@" 2>&1)" || rc=$?
  printf '$ %s\n%s\n' "$*" "$out" >>"$LOG_FILE"
  if ((rc != 0)); then LAST_LINE="$(grep . <<<"$out" | tail -n 1 || true)"; fi
  return "$rc"
}

apt_install() {
  open_log
  if [[ "$APT_UPDATED" == false ]]; then
    say "running apt-get update (log: $LOG_FILE)"
    logged env DEBIAN_FRONTEND=noninteractive apt-get update -q ||
      die "apt-get update failed ($LAST_LINE); see $LOG_FILE"
    APT_UPDATED=true
  fi
  say "installing $* from Debian's packages (log: $LOG_FILE)"
  logged env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" ||
    die "apt-get install $* failed ($LAST_LINE); see $LOG_FILE"
}

can_apt_install() { is_root && have apt-get; }

# ----------------------------------------------------------------- PostgreSQL
pg_answers() {
  local rc=0
  if have pg_isready; then
    pg_isready -q -t 3 -d "$DATABASE_URL" >/dev/null 2>&1 || rc=$?
    # 3: pg_isready could not use the URL (a parameter libpq does not know).
    if ((rc != 3)); then return "$rc"; fi
  fi
  tcp_open "$PG_HOST" "$PG_PORT"
}

pg_installed() { have pg_ctlcluster && have pg_lsclusters && compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null; }

newest_pg_version() {
  local dir versions=()
  for dir in /usr/lib/postgresql/*/bin/postgres; do
    [[ -e "$dir" ]] || continue
    dir="${dir#/usr/lib/postgresql/}"
    versions+=("${dir%%/*}")
  done
  ((${#versions[@]})) || return 1
  printf '%s\n' "${versions[@]}" | sort -V | tail -n 1
}

# Prints "version cluster status" of the cluster on PG_PORT, if any.
pg_cluster_on_port() {
  pg_lsclusters -h 2>/dev/null | awk -v port="$PG_PORT" '$3 == port { print $1, $2, $4; exit }'
}

start_postgres() {
  local cluster version name status
  cluster="$(pg_cluster_on_port)"
  if [[ -z "$cluster" ]]; then
    # No cluster on that port: create one when this version has no "main" yet.
    version="$(newest_pg_version)" || die "PostgreSQL is installed but no server binary was found; set DATABASE_URL"
    if [[ -d "/etc/postgresql/$version/main" ]]; then
      die "no PostgreSQL cluster listens on port $PG_PORT (clusters: $(pg_lsclusters -h | awk '{printf "%s%s/%s on %s", (NR > 1 ? ", " : ""), $1, $2, $3}')); set DATABASE_URL to one of them"
    fi
    say "creating PostgreSQL $version cluster main on port $PG_PORT"
    logged pg_createcluster --port "$PG_PORT" "$version" main ||
      die "pg_createcluster $version main failed ($LAST_LINE); see $LOG_FILE"
    cluster="$version main down"
  fi
  read -r version name status <<<"$cluster"
  if [[ "$status" != online* ]]; then
    say "starting PostgreSQL $version/$name on port $PG_PORT"
    logged pg_ctlcluster --skip-systemctl-redirect "$version" "$name" start ||
      die "could not start PostgreSQL $version/$name ($LAST_LINE); start it by hand or set DATABASE_URL"
  fi
}

# After this script installed PostgreSQL itself: let local TCP connections in
# without a password, as on the developers' and CI machines (trust auth).
trust_local_tcp() {
  local version name status hba
  read -r version name status <<<"$(pg_cluster_on_port)"
  hba="/etc/postgresql/$version/$name/pg_hba.conf"
  [[ -f "$hba" ]] || return 0
  if ! grep -q '^# symbiose: trust local TCP' "$hba"; then
    {
      echo '# symbiose: trust local TCP (added by tools/infra/ensure-services.sh on install)'
      echo 'host all all 127.0.0.1/32 trust'
      echo 'host all all ::1/128 trust'
      cat "$hba"
    } >"$hba.new"
    chown --reference="$hba" "$hba.new"
    chmod --reference="$hba" "$hba.new"
    mv "$hba.new" "$hba"
  fi
  if [[ "$status" == online* ]]; then
    logged pg_ctlcluster --skip-systemctl-redirect "$version" "$name" reload || true
  fi
}

pg_client_available() { have psql || { have node && node -e 'require.resolve("pg")' >/dev/null 2>&1; }; }

# Runs SQL read from stdin with the URL $1; prints the rows unaligned, or the
# error. Uses psql, or node with the project's pg package when psql is missing.
pg_sql_as_url() {
  local url="$1"
  if have psql; then
    psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$url" -f - 2>&1
  else
    node -e '
      const { Client } = require("pg");
      const sql = require("fs").readFileSync(0, "utf8");
      const c = new Client({ connectionString: process.argv[1], connectionTimeoutMillis: 5000 });
      c.connect()
        .then(() => c.query(sql))
        .then((r) => { for (const row of [].concat(r).flatMap((x) => x.rows || [])) console.log(Object.values(row).join("|")); return c.end(); })
        .catch((e) => { console.log(e.message); process.exit(1); });
    ' "$url"
  fi
}

# Runs SQL from stdin as a superuser of the local server (psql -v vars in $@):
# as the postgres system user over the socket when root, else as role
# postgres over TCP (trust auth on the developers' and CI machines).
pg_sql_as_superuser() {
  local sql out
  sql="$(cat)"
  if is_root && have runuser && [[ -S "/var/run/postgresql/.s.PGSQL.$PG_PORT" ]] &&
    out="$(runuser -u postgres -- psql -X -q -A -t -v ON_ERROR_STOP=1 -h /var/run/postgresql -p "$PG_PORT" -d postgres "$@" -f - 2>&1 <<<"$sql")"; then
    printf '%s\n' "$out"
    return 0
  fi
  psql -X -q -A -t -v ON_ERROR_STOP=1 -h "$(tcp_host "$PG_HOST")" -p "$PG_PORT" -U postgres -d postgres "$@" -f - 2>&1 <<<"$sql"
}

# The query string $1 with only the parameters that libpq (psql) knows: the
# services' driver takes others that would make psql refuse the URL.
libpq_query() {
  local param kept=()
  local IFS='&'
  for param in ${1#\?}; do
    case "${param%%=*}" in
      host | hostaddr | port | user | password | passfile | sslmode | sslcert | sslkey | sslrootcert | sslpassword | \
        connect_timeout | options | application_name | target_session_attrs | gssencmode | channel_binding)
        kept+=("$param")
        ;;
    esac
  done
  if ((${#kept[@]})); then printf '?%s' "${kept[*]}"; fi
}

# The URL's role must log in and its database must exist.
ensure_pg_login() {
  local role="${PG_USER:-$(id -un)}" db="${PG_DB:-${PG_USER:-$(id -un)}}" maint_url out rc
  maint_url="${URL_SCHEME_PG}://${PG_AUTHORITY}/postgres$(libpq_query "$PG_QUERY")"
  if ! pg_client_available; then
    say "postgres: answers at $(display "$PG_HOST" "$PG_PORT") (login not checked: neither psql nor the pg package is installed)"
    return 0
  fi
  rc=0
  out="$(pg_sql_as_url "$maint_url" <<<"SELECT 1 FROM pg_database WHERE datname = '${db//\'/\'\'}'")" || rc=$?
  if ((rc != 0)); then
    if ! is_local_host "$PG_HOST" || ! have psql; then
      die "role '$role' cannot log in to PostgreSQL at $(display "$PG_HOST" "$PG_PORT"): ${out//$'\n'/ }; check DATABASE_URL"
    fi
    # Local server: create the role when it is missing.
    local created
    created="$(pg_sql_as_superuser -v role="$role" -v pw="$PG_PASSWORD" <<'SQL'
SELECT 'exists' FROM pg_roles WHERE rolname = :'role';
SELECT CASE WHEN :'pw' = '' THEN format('CREATE ROLE %I LOGIN CREATEDB', :'role')
            ELSE format('CREATE ROLE %I LOGIN CREATEDB PASSWORD %L', :'role', :'pw') END
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'role') \gexec
SQL
    )" || die "role '$role' cannot log in to PostgreSQL at $(display "$PG_HOST" "$PG_PORT") and no superuser access to create it: ${out//$'\n'/ }"
    if [[ "$created" != *exists* ]]; then say "postgres: created role '$role'"; fi
    rc=0
    out="$(pg_sql_as_url "$maint_url" <<<"SELECT 1 FROM pg_database WHERE datname = '${db//\'/\'\'}'")" || rc=$?
    ((rc == 0)) ||
      die "role '$role' cannot log in to PostgreSQL at $(display "$PG_HOST" "$PG_PORT"): ${out//$'\n'/ }; check DATABASE_URL (its password) or pg_hba.conf"
  fi
  if [[ "$out" != *1* ]]; then
    is_local_host "$PG_HOST" || die "database '$db' does not exist on $(display "$PG_HOST" "$PG_PORT"); create it or fix DATABASE_URL"
    rc=0
    out="$(pg_sql_as_url "$maint_url" <<<"CREATE DATABASE \"${db//\"/\"\"}\"")" || rc=$?
    if ((rc != 0)); then
      out="$(pg_sql_as_superuser -v db="$db" -v role="$role" <<<"SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'role') \gexec")" ||
        die "could not create database '$db' on $(display "$PG_HOST" "$PG_PORT"): ${out//$'\n'/ }"
    fi
    say "postgres: created database '$db'"
  fi
  say "postgres: ready at $(display "$PG_HOST" "$PG_PORT") (role '$role', database '$db')"
}

ensure_postgres() {
  [[ "$DATABASE_URL" =~ ^postgres(ql)?:// ]] || die "DATABASE_URL must be a postgres:// URL"
  parse_url "$DATABASE_URL" DATABASE_URL 5432
  URL_SCHEME_PG="$URL_SCHEME"
  PG_HOST="$URL_HOST" PG_PORT="$URL_PORT" PG_USER="$URL_USER" PG_PASSWORD="$URL_PASSWORD"
  PG_DB="$URL_PATH" PG_QUERY="$URL_QUERY"
  PG_AUTHORITY="${DATABASE_URL#*://}"
  PG_AUTHORITY="${PG_AUTHORITY%%\?*}"
  PG_AUTHORITY="${PG_AUTHORITY%%/*}"
  # libpq also takes these from the query string (?host=/socket/dir&user=...).
  if [[ "$PG_QUERY" =~ [?\&]host=([^\&]*) ]]; then PG_HOST="$(url_decode "${BASH_REMATCH[1]}")"; fi
  if [[ "$PG_QUERY" =~ [?\&]port=([0-9]+) ]]; then PG_PORT="${BASH_REMATCH[1]}"; fi
  if [[ "$PG_QUERY" =~ [?\&]user=([^\&]*) ]]; then PG_USER="$(url_decode "${BASH_REMATCH[1]}")"; fi
  if [[ "$PG_QUERY" =~ [?\&]password=([^\&]*) ]]; then PG_PASSWORD="$(url_decode "${BASH_REMATCH[1]}")"; fi
  if [[ "$PG_QUERY" =~ [?\&]dbname=([^\&]*) ]]; then PG_DB="$(url_decode "${BASH_REMATCH[1]}")"; fi
  local installed_now=false

  if ! pg_answers; then
    is_local_host "$PG_HOST" ||
      die "PostgreSQL does not answer at $(display "$PG_HOST" "$PG_PORT"); check DATABASE_URL"
    if ! pg_installed; then
      can_apt_install ||
        die "PostgreSQL does not answer at $(display "$PG_HOST" "$PG_PORT") and is not installed: install PostgreSQL (Debian: apt-get install postgresql) or set DATABASE_URL"
      apt_install postgresql
      installed_now=true
    fi
    start_postgres
    if [[ "$installed_now" == true ]]; then trust_local_tcp; fi
    wait_for pg_answers ||
      die "PostgreSQL did not answer at $(display "$PG_HOST" "$PG_PORT") within ${WAIT_SECONDS}s; see /var/log/postgresql"
  fi
  ensure_pg_login
}

# ---------------------------------------------------------------------- Redis
# redis-cli with the URL's address and credentials (taken apart, since
# redis-cli's -u does not read a bracketed IPv6 host; the password goes
# through the environment, not the command line).
redis_cli() {
  local args=(-h "$(tcp_host "$REDIS_HOST")" -p "$REDIS_PORT")
  if [[ -n "$REDIS_USER" && "$REDIS_USER" != default ]]; then args+=(--user "$REDIS_USER"); fi
  if [[ "$REDIS_SCHEME" == rediss ]]; then args+=(--tls); fi
  REDISCLI_AUTH="$REDIS_PASSWORD" with_timeout 5 redis-cli "${args[@]}" "$@" 2>&1
}

redis_answers() {
  if have redis-cli; then
    [[ "$(redis_cli ping)" == *PONG* ]]
  else
    tcp_open "$REDIS_HOST" "$REDIS_PORT"
  fi
}

start_redis() {
  local dir="$REDIS_DIR" log_dir="$REDIS_LOG_DIR" args
  mkdir -p "$dir" "$log_dir" 2>/dev/null || true
  if [[ ! -w "$dir" || ! -w "$log_dir" ]]; then
    # Not root: keep Redis's files in a folder of the user's own.
    dir="${TMPDIR:-/tmp}/symbiose-redis"
    log_dir="$dir"
    mkdir -p "$dir"
  fi
  args=(--daemonize yes --bind 127.0.0.1 -::1 --port "$REDIS_PORT" --save "" --appendonly no
    --maxmemory-policy noeviction --dir "$dir" --logfile "$log_dir/symbiose.log")
  if [[ -n "$REDIS_PASSWORD" ]]; then args+=(--requirepass "$REDIS_PASSWORD"); fi
  say "starting redis-server on port $REDIS_PORT (log: $log_dir/symbiose.log)"
  REDIS_LOG="$log_dir/symbiose.log"
  logged redis-server "${args[@]}" ||
    die "could not start redis-server ($LAST_LINE); start it by hand or set REDIS_URL"
  REDIS_STARTED=" (started)"
}

ensure_redis() {
  [[ "$REDIS_URL" =~ ^rediss?:// ]] || die "REDIS_URL must be a redis:// URL"
  parse_url "$REDIS_URL" REDIS_URL 6379
  REDIS_SCHEME="$URL_SCHEME" REDIS_HOST="$URL_HOST" REDIS_PORT="$URL_PORT"
  REDIS_USER="$URL_USER" REDIS_PASSWORD="$URL_PASSWORD" REDIS_STARTED=""

  if ! redis_answers; then
    is_local_host "$REDIS_HOST" ||
      die "Redis does not answer at $(display "$REDIS_HOST" "$REDIS_PORT"); check REDIS_URL"
    if have redis-cli && tcp_open "$REDIS_HOST" "$REDIS_PORT"; then
      local reply
      reply="$(redis_cli ping || true)"
      reply="${reply%%$'\n'*}"
      # A Redis that is still loading its data set answers LOADING: wait for it.
      if [[ "$reply" != *LOADING* ]] || ! wait_for redis_answers; then
        die "something listens at $(display "$REDIS_HOST" "$REDIS_PORT") but does not answer Redis's PING ($reply); check REDIS_URL"
      fi
    elif ! have redis-server; then
      can_apt_install ||
        die "Redis does not answer at $(display "$REDIS_HOST" "$REDIS_PORT") and is not installed: install Redis (Debian: apt-get install redis-server) or set REDIS_URL"
      apt_install redis-server
      # The package may have started its own server on 6379.
      redis_answers || start_redis
    else
      start_redis
    fi
    wait_for redis_answers ||
      die "Redis did not answer at $(display "$REDIS_HOST" "$REDIS_PORT") within ${WAIT_SECONDS}s; see ${REDIS_LOG:-its log}"
  fi
  # BullMQ needs Redis to never evict keys.
  if is_local_host "$REDIS_HOST" && have redis-cli; then
    redis_cli config set maxmemory-policy noeviction >/dev/null || true
  fi
  say "redis: ready at $(display "$REDIS_HOST" "$REDIS_PORT")$REDIS_STARTED"
}

[[ "$WAIT_SECONDS" =~ ^[0-9]+$ ]] || die "ENSURE_SERVICES_TIMEOUT must be a number of seconds"
# Bound every libpq connection attempt (pg_isready has its own -t).
export PGCONNECT_TIMEOUT="${PGCONNECT_TIMEOUT:-5}"
ensure_postgres
ensure_redis
