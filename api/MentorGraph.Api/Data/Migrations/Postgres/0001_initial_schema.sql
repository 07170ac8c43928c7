-- 0001 initial schema (Postgres).
-- The mentorship graph as first released: partners, programmes, mentors, mentees, consents,
-- credentials, mentorships, events, opportunities, outcomes and the audit log.
-- Generated once from the EF model with GenerateCreateScript(), then reviewed; never edit an
-- applied migration: add the next one instead (DatabaseMigrator refuses a changed checksum).
-- Seat and capacity counters (events.confirmed_count, opportunities.seats_taken,
-- mentors.active_mentee_count) are guarded by CHECK constraints as well as by the services.

CREATE TABLE audit_log (
    id uuid NOT NULL,
    occurred_at timestamp with time zone NOT NULL,
    actor_id text NOT NULL,
    actor_organisation_id uuid,
    action text NOT NULL,
    subject_type text NOT NULL,
    subject_id uuid NOT NULL,
    fields text[] NOT NULL,
    purpose text,
    CONSTRAINT "PK_audit_log" PRIMARY KEY (id)
);

CREATE TABLE mentees (
    id uuid NOT NULL,
    given_name text NOT NULL,
    family_name text NOT NULL,
    preferred_name text,
    email text NOT NULL,
    phone text,
    city text NOT NULL,
    region text,
    country_code text NOT NULL,
    time_zone text NOT NULL,
    preferred_language text NOT NULL,
    target_occupation text,
    target_isco_code text,
    target_sector text,
    years_of_experience integer NOT NULL,
    education_level text NOT NULL,
    education_summary text,
    goals text[] NOT NULL,
    needs integer NOT NULL,
    accommodation_notes text,
    country_of_origin text,
    alumnus_since date,
    created_at timestamp with time zone NOT NULL,
    CONSTRAINT "PK_mentees" PRIMARY KEY (id)
);

CREATE TABLE organisations (
    id uuid NOT NULL,
    slug text NOT NULL,
    kind text NOT NULL,
    name text NOT NULL,
    country_code text NOT NULL,
    region text,
    website_url text,
    widget jsonb NOT NULL,
    created_at timestamp with time zone NOT NULL,
    CONSTRAINT "PK_organisations" PRIMARY KEY (id)
);

CREATE TABLE credentials (
    id uuid NOT NULL,
    mentee_id uuid NOT NULL,
    kind text NOT NULL,
    title text NOT NULL,
    issued_by text NOT NULL,
    issuing_country_code text NOT NULL,
    issued_on date,
    isco_code text,
    is_foreign boolean NOT NULL,
    recognition_status text NOT NULL,
    verifiable_credential_id text,
    CONSTRAINT "PK_credentials" PRIMARY KEY (id),
    CONSTRAINT "FK_credentials_mentees_mentee_id" FOREIGN KEY (mentee_id) REFERENCES mentees (id) ON DELETE CASCADE
);

CREATE TABLE mentee_languages (
    mentee_id uuid NOT NULL,
    language_code text NOT NULL,
    level integer NOT NULL,
    CONSTRAINT "PK_mentee_languages" PRIMARY KEY (mentee_id, language_code),
    CONSTRAINT "FK_mentee_languages_mentees_mentee_id" FOREIGN KEY (mentee_id) REFERENCES mentees (id) ON DELETE CASCADE
);

CREATE TABLE consents (
    id uuid NOT NULL,
    mentee_id uuid NOT NULL,
    organisation_id uuid,
    purpose text NOT NULL,
    text_version text NOT NULL,
    language text NOT NULL,
    given_at timestamp with time zone NOT NULL,
    withdrawn_at timestamp with time zone,
    CONSTRAINT "PK_consents" PRIMARY KEY (id),
    CONSTRAINT "FK_consents_mentees_mentee_id" FOREIGN KEY (mentee_id) REFERENCES mentees (id) ON DELETE CASCADE,
    CONSTRAINT "FK_consents_organisations_organisation_id" FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE SET NULL
);

CREATE TABLE events (
    id uuid NOT NULL,
    organiser_organisation_id uuid NOT NULL,
    kind text NOT NULL,
    title text NOT NULL,
    description text,
    starts_at timestamp with time zone NOT NULL,
    ends_at timestamp with time zone NOT NULL,
    time_zone text NOT NULL,
    format integer NOT NULL,
    venue_name text,
    address text,
    city text,
    virtual_url text,
    capacity integer NOT NULL,
    confirmed_count integer NOT NULL,
    last_waitlist_position integer NOT NULL,
    languages text[] NOT NULL,
    interpretation_offered boolean NOT NULL,
    accessibility_notes text,
    is_public boolean NOT NULL,
    version bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    CONSTRAINT "PK_events" PRIMARY KEY (id),
    CONSTRAINT ck_events_seats CHECK (confirmed_count >= 0 AND confirmed_count <= capacity),
    CONSTRAINT "FK_events_organisations_organiser_organisation_id" FOREIGN KEY (organiser_organisation_id) REFERENCES organisations (id) ON DELETE RESTRICT
);

CREATE TABLE mentors (
    id uuid NOT NULL,
    organisation_id uuid,
    display_name text NOT NULL,
    headline text,
    email text NOT NULL,
    occupation text NOT NULL,
    isco_code text,
    sectors text[] NOT NULL,
    years_of_experience integer NOT NULL,
    city text NOT NULL,
    region text,
    country_code text NOT NULL,
    time_zone text NOT NULL,
    formats integer NOT NULL,
    capacity integer NOT NULL,
    active_mentee_count integer NOT NULL,
    topics text[] NOT NULL,
    trainings text[] NOT NULL,
    recognitions text[] NOT NULL,
    is_in_public_directory boolean NOT NULL,
    alumnus_mentee_id uuid,
    version bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    CONSTRAINT "PK_mentors" PRIMARY KEY (id),
    CONSTRAINT ck_mentors_capacity CHECK (active_mentee_count >= 0 AND active_mentee_count <= capacity),
    CONSTRAINT "FK_mentors_mentees_alumnus_mentee_id" FOREIGN KEY (alumnus_mentee_id) REFERENCES mentees (id) ON DELETE SET NULL,
    CONSTRAINT "FK_mentors_organisations_organisation_id" FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE SET NULL
);

CREATE TABLE opportunities (
    id uuid NOT NULL,
    employer_organisation_id uuid NOT NULL,
    kind text NOT NULL,
    title text NOT NULL,
    description text NOT NULL,
    sector text NOT NULL,
    isco_code text,
    city text,
    country_code text NOT NULL,
    is_remote boolean NOT NULL,
    starts_on date,
    ends_on date,
    hours_per_week integer,
    compensation text NOT NULL,
    seats integer NOT NULL,
    seats_taken integer NOT NULL,
    language_requirements jsonb NOT NULL,
    credential_requirements text[] NOT NULL,
    application_deadline timestamp with time zone,
    status text NOT NULL,
    posted_at timestamp with time zone NOT NULL,
    closed_at timestamp with time zone,
    version bigint NOT NULL,
    CONSTRAINT "PK_opportunities" PRIMARY KEY (id),
    CONSTRAINT ck_opportunities_seats CHECK (seats_taken >= 0 AND seats_taken <= seats),
    CONSTRAINT "FK_opportunities_organisations_employer_organisation_id" FOREIGN KEY (employer_organisation_id) REFERENCES organisations (id) ON DELETE RESTRICT
);

CREATE TABLE programmes (
    id uuid NOT NULL,
    owner_organisation_id uuid NOT NULL,
    name text NOT NULL,
    kind text NOT NULL,
    summary text,
    objectives text[] NOT NULL,
    measurable_outcomes text[] NOT NULL,
    eligibility text,
    duration text NOT NULL,
    duration_weeks integer NOT NULL,
    formats integer NOT NULL,
    languages text[] NOT NULL,
    interpretation_offered boolean NOT NULL,
    capacity integer NOT NULL,
    required_trainings text[] NOT NULL,
    matching_weights jsonb NOT NULL,
    proposal_window_days integer NOT NULL,
    is_public boolean NOT NULL,
    created_at timestamp with time zone NOT NULL,
    CONSTRAINT "PK_programmes" PRIMARY KEY (id),
    CONSTRAINT "FK_programmes_organisations_owner_organisation_id" FOREIGN KEY (owner_organisation_id) REFERENCES organisations (id) ON DELETE RESTRICT
);

CREATE TABLE staff_members (
    id uuid NOT NULL,
    organisation_id uuid NOT NULL,
    display_name text NOT NULL,
    email text NOT NULL,
    role text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    CONSTRAINT "PK_staff_members" PRIMARY KEY (id),
    CONSTRAINT "FK_staff_members_organisations_organisation_id" FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE CASCADE
);

CREATE TABLE recognition_steps (
    id uuid NOT NULL,
    credential_id uuid NOT NULL,
    sequence integer NOT NULL,
    kind text NOT NULL,
    title text NOT NULL,
    responsible_body text,
    status text NOT NULL,
    started_on date,
    due_on date,
    completed_on date,
    evidence_url text,
    required_language_level integer,
    notes text,
    CONSTRAINT "PK_recognition_steps" PRIMARY KEY (id),
    CONSTRAINT "FK_recognition_steps_credentials_credential_id" FOREIGN KEY (credential_id) REFERENCES credentials (id) ON DELETE CASCADE
);

CREATE TABLE availability_exceptions (
    id uuid NOT NULL,
    mentor_id uuid NOT NULL,
    starts_on date NOT NULL,
    ends_on date NOT NULL,
    reason text,
    CONSTRAINT "PK_availability_exceptions" PRIMARY KEY (id),
    CONSTRAINT "FK_availability_exceptions_mentors_mentor_id" FOREIGN KEY (mentor_id) REFERENCES mentors (id) ON DELETE CASCADE
);

CREATE TABLE availability_windows (
    id uuid NOT NULL,
    mentor_id uuid NOT NULL,
    day integer NOT NULL,
    starts_at time without time zone NOT NULL,
    ends_at time without time zone NOT NULL,
    CONSTRAINT "PK_availability_windows" PRIMARY KEY (id),
    CONSTRAINT "FK_availability_windows_mentors_mentor_id" FOREIGN KEY (mentor_id) REFERENCES mentors (id) ON DELETE CASCADE
);

CREATE TABLE mentor_languages (
    mentor_id uuid NOT NULL,
    language_code text NOT NULL,
    level integer NOT NULL,
    CONSTRAINT "PK_mentor_languages" PRIMARY KEY (mentor_id, language_code),
    CONSTRAINT "FK_mentor_languages_mentors_mentor_id" FOREIGN KEY (mentor_id) REFERENCES mentors (id) ON DELETE CASCADE
);

CREATE TABLE registrations (
    id uuid NOT NULL,
    event_id uuid NOT NULL,
    mentee_id uuid,
    mentor_id uuid,
    status text NOT NULL,
    waitlist_position integer,
    registered_at timestamp with time zone NOT NULL,
    confirmed_at timestamp with time zone,
    cancelled_at timestamp with time zone,
    attended boolean,
    CONSTRAINT "PK_registrations" PRIMARY KEY (id),
    CONSTRAINT "FK_registrations_events_event_id" FOREIGN KEY (event_id) REFERENCES events (id) ON DELETE CASCADE,
    CONSTRAINT "FK_registrations_mentees_mentee_id" FOREIGN KEY (mentee_id) REFERENCES mentees (id) ON DELETE CASCADE,
    CONSTRAINT "FK_registrations_mentors_mentor_id" FOREIGN KEY (mentor_id) REFERENCES mentors (id) ON DELETE CASCADE
);

CREATE TABLE opportunity_applications (
    id uuid NOT NULL,
    opportunity_id uuid NOT NULL,
    mentee_id uuid NOT NULL,
    consent_id uuid NOT NULL,
    referred_by_mentor_id uuid,
    status text NOT NULL,
    message text,
    submitted_at timestamp with time zone NOT NULL,
    decided_at timestamp with time zone,
    CONSTRAINT "PK_opportunity_applications" PRIMARY KEY (id),
    CONSTRAINT "FK_opportunity_applications_consents_consent_id" FOREIGN KEY (consent_id) REFERENCES consents (id) ON DELETE RESTRICT,
    CONSTRAINT "FK_opportunity_applications_mentees_mentee_id" FOREIGN KEY (mentee_id) REFERENCES mentees (id) ON DELETE CASCADE,
    CONSTRAINT "FK_opportunity_applications_mentors_referred_by_mentor_id" FOREIGN KEY (referred_by_mentor_id) REFERENCES mentors (id) ON DELETE SET NULL,
    CONSTRAINT "FK_opportunity_applications_opportunities_opportunity_id" FOREIGN KEY (opportunity_id) REFERENCES opportunities (id) ON DELETE CASCADE
);

CREATE TABLE applications (
    id uuid NOT NULL,
    programme_id uuid NOT NULL,
    mentee_id uuid NOT NULL,
    organisation_id uuid NOT NULL,
    status text NOT NULL,
    source text NOT NULL,
    language text NOT NULL,
    motivation text,
    submitted_at timestamp with time zone NOT NULL,
    decided_at timestamp with time zone,
    CONSTRAINT "PK_applications" PRIMARY KEY (id),
    CONSTRAINT "FK_applications_mentees_mentee_id" FOREIGN KEY (mentee_id) REFERENCES mentees (id) ON DELETE CASCADE,
    CONSTRAINT "FK_applications_organisations_organisation_id" FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE RESTRICT,
    CONSTRAINT "FK_applications_programmes_programme_id" FOREIGN KEY (programme_id) REFERENCES programmes (id) ON DELETE CASCADE
);

CREATE TABLE cohorts (
    id uuid NOT NULL,
    programme_id uuid NOT NULL,
    name text NOT NULL,
    starts_on date NOT NULL,
    ends_on date NOT NULL,
    capacity integer NOT NULL,
    CONSTRAINT "PK_cohorts" PRIMARY KEY (id),
    CONSTRAINT "FK_cohorts_programmes_programme_id" FOREIGN KEY (programme_id) REFERENCES programmes (id) ON DELETE CASCADE
);

CREATE TABLE event_programmes (
    event_id uuid NOT NULL,
    programme_id uuid NOT NULL,
    CONSTRAINT "PK_event_programmes" PRIMARY KEY (event_id, programme_id),
    CONSTRAINT "FK_event_programmes_events_event_id" FOREIGN KEY (event_id) REFERENCES events (id) ON DELETE CASCADE,
    CONSTRAINT "FK_event_programmes_programmes_programme_id" FOREIGN KEY (programme_id) REFERENCES programmes (id) ON DELETE CASCADE
);

CREATE TABLE mentorships (
    id uuid NOT NULL,
    programme_id uuid NOT NULL,
    mentor_id uuid NOT NULL,
    mentee_id uuid NOT NULL,
    status text NOT NULL,
    end_reason text,
    end_note text,
    replaces_mentorship_id uuid,
    score double precision,
    score_explanation jsonb,
    proposed_at timestamp with time zone NOT NULL,
    started_at timestamp with time zone,
    paused_at timestamp with time zone,
    ended_at timestamp with time zone,
    version bigint NOT NULL,
    CONSTRAINT "PK_mentorships" PRIMARY KEY (id),
    CONSTRAINT "FK_mentorships_mentees_mentee_id" FOREIGN KEY (mentee_id) REFERENCES mentees (id) ON DELETE CASCADE,
    CONSTRAINT "FK_mentorships_mentors_mentor_id" FOREIGN KEY (mentor_id) REFERENCES mentors (id) ON DELETE RESTRICT,
    CONSTRAINT "FK_mentorships_mentorships_replaces_mentorship_id" FOREIGN KEY (replaces_mentorship_id) REFERENCES mentorships (id) ON DELETE RESTRICT,
    CONSTRAINT "FK_mentorships_programmes_programme_id" FOREIGN KEY (programme_id) REFERENCES programmes (id) ON DELETE RESTRICT
);

CREATE TABLE outcomes (
    id uuid NOT NULL,
    mentee_id uuid NOT NULL,
    programme_id uuid,
    recorded_on date NOT NULL,
    employment_status text NOT NULL,
    in_field boolean,
    wage_band text,
    credentials_attained integer NOT NULL,
    days_to_first_role integer,
    satisfaction integer,
    CONSTRAINT "PK_outcomes" PRIMARY KEY (id),
    CONSTRAINT "FK_outcomes_mentees_mentee_id" FOREIGN KEY (mentee_id) REFERENCES mentees (id) ON DELETE CASCADE,
    CONSTRAINT "FK_outcomes_programmes_programme_id" FOREIGN KEY (programme_id) REFERENCES programmes (id) ON DELETE SET NULL
);

CREATE TABLE programme_co_owners (
    programme_id uuid NOT NULL,
    organisation_id uuid NOT NULL,
    CONSTRAINT "PK_programme_co_owners" PRIMARY KEY (programme_id, organisation_id),
    CONSTRAINT "FK_programme_co_owners_organisations_organisation_id" FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE CASCADE,
    CONSTRAINT "FK_programme_co_owners_programmes_programme_id" FOREIGN KEY (programme_id) REFERENCES programmes (id) ON DELETE CASCADE
);

CREATE TABLE programme_mentors (
    programme_id uuid NOT NULL,
    mentor_id uuid NOT NULL,
    joined_at timestamp with time zone NOT NULL,
    CONSTRAINT "PK_programme_mentors" PRIMARY KEY (programme_id, mentor_id),
    CONSTRAINT "FK_programme_mentors_mentors_mentor_id" FOREIGN KEY (mentor_id) REFERENCES mentors (id) ON DELETE CASCADE,
    CONSTRAINT "FK_programme_mentors_programmes_programme_id" FOREIGN KEY (programme_id) REFERENCES programmes (id) ON DELETE CASCADE
);

CREATE TABLE sector_tracks (
    id uuid NOT NULL,
    programme_id uuid NOT NULL,
    sector text NOT NULL,
    name text NOT NULL,
    isco_code text,
    esco_occupation_uri text,
    CONSTRAINT "PK_sector_tracks" PRIMARY KEY (id),
    CONSTRAINT "FK_sector_tracks_programmes_programme_id" FOREIGN KEY (programme_id) REFERENCES programmes (id) ON DELETE CASCADE
);

CREATE TABLE placements (
    id uuid NOT NULL,
    opportunity_id uuid NOT NULL,
    application_id uuid NOT NULL,
    mentee_id uuid NOT NULL,
    status text NOT NULL,
    starts_on date,
    ends_on date,
    created_at timestamp with time zone NOT NULL,
    CONSTRAINT "PK_placements" PRIMARY KEY (id),
    CONSTRAINT "FK_placements_mentees_mentee_id" FOREIGN KEY (mentee_id) REFERENCES mentees (id) ON DELETE CASCADE,
    CONSTRAINT "FK_placements_opportunities_opportunity_id" FOREIGN KEY (opportunity_id) REFERENCES opportunities (id) ON DELETE CASCADE,
    CONSTRAINT "FK_placements_opportunity_applications_application_id" FOREIGN KEY (application_id) REFERENCES opportunity_applications (id) ON DELETE CASCADE
);

CREATE TABLE check_ins (
    id uuid NOT NULL,
    mentorship_id uuid NOT NULL,
    scheduled_at timestamp with time zone NOT NULL,
    status text NOT NULL,
    format integer NOT NULL,
    duration_minutes integer,
    private_notes text,
    CONSTRAINT "PK_check_ins" PRIMARY KEY (id),
    CONSTRAINT "FK_check_ins_mentorships_mentorship_id" FOREIGN KEY (mentorship_id) REFERENCES mentorships (id) ON DELETE CASCADE
);

CREATE TABLE feedback (
    id uuid NOT NULL,
    mentorship_id uuid NOT NULL,
    author text NOT NULL,
    rating integer NOT NULL,
    comment text,
    submitted_at timestamp with time zone NOT NULL,
    CONSTRAINT "PK_feedback" PRIMARY KEY (id),
    CONSTRAINT "FK_feedback_mentorships_mentorship_id" FOREIGN KEY (mentorship_id) REFERENCES mentorships (id) ON DELETE CASCADE
);

CREATE TABLE goals (
    id uuid NOT NULL,
    mentorship_id uuid NOT NULL,
    title text NOT NULL,
    description text,
    target_date date,
    status text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    achieved_at timestamp with time zone,
    CONSTRAINT "PK_goals" PRIMARY KEY (id),
    CONSTRAINT "FK_goals_mentorships_mentorship_id" FOREIGN KEY (mentorship_id) REFERENCES mentorships (id) ON DELETE CASCADE
);

CREATE TABLE milestones (
    id uuid NOT NULL,
    goal_id uuid NOT NULL,
    sequence integer NOT NULL,
    title text NOT NULL,
    due_on date,
    completed_at timestamp with time zone,
    CONSTRAINT "PK_milestones" PRIMARY KEY (id),
    CONSTRAINT "FK_milestones_goals_goal_id" FOREIGN KEY (goal_id) REFERENCES goals (id) ON DELETE CASCADE
);

CREATE INDEX "IX_applications_mentee_id" ON applications (mentee_id);

CREATE INDEX "IX_applications_organisation_id" ON applications (organisation_id);

CREATE INDEX "IX_applications_programme_id_status" ON applications (programme_id, status);

CREATE INDEX "IX_audit_log_actor_id_occurred_at" ON audit_log (actor_id, occurred_at);

CREATE INDEX "IX_audit_log_subject_type_subject_id_occurred_at" ON audit_log (subject_type, subject_id, occurred_at);

CREATE INDEX "IX_availability_exceptions_mentor_id" ON availability_exceptions (mentor_id);

CREATE INDEX "IX_availability_windows_mentor_id_day" ON availability_windows (mentor_id, day);

CREATE INDEX "IX_check_ins_mentorship_id_scheduled_at" ON check_ins (mentorship_id, scheduled_at);

CREATE INDEX "IX_cohorts_programme_id" ON cohorts (programme_id);

CREATE INDEX "IX_consents_mentee_id_purpose" ON consents (mentee_id, purpose);

CREATE INDEX "IX_consents_organisation_id" ON consents (organisation_id);

CREATE INDEX "IX_credentials_mentee_id" ON credentials (mentee_id);

CREATE INDEX "IX_event_programmes_programme_id" ON event_programmes (programme_id);

CREATE INDEX "IX_events_organiser_organisation_id" ON events (organiser_organisation_id);

CREATE INDEX "IX_events_starts_at" ON events (starts_at);

CREATE INDEX "IX_feedback_mentorship_id" ON feedback (mentorship_id);

CREATE INDEX "IX_goals_mentorship_id" ON goals (mentorship_id);

CREATE INDEX "IX_mentees_email" ON mentees (email);

CREATE INDEX "IX_mentor_languages_language_code_level" ON mentor_languages (language_code, level);

CREATE INDEX "IX_mentors_alumnus_mentee_id" ON mentors (alumnus_mentee_id);

CREATE INDEX "IX_mentors_isco_code" ON mentors (isco_code);

CREATE INDEX "IX_mentors_organisation_id" ON mentors (organisation_id);

CREATE INDEX "IX_mentorships_mentee_id_status" ON mentorships (mentee_id, status);

CREATE INDEX "IX_mentorships_mentor_id_status" ON mentorships (mentor_id, status);

CREATE INDEX "IX_mentorships_programme_id_status" ON mentorships (programme_id, status);

CREATE INDEX "IX_mentorships_replaces_mentorship_id" ON mentorships (replaces_mentorship_id);

CREATE INDEX "IX_milestones_goal_id" ON milestones (goal_id);

CREATE INDEX "IX_opportunities_employer_organisation_id" ON opportunities (employer_organisation_id);

CREATE INDEX "IX_opportunities_status_sector" ON opportunities (status, sector);

CREATE INDEX "IX_opportunity_applications_consent_id" ON opportunity_applications (consent_id);

CREATE INDEX "IX_opportunity_applications_mentee_id" ON opportunity_applications (mentee_id);

CREATE INDEX "IX_opportunity_applications_opportunity_id_status" ON opportunity_applications (opportunity_id, status);

CREATE INDEX "IX_opportunity_applications_referred_by_mentor_id" ON opportunity_applications (referred_by_mentor_id);

CREATE INDEX "IX_organisations_kind" ON organisations (kind);

CREATE UNIQUE INDEX "IX_organisations_slug" ON organisations (slug);

CREATE INDEX "IX_outcomes_mentee_id" ON outcomes (mentee_id);

CREATE INDEX "IX_outcomes_programme_id_recorded_on" ON outcomes (programme_id, recorded_on);

CREATE UNIQUE INDEX "IX_placements_application_id" ON placements (application_id);

CREATE INDEX "IX_placements_mentee_id" ON placements (mentee_id);

CREATE INDEX "IX_placements_opportunity_id" ON placements (opportunity_id);

CREATE INDEX "IX_programme_co_owners_organisation_id" ON programme_co_owners (organisation_id);

CREATE INDEX "IX_programme_mentors_mentor_id" ON programme_mentors (mentor_id);

CREATE INDEX "IX_programmes_kind" ON programmes (kind);

CREATE INDEX "IX_programmes_owner_organisation_id" ON programmes (owner_organisation_id);

CREATE UNIQUE INDEX "IX_recognition_steps_credential_id_sequence" ON recognition_steps (credential_id, sequence);

CREATE INDEX "IX_registrations_event_id_status_waitlist_position" ON registrations (event_id, status, waitlist_position);

CREATE INDEX "IX_registrations_mentee_id" ON registrations (mentee_id);

CREATE INDEX "IX_registrations_mentor_id" ON registrations (mentor_id);

CREATE INDEX "IX_sector_tracks_isco_code" ON sector_tracks (isco_code);

CREATE INDEX "IX_sector_tracks_programme_id" ON sector_tracks (programme_id);

CREATE INDEX "IX_sector_tracks_sector" ON sector_tracks (sector);

CREATE UNIQUE INDEX "IX_staff_members_organisation_id_email" ON staff_members (organisation_id, email);
