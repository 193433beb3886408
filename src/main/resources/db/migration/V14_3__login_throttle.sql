-- Failed logins per account, counted for every way in (portal form, Camunda's login form, REST HTTP Basic) by
-- security.LoginThrottle. Kept here rather than in one node's memory, so a lock holds on every node. A
-- successful login deletes the row; rows left by names nobody logs in with go after a day without failures.
create table login_throttle (
    login varchar(320) primary key,
    failures integer not null,
    locked_until timestamp with time zone,
    last_failed_at timestamp with time zone not null
);
create index login_throttle_last_failed on login_throttle (last_failed_at);
