-- Why the mentee asked to finish before the agreed end date or with fewer meetings than agreed: both participants
-- read it (the mentor's confirmation, My mentoring), and it stays with the mentorship.
alter table mentorship add column early_finish_reason varchar(2000);
