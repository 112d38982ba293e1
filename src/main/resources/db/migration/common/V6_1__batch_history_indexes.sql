-- Spring Batch reads its history by job instance and by execution on every launch: the last
-- execution of a week's instance, its step executions and parameters, the last instance of the
-- job. PostgreSQL does not index foreign keys by itself, so without these a launch scans every
-- past execution and gets slower week after week (spring-batch issues #4169, #5495). H2 indexes
-- foreign keys already; the extra indexes cost it nothing that matters. Portable SQL.
CREATE INDEX batch_job_execution_by_instance ON BATCH_JOB_EXECUTION (JOB_INSTANCE_ID, JOB_EXECUTION_ID);
CREATE INDEX batch_job_execution_params_by_execution ON BATCH_JOB_EXECUTION_PARAMS (JOB_EXECUTION_ID);
CREATE INDEX batch_step_execution_by_execution ON BATCH_STEP_EXECUTION (JOB_EXECUTION_ID, STEP_NAME);
CREATE INDEX batch_job_instance_by_name ON BATCH_JOB_INSTANCE (JOB_NAME, JOB_INSTANCE_ID);
