package org.annualstats.cli;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.annualstats.operate.ExitCode;
import org.annualstats.support.ChildProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --db-password} without a value asks for the password on the terminal, without showing what
 * is typed, and connects with it. The command runs on a pseudo-terminal ({@code script}), as an
 * operator's shell runs it; the database is a stand-in that asks for the password in clear text, so
 * the test sees the password the connection sent.
 */
class PasswordPromptFunctionalTests {

	private static final String TYPED = "typed-s3cret";

	@TempDir
	Path work;

	@Test
	void aPasswordAskedForOnTheTerminalIsTheOneTheConnectionSends() throws Exception {
		try (PasswordAskingDatabase database = new PasswordAskingDatabase()) {
			String url = "jdbc:postgresql://127.0.0.1:" + database.port() + "/stats";
			Process process = ChildProcess.onTerminal(this.work, "history", "--db-url", url, "--db-user", "stats",
					"--db-password", "--data-dir", this.work.resolve("data").toString());
			Terminal terminal = new Terminal(process.getInputStream());
			terminal.await("Database password: ", Duration.ofSeconds(30));
			OutputStream keyboard = process.getOutputStream();
			keyboard.write((TYPED + "\r").getBytes(StandardCharsets.UTF_8));
			keyboard.flush();

			assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(terminal.text()).isTrue();
			keyboard.close();
			assertThat(database.passwords()).as(terminal.text()).isNotEmpty().containsOnly(TYPED);
			assertThat(process.exitValue()).isEqualTo(ExitCode.FAILED.code());
			assertThat(terminal.text()).contains("password authentication failed")
				.doesNotContain(TYPED)
				.doesNotContain("WARNING");
		}
	}

	/** What the terminal showed, read as it comes. */
	private static final class Terminal {

		private final ByteArrayOutputStream shown = new ByteArrayOutputStream();

		Terminal(InputStream screen) {
			Thread reader = new Thread(() -> {
				byte[] buffer = new byte[4096];
				try {
					for (int n = screen.read(buffer); n >= 0; n = screen.read(buffer)) {
						synchronized (this.shown) {
							this.shown.write(buffer, 0, n);
						}
					}
				}
				catch (IOException ex) {
					// the terminal closed
				}
			}, "terminal");
			reader.setDaemon(true);
			reader.start();
		}

		String text() {
			synchronized (this.shown) {
				return this.shown.toString(StandardCharsets.UTF_8);
			}
		}

		void await(String text, Duration timeout) throws InterruptedException {
			long deadline = System.nanoTime() + timeout.toNanos();
			while (!text().contains(text)) {
				if (System.nanoTime() > deadline) {
					throw new AssertionError("the terminal did not show '" + text + "':\n" + text());
				}
				Thread.sleep(50);
			}
		}

	}

	/**
	 * Speaks just enough of PostgreSQL's protocol to ask each connection for its password in clear
	 * text, keep it and refuse it.
	 */
	private static final class PasswordAskingDatabase implements AutoCloseable {

		private static final int SSL_REQUEST = 80877103;

		private static final int GSS_REQUEST = 80877104;

		private final ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());

		private final List<String> passwords = new CopyOnWriteArrayList<>();

		PasswordAskingDatabase() throws IOException {
			Thread acceptor = new Thread(() -> {
				while (!this.server.isClosed()) {
					try (Socket client = this.server.accept()) {
						answer(new DataInputStream(client.getInputStream()),
								new DataOutputStream(client.getOutputStream()));
					}
					catch (IOException ex) {
						// a client gave up, or the server closed
					}
				}
			}, "password-asking-database");
			acceptor.setDaemon(true);
			acceptor.start();
		}

		int port() {
			return this.server.getLocalPort();
		}

		List<String> passwords() {
			return this.passwords;
		}

		private void answer(DataInputStream in, DataOutputStream out) throws IOException {
			int length = in.readInt();
			int code = in.readInt();
			while (code == SSL_REQUEST || code == GSS_REQUEST) {
				out.writeByte('N');
				out.flush();
				length = in.readInt();
				code = in.readInt();
			}
			in.skipNBytes(length - 8);
			// AuthenticationCleartextPassword
			out.writeByte('R');
			out.writeInt(8);
			out.writeInt(3);
			out.flush();
			if (in.readByte() != 'p') {
				return;
			}
			byte[] password = new byte[in.readInt() - 4];
			in.readFully(password);
			this.passwords.add(new String(password, 0, password.length - 1, StandardCharsets.UTF_8));
			byte[] fields = ("SFATAL\0VFATAL\0C28P01\0Mpassword authentication failed for user \"stats\"\0\0")
				.getBytes(StandardCharsets.UTF_8);
			out.writeByte('E');
			out.writeInt(4 + fields.length);
			out.write(fields);
			out.flush();
		}

		@Override
		public void close() throws IOException {
			this.server.close();
		}

	}

}
