#!/usr/bin/env bash
# The one test command. On a fresh Debian machine it first installs what the suite needs and the machine lacks
# (JDK, Maven, Chromium and its driver for the browser tests, LibreOffice Calc for the workbook check, PostgreSQL 15
# for the backup and replica tests), when it may (root, or sudo without a password); otherwise it says exactly what
# to install and stops. Then it runs the whole suite: mvn verify (extra arguments are passed on).
set -euo pipefail
cd "$(dirname "$0")"

missing=()
command -v java >/dev/null 2>&1 || missing+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || missing+=(maven)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc)
# the backup test dumps and restores with PostgreSQL's own tools (server and client of one major version)
{ [ -x /usr/lib/postgresql/15/bin/pg_dump ] && [ -x /usr/lib/postgresql/15/bin/postgres ]; } || missing+=(postgresql-15 postgresql-client-15)

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    as_root=()
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root=(sudo)
  else
    echo "The tests need these Debian packages, which are not installed:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
  echo "Installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${as_root[@]}" apt-get update
  "${as_root[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
fi

java -version
mvn -v
/usr/bin/chromium --version
exec mvn verify "$@"
