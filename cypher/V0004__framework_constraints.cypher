// Standard frameworks (O*NET, ESCO): ESCO skill groups are looked up by id when the skill hierarchy is imported.
CREATE CONSTRAINT skill_group_id IF NOT EXISTS FOR (n:SkillGroup) REQUIRE n.id IS UNIQUE;
