-- zhicheng.reminder.ReminderLedger: a reminder of a deadline is sent once, whichever node or restart finds it first.
-- The key says what it is about (kind, plan or application, level, deadline, working days before, recipient); a
-- second insert of the same key fails, and that node sends nothing.
CREATE TABLE IF NOT EXISTS zc_reminder (
  reminder_key VARCHAR(500) NOT NULL PRIMARY KEY,
  kind VARCHAR(20) NOT NULL,
  deadline TIMESTAMP WITH TIME ZONE NOT NULL,
  working_days INT NOT NULL,
  recipient VARCHAR(255) NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL);

-- a reviewer's reminder covers every application of a level that waits for that deadline: it belongs to none of them
ALTER TABLE zc_notification ALTER COLUMN process_instance_id DROP NOT NULL;
