package org.mentorflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ApplicationStartsTest extends IntegrationTest {

    @Autowired
    RepositoryService repository;

    @Test
    void everyFileOfProcessesAndFormsIsDeployed() throws IOException {
        List<String> expected = Stream.concat(filesIn("processes"), filesIn("forms")).toList();
        assertThat(expected).isNotEmpty();
        String deploymentId = repository.createDeploymentQuery().deploymentName("mentorflow")
                .orderByDeploymentTime().desc().list().get(0).getId();
        List<String> deployed = repository.getDeploymentResources(deploymentId).stream().map(Resource::getName).toList();
        assertThat(deployed).containsAll(expected);
    }

    @Test
    void runsOnPostgres() {
        assertThat(processEngine.getProcessEngineConfiguration().getDatabaseType()).isEqualTo("postgres");
    }

    private static Stream<String> filesIn(String folder) throws IOException {
        try (Stream<Path> files = Files.list(Path.of(folder))) {
            return files.map(file -> folder + "/" + file.getFileName()).toList().stream();
        }
    }
}
