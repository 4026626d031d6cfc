#!/usr/bin/env bash
# Restore a backup made by scripts/backup.sh into an EMPTY PostgreSQL database.
#   scripts/restore.sh DB_DUMP [MEDIA_TARBALL]
# Needs DATABASE_URL naming the empty target database (create it with createdb first).
set -euo pipefail
dump=${1:?usage: scripts/restore.sh DB_DUMP [MEDIA_TARBALL]}
media_tarball=${2:-}
: "${DATABASE_URL:?DATABASE_URL must name the empty target database}"
pg_restore --no-owner --no-privileges --exit-on-error --dbname "$DATABASE_URL" "$dump"
if [ -n "$media_tarball" ]; then
  media=${DJANGO_MEDIA_ROOT:-$(dirname "$0")/../media}
  mkdir -p "$media"
  tar -xzf "$media_tarball" -C "$media"
fi
echo "restored $dump"
