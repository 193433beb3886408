# Builds the MentorFlow jar and runs it on a JRE. Used by docker-compose.yml.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
RUN ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --home /app mentorflow
WORKDIR /app
COPY --from=build /src/target/mentorflow-*.jar /app/mentorflow.jar
USER mentorflow
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/mentorflow.jar"]
