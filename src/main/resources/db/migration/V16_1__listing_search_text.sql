-- The search's "contains" filters (location and free text) on the listing itself, lower-cased as they are matched:
-- the planner can then walk mentor_listing_newest and stop after a page (or the count limit) when a term is common,
-- or use the trigram indexes (PostgreSQL, V16_2) when it is rare, instead of collecting every matching person first
-- and sorting them. MentorListing fills them with the rest of the row; it rebuilds the table at every start.
alter table mentor_listing add column location varchar(200);
alter table mentor_listing add column background varchar(4000);
-- a mentee's suggestions take the newest mentors in the mentee's own location (MentorDirectory.candidates): an
-- ordered walk of that location's few entries instead of the whole listing
create index mentor_listing_location on mentor_listing (location, created_at desc, person_id);
