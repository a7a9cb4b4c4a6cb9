-- 0004 The stored onboarding funnel (Programme): one row per trained person with their derived stage, and the
-- refresh state (as-of time, watermarks). Empty here: the first refresh pass (job or first view) builds it.
CREATE TABLE prog_onboarding (
    "Phone" character varying(20) NOT NULL,
    "ProvinceCode" character varying(2) NOT NULL,
    "CommuneCode" character varying(5) NOT NULL,
    "ProducerId" integer,
    "Stage" integer NOT NULL,
    "ChangedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_prog_onboarding" PRIMARY KEY ("Phone")
);

CREATE TABLE prog_funnel_state (
    "Id" integer NOT NULL,
    "CheckedAt" timestamp with time zone NOT NULL,
    "RebuiltAt" timestamp with time zone NOT NULL,
    "LastAttendanceId" integer NOT NULL,
    CONSTRAINT "PK_prog_funnel_state" PRIMARY KEY ("Id")
);

CREATE INDEX "IX_prog_onboarding_ProducerId" ON prog_onboarding ("ProducerId");

CREATE INDEX "IX_prog_onboarding_ProvinceCode_CommuneCode_Stage" ON prog_onboarding ("ProvinceCode", "CommuneCode", "Stage");

CREATE INDEX "IX_prog_onboarding_Stage_ProducerId" ON prog_onboarding ("Stage", "ProducerId");
