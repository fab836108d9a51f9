package org.competencygraph.database;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import inet.ipaddr.IPAddressString;

import org.jspecify.annotations.Nullable;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.fleetmanagement.FleetManagementSettings;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListenerAdapter;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.storageengine.api.StoreIdProvider;
import org.neo4j.storageengine.api.TransactionIdStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real Neo4j engine running inside this process, with its store in a local folder and Bolt on loopback.
 * Neo4j recovers from its transaction log on start, so a start after {@code kill -9} needs no manual step.
 * <p>
 * Bolt requires the {@code neo4j} user's password ({@link BoltCredential}): loopback alone does not protect a
 * port that any local process, and any web page open in a local browser, can reach. Neo4j serves Bolt over
 * WebSocket on the same port with no setting to turn that off or to check the {@code Origin} header (2026.08:
 * {@code TransportSelectionHandler} switches to WebSocket whenever the first bytes look like HTTP), so a page
 * that connects gets as far as the handshake and nothing more without the password. Cypher reads no files and
 * fetches no URLs ({@code LOAD CSV}): the application never needs it, and it would turn a leaked session into
 * access to the machine and its network.
 * <p>
 * The server starts the engine in the background ({@link #startInBackground}): its start (5-9 s on two cores) then
 * overlaps the rest of the application's start, and whatever needs the running engine (its Bolt address, its
 * commit count, stopping it) waits for it, or fails with the start's own failure.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	private final Path home;

	/** The running engine once its start completed; completed exceptionally when it failed. */
	private final CompletableFuture<Running> running;

	/** What exists once the engine runs. */
	private record Running(DatabaseManagementService service, URI boltUri, BoltCredential credential,
			AtomicLong commits) {
	}

	private final AtomicBoolean closed = new AtomicBoolean();

	private EmbeddedNeo4j(Path home, CompletableFuture<Running> running) {
		this.home = home;
		this.running = running;
	}

	/** Starts the engine and returns once it runs; throws what stopped it from starting. */
	public static EmbeddedNeo4j start(DatabaseProperties properties) {
		Path home = home(properties);
		return new EmbeddedNeo4j(home, CompletableFuture.completedFuture(run(properties, home)));
	}

	/**
	 * Starts the engine on a thread of its own and returns at once. The methods that need the running engine wait
	 * for it; when the start failed they throw its failure (an {@link EmbeddedNeo4jStartException} when the user
	 * can act on it), so a server whose database cannot start fails its own start.
	 */
	public static EmbeddedNeo4j startInBackground(DatabaseProperties properties) {
		Path home = home(properties);
		CompletableFuture<Running> running = new CompletableFuture<>();
		// Not a daemon: a JVM asked to exit meanwhile lets it finish, and close() then stops it cleanly.
		Thread.ofPlatform().name("embedded-neo4j-start").start(() -> {
			try {
				running.complete(run(properties, home));
			}
			catch (Throwable ex) {
				running.completeExceptionally(ex);
			}
		});
		return new EmbeddedNeo4j(home, running);
	}

	private static Path home(DatabaseProperties properties) {
		return properties.dataDir().toAbsolutePath().normalize();
	}

	private static Running run(DatabaseProperties properties, Path home) {
		DatabaseProperties.Bolt bolt = properties.bolt();
		// A private listener on a free port when Bolt is not to be exposed: the application itself always
		// talks to the engine through the driver, as it would to an external server.
		int port = bolt.enabled() ? bolt.port() : 0;
		String address = bolt.enabled() ? bolt.address() : "127.0.0.1";
		// A private listener gets a password nobody else ever sees, not even the owner of the data folder.
		BoltCredential credential = bolt.enabled() ? BoltCredential.forTools(home, bolt.password())
				: BoltCredential.privateToThisProcess();
		Instant started = Instant.now();
		DatabaseManagementService service;
		Path initialPassword = EmbeddedAuthentication.writeInitialPassword(home, credential);
		try {
			service = new DatabaseManagementServiceBuilder(home)
				.setConfig(BoltConnector.enabled, true)
				.setConfig(BoltConnector.listen_address, new SocketAddress(address, port))
				.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
				.setConfig(GraphDatabaseSettings.auth_enabled, true)
				// No lock-out after failed sign-ins: Neo4j's (3 failures, then 5 s) counts per user name across all
				// clients and then refuses even the right password, so any local process or web page could keep
				// the application's own new connections out. The password (192 random bits, or at least
				// BoltCredential.MINIMUM_LENGTH characters when configured) is what resists guessing.
				.setConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0)
				// A backstop: a query the GraphQL time limit stopped, or one a tool left running, is terminated by
				// the engine too instead of holding memory and locks.
				.setConfig(GraphDatabaseSettings.transaction_timeout, properties.transactionTimeout())
				.setConfig(GraphDatabaseSettings.allow_file_urls, false)
				.setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist,
						List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")))
				.setConfig(GraphDatabaseSettings.pagecache_memory, properties.pageCache().toBytes())
				.setConfig(GraphDatabaseSettings.udc_enabled, false)
				// Fleet management reports to Neo4j's cloud console; on by default, it loads some 70 classes and
				// builds a dozen services and a scheduler at every start, for an engine that is only this process's
				// store. Its jar stays on the class path: the engine's GlobalModule refers to its classes.
				.setConfig(FleetManagementSettings.fleet_manager_enabled, false)
				// The application's driver is closed before the engine stops, so Bolt has no clients to wait
				// for; Neo4j's default waits (5 s each) would only delay Ctrl-C, and spring-boot:run kills an
				// application that has not stopped 5 s after Ctrl-C (and then reports a failed build).
				.setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(100))
				.setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(100))
				.build();
		}
		catch (RuntimeException ex) {
			String known = EmbeddedNeo4jStartException.knownFailure(ex, home, address, port);
			if (known != null) {
				throw new EmbeddedNeo4jStartException(known, ex);
			}
			throw new IllegalStateException("The embedded Neo4j database in " + home + " could not start", ex);
		}
		finally {
			EmbeddedAuthentication.deleteInitialPassword(initialPassword);
		}
		try {
			EmbeddedAuthentication.ensurePassword(service, credential);
		}
		catch (RuntimeException ex) {
			service.shutdown();
			throw ex;
		}
		// Counts every committed write, whoever makes it (this application, cypher-shell over Bolt, ...), so that
		// read models can tell cheaply whether the graph changed.
		AtomicLong commits = new AtomicLong();
		service.registerTransactionEventListener(GraphDatabaseSettings.DEFAULT_DATABASE_NAME,
				new TransactionEventListenerAdapter<>() {
					@Override
					public void afterCommit(TransactionData data, Object state, GraphDatabaseService database) {
						commits.incrementAndGet();
					}
				});
		var database = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		var bound = database.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		URI boltUri = URI.create("bolt://" + bound.getHost() + ":" + bound.getPort());
		logger.info("Embedded Neo4j started in {} s; data in {}; Bolt on {}, {}",
				Duration.between(started, Instant.now()).toSeconds(), home, boltUri,
				!bolt.enabled() ? "private to this application"
						: "user " + BoltCredential.USER + ", password "
								+ (credential.file() != null ? "in " + credential.file() : "as configured"));
		return new Running(service, boltUri, credential, commits);
	}

	/** The running engine, waiting for its start; the start's failure when it did not start. */
	private Running running() {
		try {
			return this.running.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException("The embedded Neo4j database in " + this.home + " could not start",
					ex.getCause());
		}
	}

	/** Whether the engine's start is over and succeeded (it may have been stopped since). Does not wait. */
	public boolean isStarted() {
		return this.running.isDone() && !this.running.isCompletedExceptionally();
	}

	public URI boltUri() {
		return running().boltUri();
	}

	public Path home() {
		return this.home;
	}

	/** What the application's driver presents to this engine's Bolt listener. */
	public AuthToken authToken() {
		return AuthTokens.basic(BoltCredential.USER, running().credential().password());
	}

	/** The file that holds the Bolt password for local tools; null when it is configured or Bolt is private. */
	public @Nullable Path credentialFile() {
		return running().credential().file();
	}

	/**
	 * The default database's store id and last committed transaction id, read from the engine's own bookkeeping
	 * (Neo4j's internal {@code TransactionIdStore}; no public API reports it for an embedded database): a cheap
	 * call, and unlike {@link #commits()} it persists across restarts.
	 */
	public StoreVersion storeVersion() {
		var resolver = ((GraphDatabaseAPI) running().service().database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME))
			.getDependencyResolver();
		return new StoreVersion(resolver.resolveDependency(StoreIdProvider.class).getExternalStoreId().id(),
				resolver.resolveDependency(TransactionIdStore.class).getLastCommittedTransactionId());
	}

	/** Whether a session on {@code database} (null: the home database) reads the default database. */
	public boolean isDefaultDatabase(@Nullable String database) {
		return database == null || GraphDatabaseSettings.DEFAULT_DATABASE_NAME.equals(database);
	}

	/** Write transactions committed to the default database since the engine started. */
	public long commits() {
		return running().commits().get();
	}

	/**
	 * Stops the engine; waits for a start still under way first. Nothing to do when the start failed or on a second
	 * call.
	 */
	@Override
	public void close() {
		if (!this.closed.compareAndSet(false, true)) {
			return;
		}
		if (!this.running.isDone()) {
			logger.info("Waiting for the embedded Neo4j in {} to finish starting before stopping it", this.home);
		}
		Running engine;
		try {
			engine = this.running.join();
		}
		catch (CompletionException ex) {
			return; // never started: the start's failure is reported where it was needed
		}
		logger.info("Stopping embedded Neo4j in {}", this.home);
		Instant stopping = Instant.now();
		engine.service().shutdown();
		logger.info("Embedded Neo4j stopped in {} ms", Duration.between(stopping, Instant.now()).toMillis());
	}

}
