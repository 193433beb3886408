-- Mail delivery in batches (notifications.MailDelivery). Portable SQL: PostgreSQL and H2.

-- fixed when a mail is queued, so a mail sent again after a crash cut its delivery carries the same Message-ID
-- and mail clients fold the two copies; mails queued before get one made from their id
alter table outbox_mail add column message_id varchar(300);
update outbox_mail set message_id = '<outbox.' || id || '@mentorflow>';
alter table outbox_mail alter column message_id set not null;

-- the claim a sender holds on a row while it is SENDING (boot id and claim number); next_attempt_at is then the end
-- of the claim's lease, which the sender renews while it is alive
alter table outbox_mail add column claimed_by varchar(100);
