// Sentences describing a skill ("restore data from backups") are closer to capabilities' descriptions than to
// their names: matchConcepts searches both.
CREATE VECTOR INDEX capability_description_embedding IF NOT EXISTS FOR (n:Capability) ON (n.descriptionEmbedding)
OPTIONS {indexConfig: {`vector.dimensions`: 384, `vector.similarity_function`: 'cosine'}};
