./extract_all.sh
./push_source_files_to_transifex.sh

git -C "$REPO_ROOT" stash push -m "tx-sync: discard extract/push artifacts"
git -C "$REPO_ROOT" stash drop

./pull_from_transifex.sh
./compile_all.sh
