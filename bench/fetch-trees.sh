#!/usr/bin/env bash
# Fetches real TypeScript, Java and JavaScript trees for bench/run.sh with
# npm (the only package client for them here): rxjs ships its TypeScript
# sources, react-native ships Java (Android) and JavaScript sources.
# Usage: bench/fetch-trees.sh DIR   then   bench/run.sh DIR/rxjs/package/src DIR/rn/package
set -euo pipefail
dir=${1:?usage: bench/fetch-trees.sh DIR}
mkdir -p "$dir"
cd "$dir"
npm pack --silent rxjs@7.8.1 react-native@0.74.0 >/dev/null
mkdir -p rxjs rn
tar xzf rxjs-7.8.1.tgz -C rxjs
tar xzf react-native-0.74.0.tgz -C rn
echo "$dir/rxjs/package/src $dir/rn/package"
