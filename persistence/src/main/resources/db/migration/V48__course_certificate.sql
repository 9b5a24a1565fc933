-- Certificates of completed courses (结业证书, issue 16 item 5): one per enrolment, issued when the learner asks
-- for it after completing every visible item; the names are kept as they were at issue. The code is what the public
-- verification link carries (/api/v1/certificates/{code}).
create sequence course_certificate_seq start with 1 increment by 50;
create table course_certificate (
    id            bigint       not null primary key,
    code          varchar(16)  not null,
    enrolment_id  bigint       not null references enrolment (id) on delete cascade,
    learner_id    bigint       not null references user_account (id) on delete cascade,
    offering_id   bigint       not null references course_offering (id) on delete cascade,
    learner_name  varchar(100) not null,
    course_title  varchar(200) not null,
    library_name  varchar(200) not null,
    issued_at     timestamp    not null,
    constraint course_certificate_code_uk unique (code),
    constraint course_certificate_enrolment_uk unique (enrolment_id)
);
create index course_certificate_learner_idx on course_certificate (learner_id);
