package org.annualstats.console;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.annualstats.support.ChildProcess;
import org.annualstats.support.Cli;
import org.annualstats.support.TestStore;

/**
 * {@code serve} in a process of its own on a free port, as an operator starts it, with the users
 * added by {@code user add} beforehand; stopped with SIGTERM when closed.
 */
final class ConsoleServer implements AutoCloseable {

	private static final Pattern SERVING = Pattern.compile("SERVING http://localhost:(\\d+)/");

	private final ChildProcess process;

	private final int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private ConsoleServer(ChildProcess process, int port) {
		this.process = process;
		this.port = port;
	}

	static ConsoleServer start(Path work, TestStore store, Path input, Path output) throws Exception {
		Files.createDirectories(output);
		ChildProcess process = ChildProcess.start(work.resolve("serve.log"), store, "serve", "--port", "0", "--input",
				input.toString(), "--output", output.toString());
		process.awaitOutput("SERVING http://localhost:", Duration.ofMinutes(3));
		Matcher matcher = SERVING.matcher(process.output());
		if (!matcher.find()) {
			throw new AssertionError("serve printed no address:\n" + process.output());
		}
		return new ConsoleServer(process, Integer.parseInt(matcher.group(1)));
	}

	/** {@code user add NAME --role ROLE --password-stdin}, the password on standard input. */
	static void addUser(TestStore store, String name, ConsoleRole role, String password) {
		InputStream stdin = System.in;
		System.setIn(new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)));
		try {
			Cli.output(store, "user", "add", name, "--role", role.name(), "--password-stdin");
		}
		finally {
			System.setIn(stdin);
		}
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/** A request as given, the path not normalized, with HTTP Basic when a user is named. */
	HttpResponse<byte[]> send(String method, String path, String user, String password)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
			.method(method, HttpRequest.BodyPublishers.noBody());
		if (user != null) {
			request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	String output() throws IOException {
		return this.process.output();
	}

	@Override
	public void close() throws InterruptedException {
		this.process.terminate();
	}

}
