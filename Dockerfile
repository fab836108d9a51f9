# Builds and runs Competency Graph against an external Neo4j (see docker-compose.yml).
FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /src
COPY pom.xml mvnw ./
COPY .mvn .mvn
RUN mvn -B -q dependency:go-offline
COPY src src
COPY cypher cypher
COPY graphql graphql
RUN mvn -B -q -DskipTests package && cp target/competency-graph-*.jar /app.jar

FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 competency
USER competency
COPY --from=build /app.jar /opt/competency-graph/app.jar
EXPOSE 8080
ENV JAVA_TOOL_OPTIONS="--enable-native-access=ALL-UNNAMED"
ENTRYPOINT ["java", "-jar", "/opt/competency-graph/app.jar"]
