-- Indexes for the public mentor search (MentorDirectory), PostgreSQL only: the demo run's H2 holds a few
-- people and scans them. Measured by MentorSearchBenchmarkTest (./mvnw -B verify -Pbenchmark) on 100,000 mentors.

-- "contains" matching (like '%vienna%') of location and free text: trigram indexes, on the lower() the search uses
create extension if not exists pg_trgm;
create index person_mentor_location_trgm on person using gin (lower(location) gin_trgm_ops) where is_mentor;
create index person_mentor_background_trgm on person using gin (lower(professional_background) gin_trgm_ops) where is_mentor;

-- the listed mentors in the listing's order (newest first), without the mentees
create index person_listed_mentor on person (created_at desc, id) where is_mentor and mentor_verified and available;

-- the filters go from a value to its people; the primary keys run the other way (person first)
create index person_language_language on person_language (language, person_id);
create index person_mentoring_level_level on person_mentoring_level (level, person_id);
create index person_field_of_study_field on person_field_of_study (field_id, person_id);
create index field_of_study_category on field_of_study (category_id);

-- the open mentorships of each mentor, however many finished ones pile up over the years
create index mentorship_open_by_mentor on mentorship (mentor_id, state) where state in ('REQUESTED', 'ACCEPTED', 'ACTIVE');
