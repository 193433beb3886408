-- The languages a mentor candidate mentors in within one cohort (a subset of the languages their profile speaks,
-- at least one of the programme's). Beside programme_candidate, one row per language, gone with the sign-up.
-- Portable SQL: runs on PostgreSQL (production, tests) and H2 (demo run).
create table programme_candidate_language (
    programme_id bigint      not null,
    person_id    varchar(64) not null,
    role         varchar(10) not null,
    language     varchar(16) not null, -- ISO 639 code, as person_language
    primary key (programme_id, person_id, role, language),
    constraint programme_candidate_language_candidate foreign key (programme_id, person_id, role)
        references programme_candidate (programme_id, person_id, role) on delete cascade
);
