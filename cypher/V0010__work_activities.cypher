// O*NET's detailed work activities (DWA Reference.txt), each a (:WorkActivity) node that the task statements
// involving it point to ((:Duty)-[:INVOLVES]->(:WorkActivity), Tasks to DWAs.txt); looked up by id when an import
// compares what it writes with what is stored.
CREATE CONSTRAINT work_activity_id IF NOT EXISTS FOR (n:WorkActivity) REQUIRE n.id IS UNIQUE;
