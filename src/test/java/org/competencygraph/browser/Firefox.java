package org.competencygraph.browser;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Headless Firefox (Debian's {@code firefox-esr} by default) driven over WebDriver BiDi, the W3C protocol Firefox
 * speaks itself: no geckodriver, which Debian does not package and which would otherwise be downloaded. Enough of the
 * protocol for page tests: open a URL, evaluate a script. Skipped with the reason where Firefox is missing, unless
 * {@code COMPETENCY_GRAPH_FIREFOX_TESTS=required} (as {@code .ci/run} sets it where it found or installed it). Other
 * path: system property {@code firefox.path} or environment variable {@code FIREFOX_PATH}.
 */
final class Firefox implements AutoCloseable {

	static final String REQUIRED_VARIABLE = "COMPETENCY_GRAPH_FIREFOX_TESTS";

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private final JsonMapper json = JsonMapper.builder().build();

	private final Process process;

	private final WebSocket socket;

	private final Map<Integer, CompletableFuture<JsonNode>> answers = new ConcurrentHashMap<>();

	private final AtomicInteger ids = new AtomicInteger();

	private final String context;

	private Firefox(Process process, WebSocket socket, Listener listener) {
		this.process = process;
		this.socket = socket;
		listener.firefox = this;
		command("session.new", Map.of("capabilities", Map.of()));
		this.context = command("browsingContext.getTree", Map.of()).path("contexts").get(0).path("context").asString();
	}

	/** Starts the installed Firefox with a fresh profile in {@code profile}; skips the calling test where none is. */
	static Firefox start(Path profile) throws IOException, InterruptedException {
		String configured = System.getProperty("firefox.path", System.getenv("FIREFOX_PATH"));
		Path path = Path.of(configured == null || configured.isBlank() ? "/usr/bin/firefox-esr" : configured);
		String reason = "no executable " + path + " (install Debian's firefox-esr, or set -Dfirefox.path or FIREFOX_PATH)";
		if ("required".equals(System.getenv(REQUIRED_VARIABLE))) {
			assertTrue(Files.isExecutable(path), () -> reason + ", and " + REQUIRED_VARIABLE + "=required");
		}
		else {
			assumeTrue(Files.isExecutable(path), reason);
		}
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		Process process = new ProcessBuilder(path.toString(), "--headless", "--no-remote", "--profile",
				profile.toAbsolutePath().toString(), "--remote-debugging-port=" + port, "--width=1400", "--height=1000",
				"about:blank")
			.redirectErrorStream(true)
			.redirectOutput(profile.resolve("firefox.log").toFile())
			.start();
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		HttpClient client = HttpClient.newHttpClient();
		while (true) {
			Listener listener = new Listener();
			try {
				WebSocket socket = client.newWebSocketBuilder()
					.buildAsync(URI.create("ws://127.0.0.1:" + port + "/session"), listener)
					.get(10, TimeUnit.SECONDS);
				return new Firefox(process, socket, listener);
			}
			catch (Exception notYet) {
				if (System.nanoTime() > deadline || !process.isAlive()) {
					process.destroyForcibly();
					throw new IllegalStateException("Firefox did not open WebDriver BiDi on port " + port + ": "
							+ Files.readString(profile.resolve("firefox.log")), notYet);
				}
				Thread.sleep(250);
			}
		}
	}

	/** Opens a URL and waits for its load event. */
	void open(String url) {
		command("browsingContext.navigate", Map.of("context", this.context, "url", url, "wait", "complete"));
	}

	/** The value of a script's completion (promises awaited), as JSON: BiDi's serialization of it. */
	JsonNode evaluate(String expression) {
		JsonNode result = command("script.evaluate", Map.of("expression", expression, "awaitPromise", true,
				"target", Map.of("context", this.context)));
		if (!result.path("type").asString().equals("success")) {
			throw new IllegalStateException("script failed: " + result.path("exceptionDetails").path("text").asString());
		}
		return result.path("result");
	}

	/** A script's string result. */
	String text(String expression) {
		return evaluate(expression).path("value").asString();
	}

	private JsonNode command(String method, Map<String, Object> parameters) {
		int id = this.ids.incrementAndGet();
		CompletableFuture<JsonNode> answer = new CompletableFuture<>();
		this.answers.put(id, answer);
		this.socket.sendText(this.json.writeValueAsString(Map.of("id", id, "method", method, "params", parameters)), true)
			.join();
		try {
			JsonNode message = answer.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
			if (message.path("type").asString().equals("error")) {
				throw new IllegalStateException(method + ": " + message.path("error").asString() + " "
						+ message.path("message").asString());
			}
			return message.path("result");
		}
		catch (Exception ex) {
			throw new IllegalStateException(method + " got no answer", ex);
		}
		finally {
			this.answers.remove(id);
		}
	}

	@Override
	public void close() {
		try {
			command("browser.close", Map.of());
		}
		catch (RuntimeException ignored) {
			// closing anyway
		}
		this.socket.abort();
		this.process.destroy();
	}

	/** Collects the text frames of one message and hands each answer to the command waiting for it. */
	private static final class Listener implements WebSocket.Listener {

		private final StringBuilder frames = new StringBuilder();

		private volatile Firefox firefox;

		@Override
		public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
			this.frames.append(data);
			if (last) {
				String message = this.frames.toString();
				this.frames.setLength(0);
				Firefox target = this.firefox;
				if (target != null) {
					JsonNode node = target.json.readTree(message);
					CompletableFuture<JsonNode> answer = target.answers.get(node.path("id").asInt(-1));
					if (answer != null) {
						answer.complete(node);
					}
				}
			}
			socket.request(1);
			return null;
		}

	}

}
