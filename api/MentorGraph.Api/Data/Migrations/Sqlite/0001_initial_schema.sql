-- 0001 initial schema (Sqlite).
-- The mentorship graph as first released: partners, programmes, mentors, mentees, consents,
-- credentials, mentorships, events, opportunities, outcomes and the audit log.
-- Generated once from the EF model with GenerateCreateScript(), then reviewed; never edit an
-- applied migration: add the next one instead (DatabaseMigrator refuses a changed checksum).
-- Seat and capacity counters (events.confirmed_count, opportunities.seats_taken,
-- mentors.active_mentee_count) are guarded by CHECK constraints as well as by the services.

CREATE TABLE "audit_log" (
    "id" TEXT NOT NULL CONSTRAINT "PK_audit_log" PRIMARY KEY,
    "occurred_at" INTEGER NOT NULL,
    "actor_id" TEXT NOT NULL,
    "actor_organisation_id" TEXT NULL,
    "action" TEXT NOT NULL,
    "subject_type" TEXT NOT NULL,
    "subject_id" TEXT NOT NULL,
    "fields" TEXT NOT NULL,
    "purpose" TEXT NULL
);

CREATE TABLE "mentees" (
    "id" TEXT NOT NULL CONSTRAINT "PK_mentees" PRIMARY KEY,
    "given_name" TEXT NOT NULL,
    "family_name" TEXT NOT NULL,
    "preferred_name" TEXT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT NULL,
    "city" TEXT NOT NULL,
    "region" TEXT NULL,
    "country_code" TEXT NOT NULL,
    "time_zone" TEXT NOT NULL,
    "preferred_language" TEXT NOT NULL,
    "target_occupation" TEXT NULL,
    "target_isco_code" TEXT NULL,
    "target_sector" TEXT NULL,
    "years_of_experience" INTEGER NOT NULL,
    "education_level" TEXT NOT NULL,
    "education_summary" TEXT NULL,
    "goals" TEXT NOT NULL,
    "needs" INTEGER NOT NULL,
    "accommodation_notes" TEXT NULL,
    "country_of_origin" TEXT NULL,
    "alumnus_since" TEXT NULL,
    "created_at" INTEGER NOT NULL
);

CREATE TABLE "organisations" (
    "id" TEXT NOT NULL CONSTRAINT "PK_organisations" PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "country_code" TEXT NOT NULL,
    "region" TEXT NULL,
    "website_url" TEXT NULL,
    "widget" TEXT NOT NULL,
    "created_at" INTEGER NOT NULL
);

CREATE TABLE "credentials" (
    "id" TEXT NOT NULL CONSTRAINT "PK_credentials" PRIMARY KEY,
    "mentee_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "issued_by" TEXT NOT NULL,
    "issuing_country_code" TEXT NOT NULL,
    "issued_on" TEXT NULL,
    "isco_code" TEXT NULL,
    "is_foreign" INTEGER NOT NULL,
    "recognition_status" TEXT NOT NULL,
    "verifiable_credential_id" TEXT NULL,
    CONSTRAINT "FK_credentials_mentees_mentee_id" FOREIGN KEY ("mentee_id") REFERENCES "mentees" ("id") ON DELETE CASCADE
);

CREATE TABLE "mentee_languages" (
    "mentee_id" TEXT NOT NULL,
    "language_code" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    CONSTRAINT "PK_mentee_languages" PRIMARY KEY ("mentee_id", "language_code"),
    CONSTRAINT "FK_mentee_languages_mentees_mentee_id" FOREIGN KEY ("mentee_id") REFERENCES "mentees" ("id") ON DELETE CASCADE
);

CREATE TABLE "consents" (
    "id" TEXT NOT NULL CONSTRAINT "PK_consents" PRIMARY KEY,
    "mentee_id" TEXT NOT NULL,
    "organisation_id" TEXT NULL,
    "purpose" TEXT NOT NULL,
    "text_version" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "given_at" INTEGER NOT NULL,
    "withdrawn_at" INTEGER NULL,
    CONSTRAINT "FK_consents_mentees_mentee_id" FOREIGN KEY ("mentee_id") REFERENCES "mentees" ("id") ON DELETE CASCADE,
    CONSTRAINT "FK_consents_organisations_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "organisations" ("id") ON DELETE SET NULL
);

CREATE TABLE "events" (
    "id" TEXT NOT NULL CONSTRAINT "PK_events" PRIMARY KEY,
    "organiser_organisation_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NULL,
    "starts_at" INTEGER NOT NULL,
    "ends_at" INTEGER NOT NULL,
    "time_zone" TEXT NOT NULL,
    "format" INTEGER NOT NULL,
    "venue_name" TEXT NULL,
    "address" TEXT NULL,
    "city" TEXT NULL,
    "virtual_url" TEXT NULL,
    "capacity" INTEGER NOT NULL,
    "confirmed_count" INTEGER NOT NULL,
    "last_waitlist_position" INTEGER NOT NULL,
    "languages" TEXT NOT NULL,
    "interpretation_offered" INTEGER NOT NULL,
    "accessibility_notes" TEXT NULL,
    "is_public" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "created_at" INTEGER NOT NULL,
    CONSTRAINT "ck_events_seats" CHECK (confirmed_count >= 0 AND confirmed_count <= capacity),
    CONSTRAINT "FK_events_organisations_organiser_organisation_id" FOREIGN KEY ("organiser_organisation_id") REFERENCES "organisations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "mentors" (
    "id" TEXT NOT NULL CONSTRAINT "PK_mentors" PRIMARY KEY,
    "organisation_id" TEXT NULL,
    "display_name" TEXT NOT NULL,
    "headline" TEXT NULL,
    "email" TEXT NOT NULL,
    "occupation" TEXT NOT NULL,
    "isco_code" TEXT NULL,
    "sectors" TEXT NOT NULL,
    "years_of_experience" INTEGER NOT NULL,
    "city" TEXT NOT NULL,
    "region" TEXT NULL,
    "country_code" TEXT NOT NULL,
    "time_zone" TEXT NOT NULL,
    "formats" INTEGER NOT NULL,
    "capacity" INTEGER NOT NULL,
    "active_mentee_count" INTEGER NOT NULL,
    "topics" TEXT NOT NULL,
    "trainings" TEXT NOT NULL,
    "recognitions" TEXT NOT NULL,
    "is_in_public_directory" INTEGER NOT NULL,
    "alumnus_mentee_id" TEXT NULL,
    "version" INTEGER NOT NULL,
    "created_at" INTEGER NOT NULL,
    CONSTRAINT "ck_mentors_capacity" CHECK (active_mentee_count >= 0 AND active_mentee_count <= capacity),
    CONSTRAINT "FK_mentors_mentees_alumnus_mentee_id" FOREIGN KEY ("alumnus_mentee_id") REFERENCES "mentees" ("id") ON DELETE SET NULL,
    CONSTRAINT "FK_mentors_organisations_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "organisations" ("id") ON DELETE SET NULL
);

CREATE TABLE "opportunities" (
    "id" TEXT NOT NULL CONSTRAINT "PK_opportunities" PRIMARY KEY,
    "employer_organisation_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "sector" TEXT NOT NULL,
    "isco_code" TEXT NULL,
    "city" TEXT NULL,
    "country_code" TEXT NOT NULL,
    "is_remote" INTEGER NOT NULL,
    "starts_on" TEXT NULL,
    "ends_on" TEXT NULL,
    "hours_per_week" INTEGER NULL,
    "compensation" TEXT NOT NULL,
    "seats" INTEGER NOT NULL,
    "seats_taken" INTEGER NOT NULL,
    "language_requirements" TEXT NOT NULL,
    "credential_requirements" TEXT NOT NULL,
    "application_deadline" INTEGER NULL,
    "status" TEXT NOT NULL,
    "posted_at" INTEGER NOT NULL,
    "closed_at" INTEGER NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "ck_opportunities_seats" CHECK (seats_taken >= 0 AND seats_taken <= seats),
    CONSTRAINT "FK_opportunities_organisations_employer_organisation_id" FOREIGN KEY ("employer_organisation_id") REFERENCES "organisations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "programmes" (
    "id" TEXT NOT NULL CONSTRAINT "PK_programmes" PRIMARY KEY,
    "owner_organisation_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "summary" TEXT NULL,
    "objectives" TEXT NOT NULL,
    "measurable_outcomes" TEXT NOT NULL,
    "eligibility" TEXT NULL,
    "duration" TEXT NOT NULL,
    "duration_weeks" INTEGER NOT NULL,
    "formats" INTEGER NOT NULL,
    "languages" TEXT NOT NULL,
    "interpretation_offered" INTEGER NOT NULL,
    "capacity" INTEGER NOT NULL,
    "required_trainings" TEXT NOT NULL,
    "matching_weights" TEXT NOT NULL,
    "proposal_window_days" INTEGER NOT NULL,
    "is_public" INTEGER NOT NULL,
    "created_at" INTEGER NOT NULL,
    CONSTRAINT "FK_programmes_organisations_owner_organisation_id" FOREIGN KEY ("owner_organisation_id") REFERENCES "organisations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "staff_members" (
    "id" TEXT NOT NULL CONSTRAINT "PK_staff_members" PRIMARY KEY,
    "organisation_id" TEXT NOT NULL,
    "display_name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "created_at" INTEGER NOT NULL,
    CONSTRAINT "FK_staff_members_organisations_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "organisations" ("id") ON DELETE CASCADE
);

CREATE TABLE "recognition_steps" (
    "id" TEXT NOT NULL CONSTRAINT "PK_recognition_steps" PRIMARY KEY,
    "credential_id" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "responsible_body" TEXT NULL,
    "status" TEXT NOT NULL,
    "started_on" TEXT NULL,
    "due_on" TEXT NULL,
    "completed_on" TEXT NULL,
    "evidence_url" TEXT NULL,
    "required_language_level" INTEGER NULL,
    "notes" TEXT NULL,
    CONSTRAINT "FK_recognition_steps_credentials_credential_id" FOREIGN KEY ("credential_id") REFERENCES "credentials" ("id") ON DELETE CASCADE
);

CREATE TABLE "availability_exceptions" (
    "id" TEXT NOT NULL CONSTRAINT "PK_availability_exceptions" PRIMARY KEY,
    "mentor_id" TEXT NOT NULL,
    "starts_on" TEXT NOT NULL,
    "ends_on" TEXT NOT NULL,
    "reason" TEXT NULL,
    CONSTRAINT "FK_availability_exceptions_mentors_mentor_id" FOREIGN KEY ("mentor_id") REFERENCES "mentors" ("id") ON DELETE CASCADE
);

CREATE TABLE "availability_windows" (
    "id" TEXT NOT NULL CONSTRAINT "PK_availability_windows" PRIMARY KEY,
    "mentor_id" TEXT NOT NULL,
    "day" INTEGER NOT NULL,
    "starts_at" TEXT NOT NULL,
    "ends_at" TEXT NOT NULL,
    CONSTRAINT "FK_availability_windows_mentors_mentor_id" FOREIGN KEY ("mentor_id") REFERENCES "mentors" ("id") ON DELETE CASCADE
);

CREATE TABLE "mentor_languages" (
    "mentor_id" TEXT NOT NULL,
    "language_code" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    CONSTRAINT "PK_mentor_languages" PRIMARY KEY ("mentor_id", "language_code"),
    CONSTRAINT "FK_mentor_languages_mentors_mentor_id" FOREIGN KEY ("mentor_id") REFERENCES "mentors" ("id") ON DELETE CASCADE
);

CREATE TABLE "registrations" (
    "id" TEXT NOT NULL CONSTRAINT "PK_registrations" PRIMARY KEY,
    "event_id" TEXT NOT NULL,
    "mentee_id" TEXT NULL,
    "mentor_id" TEXT NULL,
    "status" TEXT NOT NULL,
    "waitlist_position" INTEGER NULL,
    "registered_at" INTEGER NOT NULL,
    "confirmed_at" INTEGER NULL,
    "cancelled_at" INTEGER NULL,
    "attended" INTEGER NULL,
    CONSTRAINT "FK_registrations_events_event_id" FOREIGN KEY ("event_id") REFERENCES "events" ("id") ON DELETE CASCADE,
    CONSTRAINT "FK_registrations_mentees_mentee_id" FOREIGN KEY ("mentee_id") REFERENCES "mentees" ("id") ON DELETE CASCADE,
    CONSTRAINT "FK_registrations_mentors_mentor_id" FOREIGN KEY ("mentor_id") REFERENCES "mentors" ("id") ON DELETE CASCADE
);

CREATE TABLE "opportunity_applications" (
    "id" TEXT NOT NULL CONSTRAINT "PK_opportunity_applications" PRIMARY KEY,
    "opportunity_id" TEXT NOT NULL,
    "mentee_id" TEXT NOT NULL,
    "consent_id" TEXT NOT NULL,
    "referred_by_mentor_id" TEXT NULL,
    "status" TEXT NOT NULL,
    "message" TEXT NULL,
    "submitted_at" INTEGER NOT NULL,
    "decided_at" INTEGER NULL,
    CONSTRAINT "FK_opportunity_applications_consents_consent_id" FOREIGN KEY ("consent_id") REFERENCES "consents" ("id") ON DELETE RESTRICT,
    CONSTRAINT "FK_opportunity_applications_mentees_mentee_id" FOREIGN KEY ("mentee_id") REFERENCES "mentees" ("id") ON DELETE CASCADE,
    CONSTRAINT "FK_opportunity_applications_mentors_referred_by_mentor_id" FOREIGN KEY ("referred_by_mentor_id") REFERENCES "mentors" ("id") ON DELETE SET NULL,
    CONSTRAINT "FK_opportunity_applications_opportunities_opportunity_id" FOREIGN KEY ("opportunity_id") REFERENCES "opportunities" ("id") ON DELETE CASCADE
);

CREATE TABLE "applications" (
    "id" TEXT NOT NULL CONSTRAINT "PK_applications" PRIMARY KEY,
    "programme_id" TEXT NOT NULL,
    "mentee_id" TEXT NOT NULL,
    "organisation_id" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "motivation" TEXT NULL,
    "submitted_at" INTEGER NOT NULL,
    "decided_at" INTEGER NULL,
    CONSTRAINT "FK_applications_mentees_mentee_id" FOREIGN KEY ("mentee_id") REFERENCES "mentees" ("id") ON DELETE CASCADE,
    CONSTRAINT "FK_applications_organisations_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "organisations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "FK_applications_programmes_programme_id" FOREIGN KEY ("programme_id") REFERENCES "programmes" ("id") ON DELETE CASCADE
);

CREATE TABLE "cohorts" (
    "id" TEXT NOT NULL CONSTRAINT "PK_cohorts" PRIMARY KEY,
    "programme_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "starts_on" TEXT NOT NULL,
    "ends_on" TEXT NOT NULL,
    "capacity" INTEGER NOT NULL,
    CONSTRAINT "FK_cohorts_programmes_programme_id" FOREIGN KEY ("programme_id") REFERENCES "programmes" ("id") ON DELETE CASCADE
);

CREATE TABLE "event_programmes" (
    "event_id" TEXT NOT NULL,
    "programme_id" TEXT NOT NULL,
    CONSTRAINT "PK_event_programmes" PRIMARY KEY ("event_id", "programme_id"),
    CONSTRAINT "FK_event_programmes_events_event_id" FOREIGN KEY ("event_id") REFERENCES "events" ("id") ON DELETE CASCADE,
    CONSTRAINT "FK_event_programmes_programmes_programme_id" FOREIGN KEY ("programme_id") REFERENCES "programmes" ("id") ON DELETE CASCADE
);

CREATE TABLE "mentorships" (
    "id" TEXT NOT NULL CONSTRAINT "PK_mentorships" PRIMARY KEY,
    "programme_id" TEXT NOT NULL,
    "mentor_id" TEXT NOT NULL,
    "mentee_id" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "end_reason" TEXT NULL,
    "end_note" TEXT NULL,
    "replaces_mentorship_id" TEXT NULL,
    "score" REAL NULL,
    "score_explanation" TEXT NULL,
    "proposed_at" INTEGER NOT NULL,
    "started_at" INTEGER NULL,
    "paused_at" INTEGER NULL,
    "ended_at" INTEGER NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "FK_mentorships_mentees_mentee_id" FOREIGN KEY ("mentee_id") REFERENCES "mentees" ("id") ON DELETE CASCADE,
    CONSTRAINT "FK_mentorships_mentors_mentor_id" FOREIGN KEY ("mentor_id") REFERENCES "mentors" ("id") ON DELETE RESTRICT,
    CONSTRAINT "FK_mentorships_mentorships_replaces_mentorship_id" FOREIGN KEY ("replaces_mentorship_id") REFERENCES "mentorships" ("id") ON DELETE RESTRICT,
    CONSTRAINT "FK_mentorships_programmes_programme_id" FOREIGN KEY ("programme_id") REFERENCES "programmes" ("id") ON DELETE RESTRICT
);

CREATE TABLE "outcomes" (
    "id" TEXT NOT NULL CONSTRAINT "PK_outcomes" PRIMARY KEY,
    "mentee_id" TEXT NOT NULL,
    "programme_id" TEXT NULL,
    "recorded_on" TEXT NOT NULL,
    "employment_status" TEXT NOT NULL,
    "in_field" INTEGER NULL,
    "wage_band" TEXT NULL,
    "credentials_attained" INTEGER NOT NULL,
    "days_to_first_role" INTEGER NULL,
    "satisfaction" INTEGER NULL,
    CONSTRAINT "FK_outcomes_mentees_mentee_id" FOREIGN KEY ("mentee_id") REFERENCES "mentees" ("id") ON DELETE CASCADE,
    CONSTRAINT "FK_outcomes_programmes_programme_id" FOREIGN KEY ("programme_id") REFERENCES "programmes" ("id") ON DELETE SET NULL
);

CREATE TABLE "programme_co_owners" (
    "programme_id" TEXT NOT NULL,
    "organisation_id" TEXT NOT NULL,
    CONSTRAINT "PK_programme_co_owners" PRIMARY KEY ("programme_id", "organisation_id"),
    CONSTRAINT "FK_programme_co_owners_organisations_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "organisations" ("id") ON DELETE CASCADE,
    CONSTRAINT "FK_programme_co_owners_programmes_programme_id" FOREIGN KEY ("programme_id") REFERENCES "programmes" ("id") ON DELETE CASCADE
);

CREATE TABLE "programme_mentors" (
    "programme_id" TEXT NOT NULL,
    "mentor_id" TEXT NOT NULL,
    "joined_at" INTEGER NOT NULL,
    CONSTRAINT "PK_programme_mentors" PRIMARY KEY ("programme_id", "mentor_id"),
    CONSTRAINT "FK_programme_mentors_mentors_mentor_id" FOREIGN KEY ("mentor_id") REFERENCES "mentors" ("id") ON DELETE CASCADE,
    CONSTRAINT "FK_programme_mentors_programmes_programme_id" FOREIGN KEY ("programme_id") REFERENCES "programmes" ("id") ON DELETE CASCADE
);

CREATE TABLE "sector_tracks" (
    "id" TEXT NOT NULL CONSTRAINT "PK_sector_tracks" PRIMARY KEY,
    "programme_id" TEXT NOT NULL,
    "sector" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "isco_code" TEXT NULL,
    "esco_occupation_uri" TEXT NULL,
    CONSTRAINT "FK_sector_tracks_programmes_programme_id" FOREIGN KEY ("programme_id") REFERENCES "programmes" ("id") ON DELETE CASCADE
);

CREATE TABLE "placements" (
    "id" TEXT NOT NULL CONSTRAINT "PK_placements" PRIMARY KEY,
    "opportunity_id" TEXT NOT NULL,
    "application_id" TEXT NOT NULL,
    "mentee_id" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "starts_on" TEXT NULL,
    "ends_on" TEXT NULL,
    "created_at" INTEGER NOT NULL,
    CONSTRAINT "FK_placements_mentees_mentee_id" FOREIGN KEY ("mentee_id") REFERENCES "mentees" ("id") ON DELETE CASCADE,
    CONSTRAINT "FK_placements_opportunities_opportunity_id" FOREIGN KEY ("opportunity_id") REFERENCES "opportunities" ("id") ON DELETE CASCADE,
    CONSTRAINT "FK_placements_opportunity_applications_application_id" FOREIGN KEY ("application_id") REFERENCES "opportunity_applications" ("id") ON DELETE CASCADE
);

CREATE TABLE "check_ins" (
    "id" TEXT NOT NULL CONSTRAINT "PK_check_ins" PRIMARY KEY,
    "mentorship_id" TEXT NOT NULL,
    "scheduled_at" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "format" INTEGER NOT NULL,
    "duration_minutes" INTEGER NULL,
    "private_notes" TEXT NULL,
    CONSTRAINT "FK_check_ins_mentorships_mentorship_id" FOREIGN KEY ("mentorship_id") REFERENCES "mentorships" ("id") ON DELETE CASCADE
);

CREATE TABLE "feedback" (
    "id" TEXT NOT NULL CONSTRAINT "PK_feedback" PRIMARY KEY,
    "mentorship_id" TEXT NOT NULL,
    "author" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "comment" TEXT NULL,
    "submitted_at" INTEGER NOT NULL,
    CONSTRAINT "FK_feedback_mentorships_mentorship_id" FOREIGN KEY ("mentorship_id") REFERENCES "mentorships" ("id") ON DELETE CASCADE
);

CREATE TABLE "goals" (
    "id" TEXT NOT NULL CONSTRAINT "PK_goals" PRIMARY KEY,
    "mentorship_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NULL,
    "target_date" TEXT NULL,
    "status" TEXT NOT NULL,
    "created_at" INTEGER NOT NULL,
    "achieved_at" INTEGER NULL,
    CONSTRAINT "FK_goals_mentorships_mentorship_id" FOREIGN KEY ("mentorship_id") REFERENCES "mentorships" ("id") ON DELETE CASCADE
);

CREATE TABLE "milestones" (
    "id" TEXT NOT NULL CONSTRAINT "PK_milestones" PRIMARY KEY,
    "goal_id" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "due_on" TEXT NULL,
    "completed_at" INTEGER NULL,
    CONSTRAINT "FK_milestones_goals_goal_id" FOREIGN KEY ("goal_id") REFERENCES "goals" ("id") ON DELETE CASCADE
);

CREATE INDEX "IX_applications_mentee_id" ON "applications" ("mentee_id");

CREATE INDEX "IX_applications_organisation_id" ON "applications" ("organisation_id");

CREATE INDEX "IX_applications_programme_id_status" ON "applications" ("programme_id", "status");

CREATE INDEX "IX_audit_log_actor_id_occurred_at" ON "audit_log" ("actor_id", "occurred_at");

CREATE INDEX "IX_audit_log_subject_type_subject_id_occurred_at" ON "audit_log" ("subject_type", "subject_id", "occurred_at");

CREATE INDEX "IX_availability_exceptions_mentor_id" ON "availability_exceptions" ("mentor_id");

CREATE INDEX "IX_availability_windows_mentor_id_day" ON "availability_windows" ("mentor_id", "day");

CREATE INDEX "IX_check_ins_mentorship_id_scheduled_at" ON "check_ins" ("mentorship_id", "scheduled_at");

CREATE INDEX "IX_cohorts_programme_id" ON "cohorts" ("programme_id");

CREATE INDEX "IX_consents_mentee_id_purpose" ON "consents" ("mentee_id", "purpose");

CREATE INDEX "IX_consents_organisation_id" ON "consents" ("organisation_id");

CREATE INDEX "IX_credentials_mentee_id" ON "credentials" ("mentee_id");

CREATE INDEX "IX_event_programmes_programme_id" ON "event_programmes" ("programme_id");

CREATE INDEX "IX_events_organiser_organisation_id" ON "events" ("organiser_organisation_id");

CREATE INDEX "IX_events_starts_at" ON "events" ("starts_at");

CREATE INDEX "IX_feedback_mentorship_id" ON "feedback" ("mentorship_id");

CREATE INDEX "IX_goals_mentorship_id" ON "goals" ("mentorship_id");

CREATE INDEX "IX_mentees_email" ON "mentees" ("email");

CREATE INDEX "IX_mentor_languages_language_code_level" ON "mentor_languages" ("language_code", "level");

CREATE INDEX "IX_mentors_alumnus_mentee_id" ON "mentors" ("alumnus_mentee_id");

CREATE INDEX "IX_mentors_isco_code" ON "mentors" ("isco_code");

CREATE INDEX "IX_mentors_organisation_id" ON "mentors" ("organisation_id");

CREATE INDEX "IX_mentorships_mentee_id_status" ON "mentorships" ("mentee_id", "status");

CREATE INDEX "IX_mentorships_mentor_id_status" ON "mentorships" ("mentor_id", "status");

CREATE INDEX "IX_mentorships_programme_id_status" ON "mentorships" ("programme_id", "status");

CREATE INDEX "IX_mentorships_replaces_mentorship_id" ON "mentorships" ("replaces_mentorship_id");

CREATE INDEX "IX_milestones_goal_id" ON "milestones" ("goal_id");

CREATE INDEX "IX_opportunities_employer_organisation_id" ON "opportunities" ("employer_organisation_id");

CREATE INDEX "IX_opportunities_status_sector" ON "opportunities" ("status", "sector");

CREATE INDEX "IX_opportunity_applications_consent_id" ON "opportunity_applications" ("consent_id");

CREATE INDEX "IX_opportunity_applications_mentee_id" ON "opportunity_applications" ("mentee_id");

CREATE INDEX "IX_opportunity_applications_opportunity_id_status" ON "opportunity_applications" ("opportunity_id", "status");

CREATE INDEX "IX_opportunity_applications_referred_by_mentor_id" ON "opportunity_applications" ("referred_by_mentor_id");

CREATE INDEX "IX_organisations_kind" ON "organisations" ("kind");

CREATE UNIQUE INDEX "IX_organisations_slug" ON "organisations" ("slug");

CREATE INDEX "IX_outcomes_mentee_id" ON "outcomes" ("mentee_id");

CREATE INDEX "IX_outcomes_programme_id_recorded_on" ON "outcomes" ("programme_id", "recorded_on");

CREATE UNIQUE INDEX "IX_placements_application_id" ON "placements" ("application_id");

CREATE INDEX "IX_placements_mentee_id" ON "placements" ("mentee_id");

CREATE INDEX "IX_placements_opportunity_id" ON "placements" ("opportunity_id");

CREATE INDEX "IX_programme_co_owners_organisation_id" ON "programme_co_owners" ("organisation_id");

CREATE INDEX "IX_programme_mentors_mentor_id" ON "programme_mentors" ("mentor_id");

CREATE INDEX "IX_programmes_kind" ON "programmes" ("kind");

CREATE INDEX "IX_programmes_owner_organisation_id" ON "programmes" ("owner_organisation_id");

CREATE UNIQUE INDEX "IX_recognition_steps_credential_id_sequence" ON "recognition_steps" ("credential_id", "sequence");

CREATE INDEX "IX_registrations_event_id_status_waitlist_position" ON "registrations" ("event_id", "status", "waitlist_position");

CREATE INDEX "IX_registrations_mentee_id" ON "registrations" ("mentee_id");

CREATE INDEX "IX_registrations_mentor_id" ON "registrations" ("mentor_id");

CREATE INDEX "IX_sector_tracks_isco_code" ON "sector_tracks" ("isco_code");

CREATE INDEX "IX_sector_tracks_programme_id" ON "sector_tracks" ("programme_id");

CREATE INDEX "IX_sector_tracks_sector" ON "sector_tracks" ("sector");

CREATE UNIQUE INDEX "IX_staff_members_organisation_id_email" ON "staff_members" ("organisation_id", "email");
