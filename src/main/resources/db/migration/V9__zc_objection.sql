-- zhicheng.publicity.ObjectionLimits: every objection registered (异议), so that one person cannot file the same
-- objection twice in one publicity, nor more than a few a working day against one application (one account once
-- filed 202 in 40 seconds, each opening an investigation). The engine keeps the objection itself; this row only
-- counts it. One script for H2 and PostgreSQL.

CREATE TABLE zc_objection (
  -- the publicity it was filed in (a process instance of publicity) and the application's business key
  publicity_instance_id VARCHAR(64) NOT NULL,
  application_key VARCHAR(255) NOT NULL,
  objector VARCHAR(64) NOT NULL,
  -- SHA-256 of the text with its spaces taken out: the same words again are the same objection
  text_digest VARCHAR(64) NOT NULL,
  -- the working day (Beijing time) it counts to: a rest day's objection counts to the next working day
  working_day DATE NOT NULL,
  number_in_publicity INTEGER NOT NULL,
  filed_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (publicity_instance_id, objector, text_digest));

CREATE INDEX zc_objection_day ON zc_objection (application_key, objector, working_day);
