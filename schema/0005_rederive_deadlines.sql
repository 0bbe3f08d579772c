-- Schema 5: the rules that derive deadlines changed (the objection window of grounds b and g
-- runs from when the ground arose; the statutory limit of an incomplete request always runs from
-- receipt, the completion-based date being the body's target). No table changes: the file is
-- marked, and the stored deadlines of every case are derived again in the same transaction that
-- migrates it.

INSERT OR REPLACE INTO setting (key, value) VALUES ('rederive_deadlines', '1');
