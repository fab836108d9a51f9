// Vector indexes over the stored sentence embeddings (semantic/Embeddings: all-MiniLM-L6-v2, 384 dimensions, unit
// length), searched by text-to-concept matching. V0005 is the Duty constraint.
CREATE VECTOR INDEX capability_embedding IF NOT EXISTS FOR (n:Capability) ON (n.embedding)
OPTIONS {indexConfig: {`vector.dimensions`: 384, `vector.similarity_function`: 'cosine'}};
CREATE VECTOR INDEX job_title_embedding IF NOT EXISTS FOR (n:Job) ON (n.titleEmbedding)
OPTIONS {indexConfig: {`vector.dimensions`: 384, `vector.similarity_function`: 'cosine'}};
CREATE VECTOR INDEX duty_embedding IF NOT EXISTS FOR (n:Duty) ON (n.embedding)
OPTIONS {indexConfig: {`vector.dimensions`: 384, `vector.similarity_function`: 'cosine'}};
