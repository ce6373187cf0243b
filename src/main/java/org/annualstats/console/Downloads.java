package org.annualstats.console;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.annualstats.operate.RunHistory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Sends a run's output file, found by run and name among the run's own outputs, as an attachment. */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class Downloads {

	private final RunHistory runs;

	private final RunOutputs outputs;

	Downloads(RunHistory runs, RunOutputs outputs) {
		this.runs = runs;
		this.outputs = outputs;
	}

	ResponseEntity<Resource> output(String runId, String name) {
		Path file = this.runs.run(runId)
			.flatMap((run) -> this.outputs.file(run, name))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "run " + runId + " has no output "
					+ name));
		return attachment(new FileSystemResource(file), file.getFileName().toString());
	}

	static ResponseEntity<Resource> attachment(Resource resource, String fileName) {
		MediaType type = MediaTypeFactory.getMediaType(fileName).orElse(MediaType.APPLICATION_OCTET_STREAM);
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(resource);
	}

}
