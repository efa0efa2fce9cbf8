#!/usr/bin/env bash
# Points the code's citations of the product contract at the copy in this repository:
# "PRODUCT.md" (or "../shared/PRODUCT.md", "/work/shared/PRODUCT.md") becomes "docs/product.md" in
# every tracked file but docs/product.md itself (which names its source) and this script.
# Run once by whoever merges, after the branches that edit those comments are in:
#   bash scripts/cite-docs.sh          rewrite, then list what it changed
#   bash scripts/cite-docs.sh --check  change nothing; exit 1 and list the citations left
set -euo pipefail
cd "$(git rev-parse --show-toplevel)"

pattern='(\.\./shared/|/work/shared/)?PRODUCT\.md'
files=$(git ls-files -z | xargs -0 grep -lE "$pattern" -- | grep -vxE 'docs/product\.md|scripts/cite-docs\.sh|tests/scripts/cite-docs\.test\.ts' || true)

if [[ "${1:-}" == "--check" ]]; then
  if [[ -n "$files" ]]; then
    echo "Citations of PRODUCT.md outside docs/product.md:" >&2
    # shellcheck disable=SC2086
    grep -nHE "$pattern" $files >&2
    exit 1
  fi
  exit 0
fi

[[ -z "$files" ]] && { echo "No citations of PRODUCT.md left."; exit 0; }
# shellcheck disable=SC2086
sed -i -E "s#$pattern#docs/product.md#g" $files
echo "Rewrote the citations in:"
echo "$files"
