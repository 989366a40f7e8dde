#!/bin/sh
# Builds Mosquitto's password file from the insoles' (devices.passwd, hashed lines made with
# `mosquitto_passwd`) and the Plantaris service's (PLANTARIS_MQTT_PASSWORD), then starts Mosquitto.
set -eu
: "${PLANTARIS_MQTT_PASSWORD:?set PLANTARIS_MQTT_PASSWORD (the service's MQTT password)}"
umask 077
passwd=/mosquitto/data/passwd
grep -v '^plantaris-service:' /mosquitto/config/devices.passwd > "$passwd" || true
mosquitto_passwd -b "$passwd" plantaris-service "$PLANTARIS_MQTT_PASSWORD"
chown mosquitto:mosquitto "$passwd"
exec mosquitto -c /mosquitto/config/mosquitto.conf
