// Full-text search over the names and aliases of jobs and capabilities (case-insensitive, word prefixes).
CREATE FULLTEXT INDEX job_text IF NOT EXISTS FOR (n:Job) ON EACH [n.title, n.aliases, n.code];
CREATE FULLTEXT INDEX capability_text IF NOT EXISTS FOR (n:Capability) ON EACH [n.name, n.aliases];
