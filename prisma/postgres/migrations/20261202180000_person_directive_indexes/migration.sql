-- Person and directive pages (issue #13): every person column, the citations of a directive, tasks by meeting/directive.
-- CreateIndex
CREATE INDEX "Meeting_chairMemberId_idx" ON "Meeting"("chairMemberId");

-- CreateIndex
CREATE INDEX "Meeting_secretaryMemberId_idx" ON "Meeting"("secretaryMemberId");

-- CreateIndex
CREATE INDEX "Attendance_memberId_meetingId_status_idx" ON "Attendance"("memberId", "meetingId", "status");

-- CreateIndex
CREATE INDEX "Report_presenterMemberId_idx" ON "Report"("presenterMemberId");

-- CreateIndex
CREATE INDEX "Speech_speakerMemberId_idx" ON "Speech"("speakerMemberId");

-- CreateIndex
CREATE INDEX "Speech_speakerUnitId_idx" ON "Speech"("speakerUnitId");

-- CreateIndex
CREATE INDEX "DirectiveCitation_directiveId_meetingId_idx" ON "DirectiveCitation"("directiveId", "meetingId");

-- CreateIndex
CREATE INDEX "Task_directiveId_idx" ON "Task"("directiveId");

-- CreateIndex
CREATE INDEX "Task_meetingId_idx" ON "Task"("meetingId");

-- CreateIndex
CREATE INDEX "Task_resolutionId_idx" ON "Task"("resolutionId");

-- CreateIndex
CREATE INDEX "Task_ownerUnitId_idx" ON "Task"("ownerUnitId");

