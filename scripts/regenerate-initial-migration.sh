#!/usr/bin/env bash
# Regenerates 0001_Initial.sql for both engines from the model. Only for the initial schema, before
# the first production release; after that, add NNNN_Name.sql files by hand (docs/decisions/0002).
set -euo pipefail
cd "$(dirname "$0")/../src/Ocop"
dotnet build -nologo -v q -clp:ErrorsOnly
header="-- 0001 Initial schema. Generated from the model by scripts/regenerate-initial-migration.sh ('db script'); later migrations are written by hand."
{ echo "$header"; dotnet run --no-build --no-launch-profile -- db script; } > Data/Migrations/Sqlite/0001_Initial.sql
{ echo "$header"; Database__Provider=Postgres ConnectionStrings__Ocop="Host=127.0.0.1;Database=unused" dotnet run --no-build --no-launch-profile -- db script; } > Data/Migrations/Postgres/0001_Initial.sql
wc -l Data/Migrations/*/0001_Initial.sql
