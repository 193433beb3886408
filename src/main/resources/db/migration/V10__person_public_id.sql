-- A public id for every person: mentor cards and their request links name a person by it, never by the id,
-- which is the Camunda login name. New people get theirs from PublicIds (Java, SecureRandom); the rows that exist
-- already get 16 random characters from the same alphabet here. Portable: runs on PostgreSQL and H2 alike
-- (random() is evaluated once per call and row on both).

alter table person add column public_id varchar(24);

update person set public_id = concat(
    substr('abcdefghijkmnpqrstuvwxyz23456789', cast(floor(random() * 32) as integer) + 1, 1),
    substr('abcdefghijkmnpqrstuvwxyz23456789', cast(floor(random() * 32) as integer) + 1, 1),
    substr('abcdefghijkmnpqrstuvwxyz23456789', cast(floor(random() * 32) as integer) + 1, 1),
    substr('abcdefghijkmnpqrstuvwxyz23456789', cast(floor(random() * 32) as integer) + 1, 1),
    substr('abcdefghijkmnpqrstuvwxyz23456789', cast(floor(random() * 32) as integer) + 1, 1),
    substr('abcdefghijkmnpqrstuvwxyz23456789', cast(floor(random() * 32) as integer) + 1, 1),
    substr('abcdefghijkmnpqrstuvwxyz23456789', cast(floor(random() * 32) as integer) + 1, 1),
    substr('abcdefghijkmnpqrstuvwxyz23456789', cast(floor(random() * 32) as integer) + 1, 1),
    substr('abcdefghijkmnpqrstuvwxyz23456789', cast(floor(random() * 32) as integer) + 1, 1),
    substr('abcdefghijkmnpqrstuvwxyz23456789', cast(floor(random() * 32) as integer) + 1, 1),
    substr('abcdefghijkmnpqrstuvwxyz23456789', cast(floor(random() * 32) as integer) + 1, 1),
    substr('abcdefghijkmnpqrstuvwxyz23456789', cast(floor(random() * 32) as integer) + 1, 1),
    substr('abcdefghijkmnpqrstuvwxyz23456789', cast(floor(random() * 32) as integer) + 1, 1),
    substr('abcdefghijkmnpqrstuvwxyz23456789', cast(floor(random() * 32) as integer) + 1, 1),
    substr('abcdefghijkmnpqrstuvwxyz23456789', cast(floor(random() * 32) as integer) + 1, 1),
    substr('abcdefghijkmnpqrstuvwxyz23456789', cast(floor(random() * 32) as integer) + 1, 1)
);

alter table person alter column public_id set not null;
alter table person add constraint person_public_id_unique unique (public_id);
