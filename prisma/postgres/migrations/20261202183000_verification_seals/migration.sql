-- Seals of approved records, amendments and audit events, chain heads and runs of the archive check (issue #18).
-- CreateTable
CREATE TABLE "RecordSeal" (
    "meetingId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "chainSeq" INTEGER NOT NULL,
    "previous" TEXT,
    "fingerprint" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "head" TEXT NOT NULL,
    "amendments" INTEGER NOT NULL DEFAULT 0,
    "sealedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecordSeal_pkey" PRIMARY KEY ("meetingId")
);

-- CreateTable
CREATE TABLE "AmendmentSeal" (
    "amendmentId" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "previous" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "sealedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AmendmentSeal_pkey" PRIMARY KEY ("amendmentId")
);

-- CreateTable
CREATE TABLE "AuditSeal" (
    "eventId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "previous" TEXT,
    "hash" TEXT NOT NULL,

    CONSTRAINT "AuditSeal_pkey" PRIMARY KEY ("eventId")
);

-- CreateTable
CREATE TABLE "ChainHead" (
    "key" TEXT NOT NULL,
    "seq" INTEGER NOT NULL DEFAULT 0,
    "head" TEXT,

    CONSTRAINT "ChainHead_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "VerificationRun" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ok" BOOLEAN NOT NULL,
    "unitId" TEXT,
    "records" INTEGER NOT NULL,
    "amendments" INTEGER NOT NULL,
    "auditEvents" INTEGER NOT NULL,
    "breaks" INTEGER NOT NULL,
    "report" TEXT NOT NULL,

    CONSTRAINT "VerificationRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RecordSeal_fingerprint_key" ON "RecordSeal"("fingerprint");

-- CreateIndex
CREATE UNIQUE INDEX "RecordSeal_code_key" ON "RecordSeal"("code");

-- CreateIndex
CREATE UNIQUE INDEX "RecordSeal_unitId_chainSeq_key" ON "RecordSeal"("unitId", "chainSeq");

-- CreateIndex
CREATE UNIQUE INDEX "AmendmentSeal_fingerprint_key" ON "AmendmentSeal"("fingerprint");

-- CreateIndex
CREATE UNIQUE INDEX "AmendmentSeal_meetingId_position_key" ON "AmendmentSeal"("meetingId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "AuditSeal_seq_key" ON "AuditSeal"("seq");

-- CreateIndex
CREATE UNIQUE INDEX "AuditSeal_hash_key" ON "AuditSeal"("hash");

-- CreateIndex
CREATE INDEX "VerificationRun_at_idx" ON "VerificationRun"("at");

