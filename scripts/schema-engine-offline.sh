#!/bin/sh
# Stands in for Prisma's native schema engine, which cannot be downloaded here.
# `prisma generate` never runs it; migrations go through `npm run db:migrate`.
echo "The native Prisma schema engine is not installed: use npm run db:migrate / npm run db:migration." >&2
exit 1
