// One uniqueness constraint on the id of every node type.
CREATE CONSTRAINT job_id IF NOT EXISTS FOR (n:Job) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT capability_id IF NOT EXISTS FOR (n:Capability) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT skill_id IF NOT EXISTS FOR (n:Skill) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT ability_id IF NOT EXISTS FOR (n:Ability) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT knowledge_area_id IF NOT EXISTS FOR (n:KnowledgeArea) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT competency_id IF NOT EXISTS FOR (n:Competency) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT qualification_id IF NOT EXISTS FOR (n:Qualification) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT job_family_id IF NOT EXISTS FOR (n:JobFamily) REQUIRE n.id IS UNIQUE;
