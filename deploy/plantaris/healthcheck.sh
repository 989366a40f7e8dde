#!/bin/bash
# Container healthcheck without curl: GET http://127.0.0.1:8080$1 over bash's /dev/tcp; healthy
# (exit 0) when the status line says 200.
set -u
path="${1:-/health/live}"
exec 3<>"/dev/tcp/127.0.0.1/${PLANTARIS_HTTP_PORT:-8080}" || exit 1
printf 'GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n' "$path" >&3
read -r -t 5 status <&3 || exit 1
case "$status" in
  *" 200 "*) exit 0 ;;
  *) exit 1 ;;
esac
