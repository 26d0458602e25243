-- pg-boss's own queue for cron ticks ("send-it": one job per schedule and minute, which then creates
-- the scheduled job). pg-boss creates it when its scheduler starts; instances of a fleet starting at
-- once created it concurrently and deadlocked in create_queue (seen in PostgreSQL's log; one of them
-- lost and carried on). Created here, with the options pg-boss gives it, so starting is a no-op.
SELECT pgboss.create_queue('__pgboss__send-it', '{"policy":"standard"}');
