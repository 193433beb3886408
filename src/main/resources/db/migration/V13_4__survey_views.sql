-- Programme surveys for analysts: a question may be retired (hidden from new answers, its answers kept), and two
-- views answer the usual questions without naming anybody. Portable SQL (PostgreSQL + H2).

-- A question that already has answers is not deleted but retired: new answer pages no longer show it.
alter table survey_question add column retired_at timestamp with time zone;

-- One row per answer. No person id, name or address: the respondent is known only by their role in a mentorship
-- (mentorship_id + role is one respondent of one survey; mentorship_id alone pairs a mentee's and a mentor's answers).
create view survey_response_view as
select i.programme_id    as programme_id,
       p.slug            as programme_slug,
       p.name            as programme_name,
       i.survey          as survey,
       i.role            as role,
       i.mentorship_id   as mentorship_id,
       q.id              as question_id,
       q.position        as question_position,
       q.text            as question_text,
       q.kind            as question_kind,
       a.scale_value     as scale_value,
       a.text_value      as text_value,
       i.answered_at     as answered_at
from survey_answer a
join survey_invitation i on i.id = a.invitation_id
join survey_question q on q.id = a.question_id
join programme p on p.id = i.programme_id;

-- One row per programme and survey sent: how many were asked, answered (at least one answer), reminded.
create view survey_response_rate_view as
select i.programme_id                                          as programme_id,
       p.slug                                                  as programme_slug,
       p.name                                                  as programme_name,
       i.survey                                                as survey,
       count(*)                                                as invited,
       sum(case when i.answered_at is not null then 1 else 0 end) as answered,
       sum(case when i.reminded_at is not null then 1 else 0 end) as reminded,
       min(i.sent_at)                                          as sent_at
from survey_invitation i
join programme p on p.id = i.programme_id
group by i.programme_id, p.slug, p.name, i.survey;
