-- zhicheng.application.ApplicationIndex: one row per application (title-application instance), written in the
-- engine's transaction with every change of its readable status, so lists, 我的申报 and counts read one indexed
-- table instead of the engine's history variables. The engine's variables stay the record of the process; this
-- is their index. Rows of applications that existed before this version are written on the first start
-- (zhicheng.application.ApplicationIndexBackfill). One script for H2 and PostgreSQL 15.
CREATE TABLE zc_application (
  id VARCHAR(64) NOT NULL PRIMARY KEY,
  business_key VARCHAR(255),
  applicant VARCHAR(64) NOT NULL,
  applicant_name VARCHAR(100),
  id_number VARCHAR(18),
  plan_id VARCHAR(100),
  plan_title VARCHAR(255),
  unit_code VARCHAR(64),
  unit_name VARCHAR(255),
  county_code VARCHAR(64),
  county_name VARCHAR(255),
  committee_code VARCHAR(64),
  level_key VARCHAR(40),
  level_name VARCHAR(100),
  status VARCHAR(30) NOT NULL,
  status_text VARCHAR(255) NOT NULL,
  status_reason VARCHAR(4000),
  due_at TIMESTAMP WITH TIME ZONE,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
  -- One application per person per plan: the plan id while this application holds the person's place in it (open,
  -- or passed), NULL once it no longer does (rejected, overdue, withdrawn, not passed). Unique with the ID number,
  -- so two declarations at the same moment cannot both be written; NULLs never collide (H2 and PostgreSQL alike),
  -- which is the partial index both databases understand.
  held_plan_id VARCHAR(100),
  CONSTRAINT zc_application_one_per_plan UNIQUE (id_number, held_plan_id));
CREATE INDEX zc_application_applicant ON zc_application (applicant, created_at);
CREATE INDEX zc_application_created ON zc_application (created_at);
CREATE INDEX zc_application_plan_unit ON zc_application (plan_id, unit_code);

-- Which reviewing bodies' groups may list an application: every group that is or was a candidate group of one of
-- its tasks (each level of its chain so far, the receivers of its paper forms and of the returned form), as
-- zhicheng.web.DocumentAccess decides for its documents. Added as the application reaches them, never removed.
CREATE TABLE zc_application_reader (
  application_id VARCHAR(64) NOT NULL,
  group_id VARCHAR(100) NOT NULL,
  -- the application's, copied: a body's list is newest first straight off this table's index
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT zc_application_reader_pk PRIMARY KEY (group_id, application_id));
CREATE INDEX zc_application_reader_application ON zc_application_reader (application_id);
CREATE INDEX zc_application_reader_newest ON zc_application_reader (group_id, created_at);
