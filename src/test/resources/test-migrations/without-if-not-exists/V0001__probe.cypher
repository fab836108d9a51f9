// A constraint that a second start would fail to create again.
CREATE CONSTRAINT probe_id FOR (n:Probe) REQUIRE n.id IS UNIQUE;
