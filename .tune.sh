#!/bin/bash
# usage: .tune.sh file 'sed-expr'
cp "$1" /tmp/tune.yaml
sed -i "$2" /tmp/tune.yaml
npx tsx .scratch18.mts /tmp/tune.yaml 2>&1 | grep -v "npm warn" | head -${3:-2}
