#!/usr/bin/env bash
# Makes sure nginx is installed (from the distribution's packages): the replica tests of
# `npm run test:faults` put it in front of several replicas of each service, as the runbook does.
set -euo pipefail

if command -v nginx >/dev/null 2>&1; then
  echo "ensure-nginx: $(nginx -v 2>&1)"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-nginx: nginx is missing and there is no apt-get to install it; install nginx" >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y -q --no-install-recommends nginx-light ||
  { $SUDO apt-get update -q && $SUDO apt-get install -y -q --no-install-recommends nginx-light; }
echo "ensure-nginx: $(nginx -v 2>&1)"
