-- 0004 The stored onboarding funnel (Programme): one row per trained person with their derived stage, and the
-- refresh state (as-of time, watermarks). Empty here: the first refresh pass (job or first view) builds it.
CREATE TABLE "prog_onboarding" (
    "Phone" TEXT NOT NULL CONSTRAINT "PK_prog_onboarding" PRIMARY KEY,
    "ProvinceCode" TEXT NOT NULL,
    "CommuneCode" TEXT NOT NULL,
    "ProducerId" INTEGER NULL,
    "Stage" INTEGER NOT NULL,
    "ChangedAt" TEXT NOT NULL
);

CREATE TABLE "prog_funnel_state" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_prog_funnel_state" PRIMARY KEY,
    "CheckedAt" TEXT NOT NULL,
    "RebuiltAt" TEXT NOT NULL,
    "LastAttendanceId" INTEGER NOT NULL
);

CREATE INDEX "IX_prog_onboarding_ProducerId" ON "prog_onboarding" ("ProducerId");

CREATE INDEX "IX_prog_onboarding_ProvinceCode_CommuneCode_Stage" ON "prog_onboarding" ("ProvinceCode", "CommuneCode", "Stage");

CREATE INDEX "IX_prog_onboarding_Stage_ProducerId" ON "prog_onboarding" ("Stage", "ProducerId");
