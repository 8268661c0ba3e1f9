# Shared by scripts/test, scripts/run and .ci/run: find a JDK >= 21 and the services and browser the tests need.
# Works on a fresh Debian or Ubuntu machine; installs with apt-get only what is missing.

log() { printf '[gorgias-bridge] %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    log "need root for: $*"; return 1; fi
}

apt_install() {
  if ! command -v apt-get >/dev/null; then
    log "cannot install $* here: no apt-get; install it and run again"; return 1
  fi
  if [ -z "${GB_APT_UPDATED:-}" ]; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    GB_APT_UPDATED=1
  fi
  log "installing $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

java_major() { # prints the feature version of the JDK in $1, or nothing
  "$1/bin/java" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

pick_jdk() { # exports JAVA_HOME pointing at a JDK >= 21
  local candidate major candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  candidates+=(/usr/lib/jvm/temurin-25-jdk-amd64)
  for candidate in /usr/lib/jvm/*; do candidates+=("$candidate"); done
  if command -v javac >/dev/null; then candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"); fi
  for candidate in "${candidates[@]}"; do
    [ -x "$candidate/bin/javac" ] || continue
    major=$(java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then export JAVA_HOME="$candidate"; return 0; fi
  done
  # Ubuntu 22.04+ and Debian 13 have OpenJDK 21; Debian 12's own JDK is 17, so there Eclipse Temurin's
  # apt repository provides it (docs/gorgias-setup.md, "A JDK 21 or newer").
  apt_install openjdk-21-jdk-headless 2>/dev/null || install_temurin_21 || apt_install default-jdk-headless
  for candidate in /usr/lib/jvm/*; do
    [ -x "$candidate/bin/javac" ] || continue
    major=$(java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then export JAVA_HOME="$candidate"; return 0; fi
  done
  log "no JDK 21 or newer found; install one (docs/gorgias-setup.md, \"A JDK 21 or newer\") and set JAVA_HOME"; return 1
}

install_temurin_21() { # Eclipse Temurin 21 from Adoptium's apt repository, for Debian 12 and the like
  command -v apt-get >/dev/null || return 1
  local codename
  codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
  [ -n "$codename" ] || return 1
  command -v curl >/dev/null || apt_install curl ca-certificates
  log "this system has no OpenJDK 21 package: adding the Eclipse Temurin apt repository (Adoptium) for $codename"
  as_root mkdir -p /etc/apt/keyrings
  curl -fsSL https://packages.adoptium.net/artifactory/api/gpg/key/public | as_root tee /etc/apt/keyrings/adoptium.asc >/dev/null
  echo "deb [signed-by=/etc/apt/keyrings/adoptium.asc] https://packages.adoptium.net/artifactory/deb $codename main" |
    as_root tee /etc/apt/sources.list.d/adoptium.list >/dev/null
  GB_APT_UPDATED=
  apt_install temurin-21-jdk
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_for_port() { # port, seconds
  local i
  for i in $(seq 1 "$2"); do port_open "$1" && return 0; sleep 1; done
  return 1
}

ensure_download_tool() { # the Maven wrapper downloads Maven with curl or wget
  command -v curl >/dev/null || command -v wget >/dev/null || apt_install curl ca-certificates
}

ensure_postgres() {
  if ! port_open 5432; then
    if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then apt_install postgresql; fi
    local version
    version=$(ls /etc/postgresql | sort -V | tail -n 1)
    log "starting PostgreSQL $version"
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null ||
      as_root pg_ctlcluster "$version" main start || as_root service postgresql start
    wait_for_port 5432 30 || { log "PostgreSQL did not start on 127.0.0.1:5432"; return 1; }
  fi
  # The tests log in over TCP as TEST_POSTGRES_USER (default postgres, no password). A stock Debian
  # server asks for a password there, so create a role for the tests with one instead.
  if [ -z "${TEST_POSTGRES_PASSWORD:-}" ] && command -v psql >/dev/null &&
     ! PGCONNECT_TIMEOUT=5 psql -w -h 127.0.0.1 -U "${TEST_POSTGRES_USER:-postgres}" -d postgres -Atc 'select 1' >/dev/null 2>&1; then
    log "creating the PostgreSQL role gorgias_bridge_test for the tests"
    as_root runuser -u postgres -- psql -q -d postgres -c "DO \$\$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'gorgias_bridge_test') THEN
          CREATE ROLE gorgias_bridge_test LOGIN CREATEDB PASSWORD 'gorgias_bridge_test';
        END IF; END \$\$;"
    export TEST_POSTGRES_USER=gorgias_bridge_test TEST_POSTGRES_PASSWORD=gorgias_bridge_test
  fi
}

ensure_redis() {
  port_open 6379 && return 0
  command -v redis-server >/dev/null || apt_install redis-server
  log "starting Redis"
  as_root redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no
  wait_for_port 6379 15 || { log "Redis did not start on 127.0.0.1:6379"; return 1; }
}

ensure_chromium() { # the dashboard's browser test drives Debian's chromium through Debian's chromedriver
  local browser="${CHROMIUM_BINARY:-/usr/bin/chromium}" driver="${CHROMEDRIVER_BINARY:-/usr/bin/chromedriver}"
  [ -x "$browser" ] && [ -x "$driver" ] && return 0
  apt_install chromium chromium-driver
}

# --- running the service (scripts/run, scripts/demo) ---

dotenv_value() { # the value .env gives $1 (last line wins, quotes and " # comments" removed), or nothing
  [ -f .env ] || return 0
  sed -n "s/^[[:space:]]*\(export[[:space:]]\{1,\}\)\{0,1\}$1[[:space:]]*=[[:space:]]*//p" .env | tail -n 1 |
    sed -e 's/[[:space:]]\{1,\}#.*$//' -e 's/^"\(.*\)"$/\1/' -e "s/^'\(.*\)'\$/\1/" -e 's/[[:space:]]*$//'
}

database_url_configured() { # DATABASE_URL from the environment (which wins) or .env, unless a placeholder
  local url
  if [ -n "${DATABASE_URL+set}" ]; then url="$DATABASE_URL"; else url="$(dotenv_value DATABASE_URL)"; fi
  [ -n "$url" ] || return 1
  # The placeholders of .env.example, which the service replaces by the embedded database in development.
  case "$url" in *change-me*|*changeme*|*replace-me*|*xxxx*|*'<'*'>'*) return 1 ;; esac
}

refuse_root_without_database() { # before any build: the embedded PostgreSQL cannot run as root
  [ "$(id -u)" -eq 0 ] || return 0
  database_url_configured && return 0
  log "as root the embedded PostgreSQL cannot start, so set DATABASE_URL (or run as an unprivileged user), e.g.:"
  log "  DATABASE_URL=postgresql://user:password@127.0.0.1:5432/gorgias_bridge $0 $*"
  exit 78
}

jar_is_stale() { # the service jar is missing or older than a source, pom or resource
  local jar=$1
  [ ! -f "$jar" ] || [ -n "$(find . \( -path ./.data -o -path ./.git -o -path ./bench -o -path '*/target' \) -prune -o \
    \( -name '*.java' -o -name 'pom.xml' -o -path '*/src/main/resources/*' -o -path './contracts/*' \) -newer "$jar" -print -quit)" ]
}

build_jar() { # builds bootstrap/target/gorgias-bridge.jar when it is missing or stale
  local jar=bootstrap/target/gorgias-bridge.jar
  jar_is_stale "$jar" || return 0
  ensure_download_tool
  if [ ! -f "$jar" ]; then
    # The first build downloads Maven and the dependencies; let Maven show its progress.
    log "first build of $jar: downloading Maven and the dependencies (a few hundred MB, several minutes the"
    log "first time; later builds reuse ~/.m2 and take seconds). Maven's progress follows."
    local interactive=-B
    [ -t 1 ] && interactive=
    ./mvnw $interactive -DskipTests package -pl bootstrap -am
    log "built $jar"
  else
    log "sources changed: rebuilding $jar"
    ./mvnw -B -q -DskipTests package -pl bootstrap -am
  fi
}
