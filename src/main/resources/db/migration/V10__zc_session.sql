-- Spring Session JDBC (spring.session.jdbc.table-name: zc_session): the browsers' sessions of Tasklist, Cockpit, Admin
-- (Camunda's webapp login) and /portal (Spring Security's form login) live in the database, so that any node behind
-- the proxy knows a browser signed in through another (docs/operations.md, Two nodes). The columns are the ones
-- Spring Session's own schema-postgresql.sql gives (it reads and writes them by these names), under the app's zc_
-- names; one script for H2 and PostgreSQL (BYTEA is a binary string in both). Spring Session deletes expired rows
-- itself (on every node, every minute: a DELETE by expiry_time, harmless when two nodes run it together).

CREATE TABLE zc_session (
  primary_id CHAR(36) NOT NULL,
  session_id CHAR(36) NOT NULL,
  creation_time BIGINT NOT NULL,
  last_access_time BIGINT NOT NULL,
  max_inactive_interval INT NOT NULL,
  expiry_time BIGINT NOT NULL,
  principal_name VARCHAR(100),
  CONSTRAINT zc_session_pk PRIMARY KEY (primary_id));
CREATE UNIQUE INDEX zc_session_ix1 ON zc_session (session_id);
CREATE INDEX zc_session_ix2 ON zc_session (expiry_time);
CREATE INDEX zc_session_ix3 ON zc_session (principal_name);

-- one row per session attribute, Java-serialized by Spring Session (the webapps' Authentications, Spring Security's
-- context and CSRF token); read back only through zhicheng.security.SessionAttributes' allow-list
CREATE TABLE zc_session_attributes (
  session_primary_id CHAR(36) NOT NULL,
  attribute_name VARCHAR(200) NOT NULL,
  attribute_bytes BYTEA NOT NULL,
  CONSTRAINT zc_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
  CONSTRAINT zc_session_attributes_fk FOREIGN KEY (session_primary_id) REFERENCES zc_session (primary_id)
    ON DELETE CASCADE);
