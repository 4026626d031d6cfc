#!/usr/bin/env bash
# Back up the PostgreSQL database and the media folder (uploaded images, documents, certificate PDFs).
#   scripts/backup.sh BACKUP_DIR
# Needs DATABASE_URL (postgres://...) and, optionally, DJANGO_MEDIA_ROOT (default ./media).
set -euo pipefail
target=${1:?usage: scripts/backup.sh BACKUP_DIR}
: "${DATABASE_URL:?DATABASE_URL must name the PostgreSQL database}"
media=${DJANGO_MEDIA_ROOT:-$(dirname "$0")/../media}
stamp=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$target"
# Custom format: compressed, and pg_restore can restore it into an empty database in parallel.
pg_dump --format=custom --no-owner --no-privileges --file "$target/db-$stamp.dump" "$DATABASE_URL"
if [ -d "$media" ]; then
  tar -czf "$target/media-$stamp.tar.gz" -C "$media" .
fi
echo "$target/db-$stamp.dump"
