package org.annualstats.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy on a loopback port in front of the shared PostgreSQL server: cutting it makes the
 * database unreachable for one test without touching the server that other tests and CI use.
 */
public final class TcpProxy implements AutoCloseable {

	private final ServerSocket server;

	private final int targetPort;

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private volatile boolean cut;

	private volatile boolean stalled;

	/** Text that, once a client sends it, ends what the proxy passes on from that client. */
	private volatile String lastForwarded;

	public TcpProxy(int targetPort) throws IOException {
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.targetPort = targetPort;
		Thread acceptor = new Thread(this::accept, "tcp-proxy");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	public int port() {
		return this.server.getLocalPort();
	}

	/** Drops every connection and refuses new ones. */
	public void cut() {
		this.cut = true;
		this.sockets.forEach(TcpProxy::closeQuietly);
	}

	/** Keeps every connection open but passes no byte on: a network that went silent. */
	public void stall() {
		this.stalled = true;
	}

	/**
	 * Passes on what a client sends up to and including the bytes holding {@code text} (e.g. the
	 * start of a statement), then nothing more from that client, though the server's answers still
	 * pass: a database that stopped reading one session.
	 */
	public void stopReadingAfter(String text) {
		this.lastForwarded = text;
	}

	private void accept() {
		while (!this.server.isClosed()) {
			try {
				Socket client = this.server.accept();
				if (this.cut) {
					client.close();
					continue;
				}
				Socket target = new Socket(InetAddress.getLoopbackAddress(), this.targetPort);
				this.sockets.add(client);
				this.sockets.add(target);
				pipe(client, target, true);
				pipe(target, client, false);
			}
			catch (IOException ex) {
				// closed: the proxy is done
			}
		}
	}

	private void pipe(Socket from, Socket to, boolean fromClient) {
		Thread thread = new Thread(() -> {
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				byte[] buffer = new byte[8192];
				boolean unread = false;
				for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
					while ((this.stalled || unread) && !this.cut) {
						Thread.sleep(50);
					}
					out.write(buffer, 0, n);
					out.flush();
					String last = this.lastForwarded;
					unread = fromClient && last != null
							&& new String(buffer, 0, n, StandardCharsets.ISO_8859_1).contains(last);
				}
			}
			catch (IOException | InterruptedException ex) {
				// a side closed
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
			}
		}, "tcp-proxy-pipe");
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// already closed
		}
	}

	@Override
	public void close() throws IOException {
		cut();
		this.server.close();
	}

}
