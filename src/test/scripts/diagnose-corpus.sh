#!/usr/bin/env bash
# Prints the troubleshooter's figures on its labelled corpus of real pasted errors:
# held-out top-1 accuracy (the figure that counts), false positives on unrelated errors,
# the reliability of its confidence, train accuracy (leave-one-thread-out), the calibration
# fitted on the tune split, and the time to build the index and to diagnose a paste.
#   src/test/scripts/diagnose-corpus.sh            the figures
#   src/test/scripts/diagnose-corpus.sh misses     also the misses per family (train and held-out)
#   src/test/scripts/diagnose-corpus.sh bucket URL the split a new case from the thread URL goes to
set -euo pipefail
cd "$(dirname "$0")/../../.."
if [[ "${1:-}" == "bucket" ]]; then
    # first 4 bytes of SHA-256(thread URL, UTF-8) as an unsigned integer, mod 100 (DiagnoserCorpusTest.bucket)
    b=$(( 0x$(printf '%s' "$2" | sha256sum | cut -c1-8) % 100 ))
    if (( b < 50 )); then split="build: src/main/resources/dev/dockwise/knowledge/error-cases.json"
    elif (( b < 65 )); then split="tune: src/main/resources/dev/dockwise/knowledge/error-cases.json"
    else split="test (held out): src/test/resources/diagnose/error-cases-heldout.json"; fi
    echo "bucket $b, $split (a thread errors.json or error-variants.json cites is build whatever its bucket)"
    exit 0
fi
extra=()
if [[ "${1:-}" == "misses" ]]; then
    extra=(-Ddiagnose.misses=true -Ddiagnose.heldout.misses=true)
fi
mvn -B -q test -Dtest=CorpusEvaluationTest -Dsurefire.failIfNoSpecifiedTests=false "${extra[@]}" 2>&1 \
    | grep -v -e '^\[' -e '^SLF4J' -e '^$'
