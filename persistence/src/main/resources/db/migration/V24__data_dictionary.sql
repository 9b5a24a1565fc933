-- The data dictionary (数据字典, seed 002 §五.6(5); issue 18 item 7): the code lists the platform uses, each with its
-- entries (code, Chinese and English label, order, active). FIXED lists are defined by the seed, national catalogues
-- or the code (their codes are constraints of other tables) and are read-only; OPEN lists are kept by the system
-- administrator. Every change raises the list's version and leaves a row in dictionary_change.

create table dictionary_list (
    code         varchar(32)  not null primary key,
    name_zh      varchar(100) not null,
    name_en      varchar(100) not null,
    policy       varchar(16)  not null,
    basis        varchar(300) not null,
    list_version integer      not null default 1,
    updated_at   timestamp    not null default current_timestamp,
    constraint dictionary_list_policy_chk check (policy in ('FIXED', 'OPEN'))
);

create sequence dictionary_entry_seq start with 1 increment by 50;
create table dictionary_entry (
    id         bigint       not null primary key,
    list_code  varchar(32)  not null references dictionary_list (code),
    code       varchar(32)  not null,
    label_zh   varchar(128) not null,
    label_en   varchar(128) not null,
    sort_order integer      not null,
    active     boolean      not null default true,
    revision   integer      not null default 1,
    updated_at timestamp    not null default current_timestamp,
    updated_by varchar(128) not null default 'flyway',
    constraint dictionary_entry_code_uk unique (list_code, code)
);

create sequence dictionary_change_seq start with 1 increment by 50;
create table dictionary_change (
    id           bigint        not null primary key,
    list_code    varchar(32)   not null references dictionary_list (code),
    entry_code   varchar(32)   not null,
    list_version integer       not null,
    action       varchar(16)   not null,
    detail       varchar(600)  not null,
    changed_by   varchar(128)  not null,
    changed_at   timestamp     not null,
    constraint dictionary_change_action_chk check (action in ('ADDED', 'CHANGED', 'DEACTIVATED', 'REACTIVATED'))
);
create index dictionary_change_list_idx on dictionary_change (list_code, changed_at);

insert into dictionary_list (code, name_zh, name_en, policy, basis) values
    ('RESOURCE_KIND', '资源类型', 'Resource kinds', 'FIXED', '002 §五.1(1): 文本、图片、动画、视频、音频、虚拟仿真'),
    ('RESOURCE_SOURCE', '资源来源', 'Resource sources', 'FIXED', 'teaching_resource.source'),
    ('LIBRARY_LEVEL', '资源库级别', 'Library levels', 'FIXED', '002 §一: 国家级、省级、校级'),
    ('ORGANISATION_TYPE', '单位类型', 'Organisation types', 'FIXED', '002 §二: 院校、企业、行业协会等'),
    ('REVIEWER_RULE', '审核层级规则', 'Review level rules', 'FIXED', '002 §五.1(4): 先审后发、分级审核'),
    ('MAJOR_CATEGORY', '专业大类', 'Major categories', 'FIXED', '《职业教育专业目录（2021年）》'),
    ('QUESTION_TYPE', '题型', 'Question types', 'FIXED', '002 §五.1(5) 题库; issue 15'),
    ('TERM', '学期', 'Terms', 'OPEN', 'the schools'' teaching calendar: offerings (开课) name their term'),
    ('COURSE_NATURE', '课程性质', 'Course natures', 'OPEN', 'the schools'' talent-training programmes'),
    ('LEARNER_TYPE', '学习者类型', 'Learner types', 'OPEN', '002 §五.3: 学生、教师、企业员工、社会学习者');

insert into dictionary_entry (id, list_code, code, label_zh, label_en, sort_order)
select nextval('dictionary_entry_seq'), list_code, code, label_zh, label_en, sort_order from (values
    ('RESOURCE_KIND', 'DOCUMENT', '文本', 'Text', 1), ('RESOURCE_KIND', 'IMAGE', '图片', 'Image', 2),
    ('RESOURCE_KIND', 'ANIMATION', '动画', 'Animation', 3), ('RESOURCE_KIND', 'VIDEO', '视频', 'Video', 4),
    ('RESOURCE_KIND', 'AUDIO', '音频', 'Audio', 5), ('RESOURCE_KIND', 'SIMULATION', '虚拟仿真', 'Virtual simulation', 6),
    ('RESOURCE_KIND', 'OTHER', '其他', 'Other', 7),
    ('RESOURCE_SOURCE', 'ORIGINAL', '原创', 'Original', 1),
    ('RESOURCE_SOURCE', 'ENTERPRISE_CASE', '企业案例', 'Enterprise case', 2),
    ('RESOURCE_SOURCE', 'INDUSTRY_STANDARD', '行业标准', 'Industry standard', 3),
    ('RESOURCE_SOURCE', 'COMPETITION', '技能大赛', 'Skills competition', 4),
    ('RESOURCE_SOURCE', 'ADAPTED', '改编', 'Adapted', 5),
    ('RESOURCE_SOURCE', 'THIRD_PARTY', '第三方', 'Third party', 6),
    ('LIBRARY_LEVEL', 'NATIONAL', '国家级', 'National', 1), ('LIBRARY_LEVEL', 'PROVINCIAL', '省级', 'Provincial', 2),
    ('LIBRARY_LEVEL', 'SCHOOL', '校级', 'School', 3),
    ('ORGANISATION_TYPE', 'SCHOOL', '院校', 'School', 1), ('ORGANISATION_TYPE', 'COMPANY', '企业', 'Company', 2),
    ('ORGANISATION_TYPE', 'ASSOCIATION', '行业协会/学会', 'Association', 3),
    ('ORGANISATION_TYPE', 'EDUCATION_DEPARTMENT', '教育行政部门', 'Education department', 4),
    ('ORGANISATION_TYPE', 'RESEARCH_INSTITUTE', '研究机构', 'Research institute', 5),
    ('ORGANISATION_TYPE', 'PUBLIC_INSTITUTION', '事业单位', 'Public institution', 6),
    ('ORGANISATION_TYPE', 'OTHER', '其他', 'Other', 7),
    ('REVIEWER_RULE', 'UNIT_REVIEWER', '参建单位审核员', 'Contributing unit''s reviewer', 1),
    ('REVIEWER_RULE', 'COURSE_TEAM_LEAD', '参建单位课程团队负责人', 'Contributing unit''s course-team lead', 2),
    ('REVIEWER_RULE', 'LIBRARY_REVIEWER', '资源库审核员', 'Library reviewer', 3),
    ('REVIEWER_RULE', 'HOST_UNIT_REVIEWER', '第一主持单位审核员', 'First host unit''s reviewer', 4),
    ('REVIEWER_RULE', 'LIBRARY_ADMIN', '资源库管理员', 'Library administrator', 5),
    ('QUESTION_TYPE', 'SINGLE_CHOICE', '单选题', 'Single choice', 1),
    ('QUESTION_TYPE', 'MULTIPLE_CHOICE', '多选题', 'Multiple choice', 2),
    ('QUESTION_TYPE', 'TRUE_FALSE', '判断题', 'True/false', 3),
    ('QUESTION_TYPE', 'FILL_IN', '填空题', 'Fill in the blanks', 4),
    ('QUESTION_TYPE', 'SHORT_ANSWER', '简答题', 'Short answer', 5),
    ('QUESTION_TYPE', 'ESSAY', '论述题', 'Essay', 6),
    ('QUESTION_TYPE', 'MATCHING', '匹配题', 'Matching', 7),
    ('QUESTION_TYPE', 'ORDERING', '排序题', 'Ordering', 8),
    ('QUESTION_TYPE', 'COMPOUND', '组合题', 'Compound', 9),
    ('TERM', '2025-2026-2', '2025—2026学年第二学期', '2025–2026, second term', 1),
    ('TERM', '2026-2027-1', '2026—2027学年第一学期', '2026–2027, first term', 2),
    ('TERM', '2026-2027-2', '2026—2027学年第二学期', '2026–2027, second term', 3),
    ('COURSE_NATURE', 'PUBLIC_BASIC', '公共基础课', 'Public basic course', 1),
    ('COURSE_NATURE', 'MAJOR_BASIC', '专业基础课', 'Major basic course', 2),
    ('COURSE_NATURE', 'MAJOR_CORE', '专业核心课', 'Major core course', 3),
    ('COURSE_NATURE', 'MAJOR_EXTENSION', '专业拓展课', 'Major extension course', 4),
    ('LEARNER_TYPE', 'STUDENT', '在校学生', 'Student', 1), ('LEARNER_TYPE', 'TEACHER', '教师', 'Teacher', 2),
    ('LEARNER_TYPE', 'EMPLOYEE', '企业员工', 'Company employee', 3),
    ('LEARNER_TYPE', 'SOCIAL', '社会学习者', 'Social learner', 4)
) as seed (list_code, code, label_zh, label_en, sort_order);

insert into dictionary_entry (id, list_code, code, label_zh, label_en, sort_order)
select nextval('dictionary_entry_seq'), 'MAJOR_CATEGORY', code, name, name_en, sort_order from major_category;
