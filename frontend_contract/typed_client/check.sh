#!/usr/bin/env bash
# The typed client check: generates TypeScript from the committed frontend_contract/openapi.yaml
# with openapi-typescript, as the front-end README documents, and compiles client.ts (a typed
# call to every operation) with `tsc --strict`. The pinned packages (package-lock.json) are
# installed in a throwaway folder, so nothing is left in the checkout. Run by .ci/run and
# `make typed-client`; needs Node.js and npm (and the npm registry at set-up, like pip's).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cp "$here/package.json" "$here/package-lock.json" "$here/tsconfig.json" "$here/client.ts" "$work/"
cd "$work"
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
npx --no-install openapi-typescript "$here/../openapi.yaml" --output tendik.d.ts --silent
npx --no-install tsc --strict --noEmit -p .
operations="$(grep -c '^    [a-z_]*: {$' tendik.d.ts || true)"
calls="$(grep -cE 'await (api|scheduler)\.(GET|POST)\(' client.ts)"
echo "typed client: client.ts compiles against openapi.yaml ($calls typed calls, $operations operations)."
