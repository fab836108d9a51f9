// The GraphQL-to-Cypher layer the analysis benchmark compares the project's plain reads with (BENCHMARKS.md,
// "Plain reads"): @neo4j/graphql 7 on Apollo Server 5, serving the same Neo4j database over its Bolt port.
// Only what a plain read of a job needs is declared: a Job, its REQUIRES relationships with their properties, and
// the required Capability's name. Started by AnalysisBenchmark with NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and
// PORT; prints "listening <port>" once it answers.
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const typeDefs = /* GraphQL */ `
  type Job @node {
    id: ID!
    title: String
    requirements: [Capability!]! @relationship(type: "REQUIRES", direction: OUT, properties: "Requires")
  }

  type Capability @node {
    id: ID!
    name: String
  }

  type Requires @relationshipProperties {
    priority: String
    level: Int
  }
`;

const driver = neo4j.driver(
  process.env.NEO4J_URI,
  neo4j.auth.basic(process.env.NEO4J_USERNAME, process.env.NEO4J_PASSWORD),
);
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const server = new ApolloServer({ schema });
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(process.env.PORT ?? 0), host: "127.0.0.1" },
});
console.log("listening " + new URL(url).port);
