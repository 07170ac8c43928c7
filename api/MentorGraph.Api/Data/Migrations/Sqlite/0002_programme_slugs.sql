-- 0002 programme slugs (SQLite).
-- Programmes get a stable slug for widget URLs and the console, like organisations have.
-- Existing programmes get one made from their name; where two names give the same slug, the
-- later ones get the start of their id appended, so the unique index can be created.

ALTER TABLE "programmes" ADD COLUMN "slug" TEXT NOT NULL DEFAULT '';

UPDATE "programmes"
SET "slug" = lower(replace(replace(trim("name"), ' ', '-'), '''', ''));

UPDATE "programmes"
SET "slug" = "slug" || '-' || lower(substr("id", 1, 8))
WHERE EXISTS (
    SELECT 1 FROM "programmes" AS "other"
    WHERE "other"."slug" = "programmes"."slug" AND "other"."id" < "programmes"."id"
);

CREATE UNIQUE INDEX "IX_programmes_slug" ON "programmes" ("slug");
