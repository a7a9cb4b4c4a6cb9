-- 0014 Deal proposals: a B2B deal is agreed only when both sides confirm the same terms. One side's terms
-- are a proposal (by whom, when) until the other side accepts them; only agreed deals count in statistics.
ALTER TABLE "match_deals" ADD COLUMN "ProposedBy" INTEGER NULL;
ALTER TABLE "match_deals" ADD COLUMN "ProposedQuantity" INTEGER NULL;
ALTER TABLE "match_deals" ADD COLUMN "ProposedUnit" INTEGER NULL;
ALTER TABLE "match_deals" ADD COLUMN "ProposedPrice" INTEGER NULL;
ALTER TABLE "match_deals" ADD COLUMN "ProposedFrom" TEXT NULL;
ALTER TABLE "match_deals" ADD COLUMN "ProposedTo" TEXT NULL;
ALTER TABLE "match_deals" ADD COLUMN "ProposedAt" TEXT NULL;
