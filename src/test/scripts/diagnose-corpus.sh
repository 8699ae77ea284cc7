#!/usr/bin/env bash
# Prints the troubleshooter's figures on its labelled corpus of real pasted errors:
# held-out top-1 accuracy (the figure that counts), false positives on unrelated errors,
# the reliability of its confidence, train accuracy (leave-one-thread-out), the calibration
# fitted on the tune split, and the time to build the index and to diagnose a paste.
#   src/test/scripts/diagnose-corpus.sh            the figures
#   src/test/scripts/diagnose-corpus.sh misses     also the misses per family (train and held-out)
set -euo pipefail
cd "$(dirname "$0")/../../.."
extra=()
if [[ "${1:-}" == "misses" ]]; then
    extra=(-Ddiagnose.misses=true -Ddiagnose.heldout.misses=true)
fi
mvn -B -q test -Dtest=CorpusEvaluationTest -Dsurefire.failIfNoSpecifiedTests=false "${extra[@]}" 2>&1 \
    | grep -v -e '^\[' -e '^SLF4J' -e '^$'
