// Learning resources (courses, certifications, programmes, assignments, mentoring), merged by id on import.
CREATE CONSTRAINT learning_resource_id IF NOT EXISTS FOR (n:LearningResource) REQUIRE n.id IS UNIQUE;
// learningResources orders by title (keyset paging) and filters by type and provider.
CREATE INDEX learning_resource_title IF NOT EXISTS FOR (n:LearningResource) ON (n.title);
CREATE INDEX learning_resource_type IF NOT EXISTS FOR (n:LearningResource) ON (n.type);
// Full-text search over titles, providers and descriptions (the `text` filter of learningResources).
CREATE FULLTEXT INDEX learning_resource_text IF NOT EXISTS FOR (n:LearningResource) ON EACH [n.title, n.provider, n.description];
