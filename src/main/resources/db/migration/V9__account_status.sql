-- Accounts can be deactivated (hidden, kept, restored by logging in again) or deleted (personal data removed,
-- the row kept as an anonymous placeholder because mentorships, credits and certificates point to it).
-- The mentor search lists only ACTIVE accounts (AccountStatus.VISIBLE); its partial index person_listed_mentor
-- still serves it, as deactivated mentors are few and skipped while the index is walked.
alter table person add column account_status varchar(20) default 'ACTIVE' not null;
alter table person add column account_status_changed_at timestamp with time zone;
