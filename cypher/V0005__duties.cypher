// Duties as data: O*NET task statements, ESCO occupation descriptions and the duties of job-profile files, each a
// (:Duty) node of its job, looked up by id when an import compares what it writes with what is stored.
CREATE CONSTRAINT duty_id IF NOT EXISTS FOR (n:Duty) REQUIRE n.id IS UNIQUE;
// Full-text search over the duties' words (a task statement, a sentence of a job description).
CREATE FULLTEXT INDEX duty_text IF NOT EXISTS FOR (n:Duty) ON EACH [n.text];
