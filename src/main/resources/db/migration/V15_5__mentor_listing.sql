-- The mentors the search lists now (MentorListing): one row per listed mentor, recomputed in the transaction that
-- changes the mentor or one of their mentorships, and as a whole at every start. The search walks it newest
-- first instead of working out every profile's rule. Portable SQL: runs on PostgreSQL and H2 alike.
create table mentor_listing (
    person_id   varchar(64) primary key references person (id) on delete cascade,
    -- the person's created_at: the search's order, newest profiles first
    created_at  timestamp with time zone not null,
    -- places left in the continuous programme, shown on the card
    free_places integer not null
);
create index mentor_listing_newest on mentor_listing (created_at desc, person_id);
