package org.competencygraph.database;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * What a web page can do with the browser build of the Neo4j JavaScript driver: open a WebSocket to the Bolt port
 * (sending its own {@code Origin}, as browsers do) and speak Bolt 5 over it. Just enough Bolt and PackStream to
 * run one query and see which messages come back.
 */
final class BoltWebSocketClient implements AutoCloseable {

	static final int SUCCESS = 0x70;

	static final int RECORD = 0x71;

	static final int FAILURE = 0x7F;

	/** The answer to a message after a failure, which the server did not carry out. */
	static final int IGNORED = 0x7E;

	private static final byte[] END_OF_INPUT = new byte[0];

	private final WebSocket socket;

	private final BlockingQueue<byte[]> received = new LinkedBlockingQueue<>();

	private byte[] pending = new byte[0];

	private int position;

	private BoltWebSocketClient(URI bolt, String origin) throws Exception {
		this.socket = HttpClient.newHttpClient()
			.newWebSocketBuilder()
			.header("Origin", origin)
			.connectTimeout(Duration.ofSeconds(10))
			.buildAsync(URI.create("ws://" + bolt.getHost() + ":" + bolt.getPort() + "/"), new Collector())
			.get(10, TimeUnit.SECONDS);
	}

	/** A message from the server: its signature and its fields as raw text, enough to look for codes in. */
	record Response(int signature, String raw) {
	}

	/**
	 * Connects from {@code origin}, logs on with {@code password} (anonymously when null), runs {@code query} and
	 * returns every message the server sent back until it answered the query or closed the connection.
	 */
	static List<Response> run(URI bolt, String origin, @Nullable String password, String query) throws Exception {
		try (var client = new BoltWebSocketClient(bolt, origin)) {
			return client.exchange(password, query);
		}
	}

	private List<Response> exchange(@Nullable String password, String query) throws Exception {
		// Handshake: magic, then four proposed versions; 0x00 0x08 0x08 0x05 is "5.8 down to 5.0".
		send(new byte[] { 0x60, 0x60, (byte) 0xB0, 0x17, 0, 8, 8, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 });
		byte[] version = read(4);
		if (version == null || version[3] != 5) {
			throw new IllegalStateException("no Bolt 5 over WebSocket");
		}
		Map<String, Object> logon = new LinkedHashMap<>();
		if (password == null) {
			logon.put("scheme", "none");
		}
		else {
			logon.put("scheme", "basic");
			logon.put("principal", "neo4j");
			logon.put("credentials", password);
		}
		send(message(0x01, Map.of("user_agent", "evil-page/1.0", "bolt_agent", Map.of("product", "evil-page/1.0"))));
		send(message(0x6A, logon));
		send(message(0x10, query, Map.of(), Map.of()));
		send(message(0x3F, Map.of("n", -1)));
		List<Response> responses = new ArrayList<>();
		int summaries = 0;
		while (summaries < 4) {
			Response response = readMessage();
			if (response == null) {
				break; // closed by the server
			}
			responses.add(response);
			if (response.signature() != RECORD) {
				summaries++;
			}
		}
		return responses;
	}

	private void send(byte[] bytes) throws Exception {
		this.socket.sendBinary(ByteBuffer.wrap(bytes), true).get(10, TimeUnit.SECONDS);
	}

	private static byte[] message(int signature, Object... fields) {
		var body = new ByteArrayOutputStream();
		body.write(0xB0 + fields.length);
		body.write(signature);
		for (Object field : fields) {
			pack(body, field);
		}
		byte[] bytes = body.toByteArray();
		var chunked = new ByteArrayOutputStream();
		chunked.write(bytes.length >> 8);
		chunked.write(bytes.length);
		chunked.writeBytes(bytes);
		chunked.write(0);
		chunked.write(0);
		return chunked.toByteArray();
	}

	private static void pack(ByteArrayOutputStream out, Object value) {
		if (value instanceof String text) {
			byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
			if (utf8.length < 16) {
				out.write(0x80 + utf8.length);
			}
			else {
				out.write(0xD1);
				out.write(utf8.length >> 8);
				out.write(utf8.length);
			}
			out.writeBytes(utf8);
		}
		else if (value instanceof Integer number && number >= -16 && number < 128) {
			out.write(number);
		}
		else if (value instanceof Map<?, ?> map) {
			out.write(0xA0 + map.size());
			map.forEach((key, entry) -> {
				pack(out, key);
				pack(out, entry);
			});
		}
		else {
			throw new IllegalArgumentException("cannot pack " + value);
		}
	}

	private @Nullable Response readMessage() throws InterruptedException {
		var message = new ByteArrayOutputStream();
		while (true) {
			byte[] header = read(2);
			if (header == null) {
				return null;
			}
			int size = ((header[0] & 0xFF) << 8) | (header[1] & 0xFF);
			if (size == 0) {
				if (message.size() == 0) {
					continue; // a NOOP chunk
				}
				byte[] bytes = message.toByteArray();
				return new Response(bytes[1] & 0xFF, new String(bytes, StandardCharsets.ISO_8859_1));
			}
			byte[] chunk = read(size);
			if (chunk == null) {
				return null;
			}
			message.writeBytes(chunk);
		}
	}

	private byte @Nullable [] read(int count) throws InterruptedException {
		byte[] result = new byte[count];
		int filled = 0;
		while (filled < count) {
			if (this.position == this.pending.length) {
				byte[] next = this.received.poll(10, TimeUnit.SECONDS);
				if (next == null || next == END_OF_INPUT) {
					return null;
				}
				this.pending = next;
				this.position = 0;
			}
			int n = Math.min(count - filled, this.pending.length - this.position);
			System.arraycopy(this.pending, this.position, result, filled, n);
			this.position += n;
			filled += n;
		}
		return result;
	}

	@Override
	public void close() {
		this.socket.abort();
	}

	private final class Collector implements WebSocket.Listener {

		@Override
		public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
			byte[] bytes = new byte[data.remaining()];
			data.get(bytes);
			BoltWebSocketClient.this.received.add(bytes);
			webSocket.request(1);
			return null;
		}

		@Override
		public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
			BoltWebSocketClient.this.received.add(END_OF_INPUT);
			return null;
		}

		@Override
		public void onError(WebSocket webSocket, Throwable error) {
			BoltWebSocketClient.this.received.add(END_OF_INPUT);
		}

	}

}
