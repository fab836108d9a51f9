// Lookup indexes for the orderings and filters the GraphQL queries use.
CREATE INDEX job_title IF NOT EXISTS FOR (n:Job) ON (n.title);
CREATE INDEX capability_kind IF NOT EXISTS FOR (n:Capability) ON (n.kind);
CREATE INDEX capability_name IF NOT EXISTS FOR (n:Capability) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
